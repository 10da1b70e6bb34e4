/// A screen's rows as data: columns, cells with their sort keys, and a stable key per row. Screens build one,
/// the model filters and sorts it, the renderer lays it out; so sorting and selection work the same everywhere.
struct Table: Sendable {
    var columns: [TableColumn]
    var rows: [TableRow]
}

struct TableColumn: Sendable {
    var title: String
    /// The width the column wants; flexible columns grow into what is left over.
    var width: Int
    var alignRight: Bool = false
    /// When the terminal is too narrow, columns with the lowest priority are dropped first.
    var priority: Int = 5
    var flexible: Bool = false
    var sortable: Bool = true
    /// Grows to this before flexible columns get the rest, when the terminal is wide (`STRICT_DNS` in full).
    var idealWidth: Int? = nil
    /// Flexible columns stop growing here (a share bar across 150 columns says nothing more).
    var maxWidth: Int? = nil
    /// The title on a terminal without UTF-8, when the title is not ASCII (`DEV` for `Δ`).
    var asciiTitle: String? = nil
}

struct TableRow: Sendable {
    /// Identifies the row across ticks (cluster name, host address, stat name), for selection and tie-breaks.
    var key: String
    var cells: [TableCell]
    /// What `/` matches against when it is not the key (log lines, events).
    var filterText: String? = nil
}

struct TableCell: Sendable {
    enum Content: Sendable {
        case text(String)
        /// A bar filled to `fraction`, followed by `label` (such as `33%`).
        case bar(fraction: Double, label: String)
        case sparkline([Double])
    }

    var content: Content
    var style: TextStyle = .plain
    var sortKey: SortKey
    /// Drawn with a marker: the value went up (1) or down (-1) since the last tick.
    var change: Int = 0
    /// Shown instead of the text when the column is too narrow for it (`rr` for `ROUND_ROBIN`).
    var shortText: String? = nil
    /// Too long for its column, the text loses its middle rather than its end (long stat names).
    var cutInMiddle = false

    static func text(
        _ text: String, short: String? = nil, style: TextStyle = .plain, sort: SortKey? = nil, change: Int = 0
    ) -> TableCell {
        TableCell(content: .text(text), style: style, sortKey: sort ?? .text(text), change: change, shortText: short)
    }

    static func number(_ text: String, _ value: Double, style: TextStyle = .plain, change: Int = 0) -> TableCell {
        TableCell(content: .text(text), style: style, sortKey: .number(value), change: change)
    }

    /// A counter: every digit when the column has room, `14k` when it does not.
    static func count(_ value: UInt64, style: TextStyle = .plain, change: Int = 0) -> TableCell {
        TableCell(
            content: .text(String(value)), style: style, sortKey: .number(Double(value)), change: change,
            shortText: Format.count(value))
    }
}

/// What a column sorts by: numbers numerically, text alphabetically with numbers in it read as numbers
/// (`127.0.1.2` before `127.0.1.19`); missing values sort first.
enum SortKey: Sendable, Comparable {
    case missing
    case number(Double)
    case text(String)

    static func < (left: SortKey, right: SortKey) -> Bool {
        switch (left, right) {
        case (.missing, .missing): return false
        case (.missing, _): return true
        case (_, .missing): return false
        case (.number(let a), .number(let b)): return a < b
        case (.number, .text): return true
        case (.text, .number): return false
        case (.text(let a), .text(let b)): return NaturalOrder.less(a, b)
        }
    }
}

extension Table {
    /// The widest text in each column (titles included, plus a cell for a change marker).
    var contentWidths: [Int] {
        var widths = columns.map { $0.title.count + 1 }
        for row in rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                if case .text(let text) = cell.content {
                    widths[index] = max(widths[index], text.count + (cell.change != 0 ? 1 : 0))
                }
            }
        }
        return widths
    }

    /// Rows whose key matches the filter, sorted; ties keep the key order so rows do not jump between ticks.
    func arranged(filter: RowFilter?, sort: SortState) -> Table {
        var kept = rows
        if let filter { kept = kept.filter { filter.matches($0.filterText ?? $0.key) } }
        let column = sort.column < columns.count ? sort.column : 0
        // Logs and events keep their own order.
        guard column < columns.count, columns[column].sortable else { return Table(columns: columns, rows: kept) }
        kept.sort { left, right in
            let leftKey = column < left.cells.count ? left.cells[column].sortKey : .missing
            let rightKey = column < right.cells.count ? right.cells[column].sortKey : .missing
            if leftKey < rightKey || rightKey < leftKey {
                return sort.descending ? rightKey < leftKey : leftKey < rightKey
            }
            // Ties keep the key order (numbers in it read as numbers), so rows hold still between ticks.
            return NaturalOrder.less(left.key, right.key)
        }
        return Table(columns: columns, rows: kept)
    }
}

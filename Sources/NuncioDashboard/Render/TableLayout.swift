/// Which columns fit and how wide each is: drops the lowest-priority columns until the rest fit, then gives the
/// spare width to the flexible ones.
struct TableLayout: Equatable {
    /// Indexes into the table's columns, in display order.
    var visibleColumns: [Int]
    var widths: [Int]

    static let gap = 1

    init(columns: [TableColumn], width: Int) {
        var kept = Array(columns.indices)
        func needed(_ indexes: [Int]) -> Int {
            indexes.reduce(0) { $0 + columns[$1].width } + max(indexes.count - 1, 0) * Self.gap
        }
        while needed(kept) > width, kept.count > 1 {
            let weakest = kept.min { columns[$0].priority < columns[$1].priority || (columns[$0].priority == columns[$1].priority && $0 > $1) }!
            kept.removeAll { $0 == weakest }
        }
        var widths = kept.map { columns[$0].width }
        let spare = width - needed(kept)
        let flexible = kept.indices.filter { columns[kept[$0]].flexible }
        if spare > 0, !flexible.isEmpty {
            for (order, position) in flexible.enumerated() {
                widths[position] += spare / flexible.count + (order < spare % flexible.count ? 1 : 0)
            }
        } else if spare < 0, let last = widths.indices.last {
            widths[last] = max(1, widths[last] + spare)
        }
        visibleColumns = kept
        self.widths = widths
    }

    /// Start column of each visible column.
    var offsets: [Int] {
        var offsets: [Int] = []
        var position = 0
        for width in widths {
            offsets.append(position)
            position += width + Self.gap
        }
        return offsets
    }
}

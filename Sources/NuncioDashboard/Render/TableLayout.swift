/// Which columns fit and how wide each is: drops the lowest-priority columns until the rest fit at their base
/// width, widens columns whose content needs it (up to their ideal width), then gives what is left to the
/// flexible ones.
struct TableLayout: Equatable {
    /// Indexes into the table's columns, in display order.
    var visibleColumns: [Int]
    var widths: [Int]

    static let gap = 1

    /// - Parameter contentWidths: the widest text in each column, when known.
    init(columns: [TableColumn], width: Int, contentWidths: [Int] = []) {
        var kept = Array(columns.indices)
        func needed(_ indexes: [Int]) -> Int {
            indexes.reduce(0) { $0 + columns[$1].width } + max(indexes.count - 1, 0) * Self.gap
        }
        while needed(kept) > width, kept.count > 1 {
            // The lowest priority goes first; among equals, the rightmost.
            let weakest = kept.min { left, right in
                (columns[left].priority, -left) < (columns[right].priority, -right)
            }!
            kept.removeAll { $0 == weakest }
        }
        var widths = kept.map { columns[$0].width }
        var spare = width - needed(kept)
        // Text columns grow to fit their content first, by priority; then bars and sparklines to their ideal width.
        let growthOrder = kept.indices.sorted { left, right in
            let (a, b) = (columns[kept[left]], columns[kept[right]])
            return a.flexible != b.flexible ? !a.flexible : a.priority > b.priority
        }
        for position in growthOrder {
            let column = columns[kept[position]]
            guard spare > 0, let ideal = column.idealWidth else { continue }
            let content = kept[position] < contentWidths.count ? contentWidths[kept[position]] : ideal
            let target = column.flexible ? ideal : min(ideal, max(content, column.width))
            guard target > widths[position] else { continue }
            let growth = min(target - widths[position], spare)
            widths[position] += growth
            spare -= growth
        }
        var flexible = kept.indices.filter { columns[kept[$0]].flexible }
        while spare > 0, !flexible.isEmpty {
            let share = max(1, spare / flexible.count)
            for position in flexible where spare > 0 {
                let room = (columns[kept[position]].maxWidth ?? Int.max) - widths[position]
                let growth = min(share, room, spare)
                widths[position] += growth
                spare -= growth
            }
            flexible.removeAll { widths[$0] >= (columns[kept[$0]].maxWidth ?? Int.max) }
        }
        if spare < 0, let last = widths.indices.last {
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

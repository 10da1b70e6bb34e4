import NuncioAdminClient

/// Every stat: type, live value, rate, change since the mark, and a marker when it moved. Histograms show
/// p50 / p99 (cumulative, ms). With `:diff`, only the stats that changed since the mark.
enum StatsTable {
    /// SINCE MARK is shown only once a mark is set; at 80 columns it then takes the type column's place.
    static let columns = [
        TableColumn(title: "NAME", width: 40, priority: 10, flexible: true),
        TableColumn(title: "VALUE", width: 13, alignRight: true, priority: 10, idealWidth: 22),
        TableColumn(title: "RATE/S", width: 8, alignRight: true, priority: 8),
        TableColumn(title: "TYPE", width: 7, priority: 4),
        TableColumn(title: "SINCE MARK", width: 10, alignRight: true, priority: 6, idealWidth: 12),
    ]

    static func build(_ model: DashboardModel) -> Table {
        let mark = model.investigation.mark
        let columns = mark == nil ? Array(columns.dropLast()) : columns
        guard let snapshot = model.latest else { return Table(columns: columns, rows: []) }
        let delta = model.delta
        let diffOnly = model.investigation.diffOnly && mark != nil
        let gauges = snapshot.gaugeNames
        var rows: [TableRow] = []
        rows.reserveCapacity(snapshot.stats.values.count + snapshot.stats.histograms.count)
        for stat in snapshot.stats.values {
            if let number = stat.number {
                // "Used" approximated from what JSON tells us: a stat that is non-zero now.
                if model.usedOnly && number == 0 { continue }
                let sinceMark = mark?.change(stat.name, now: number)
                if diffOnly && (sinceMark ?? 1) == 0 { continue }
                let rate = delta.rate(stat.name)
                let change = delta.change(stat.name)
                let type = gauges == nil ? "-" : (gauges!.contains(stat.name) ? "gauge" : "counter")
                rows.append(
                    TableRow(
                        key: stat.name,
                        cells: [
                            name(stat.name, style: change != 0 ? .bold : .plain),
                            .number(
                                String(number), Double(number), style: change != 0 ? .bold : .plain, change: change),
                            .number(rate.map { $0 == 0 ? "" : Format.rate($0) } ?? "", rate ?? 0),
                            .text(type, style: .dim),
                            markCell(sinceMark, hasMark: mark != nil),
                        ]))
            } else {
                let text = stat.text ?? ""
                if model.usedOnly && text.isEmpty || diffOnly { continue }
                rows.append(
                    TableRow(
                        key: stat.name,
                        cells: [
                            name(stat.name), .text(text), .text("", sort: .missing), .text("text", style: .dim),
                            .text("", sort: .missing),
                        ]))
            }
        }
        if diffOnly { return Table(columns: columns, rows: rows) }
        for histogram in snapshot.stats.histograms {
            if model.usedOnly && !histogram.hasValues { continue }
            let p50 = histogram.cumulative(at: 50), p99 = histogram.cumulative(at: 99)
            let text = histogram.hasValues
                ? "P50 \(quantile(p50, of: histogram)) P99 \(quantile(p99, of: histogram))" : "no values"
            rows.append(
                TableRow(
                    key: histogram.name,
                    cells: [
                        name(histogram.name),
                        TableCell(
                            content: .text(text), style: .dim, sortKey: .number(p99 ?? -1),
                            shortText: histogram.hasValues ? "p99 \(quantile(p99, of: histogram))" : "-"),
                        .text("", sort: .missing),
                        .text("hist", style: .dim),
                        .text("", sort: .missing),
                    ]))
        }
        return Table(columns: columns, rows: rows)
    }

    /// Long names lose their middle, so both the owner (`cluster.x`) and the stat stay readable.
    static func name(_ text: String, style: TextStyle = .plain) -> TableCell {
        var cell = TableCell.text(text, style: style)
        cell.cutInMiddle = true
        return cell
    }

    /// `+12` since the mark, blank when unchanged, `new` for a stat born after it.
    static func markCell(_ change: Int64?, hasMark: Bool) -> TableCell {
        guard hasMark else { return .text("", sort: .missing) }
        guard let change else { return .text("new", style: TextStyle(color: .cyan), sort: .missing) }
        let text = change == 0 ? "" : (change > 0 ? "+" : "") + String(change)
        return .number(text, Double(change), style: change != 0 ? TextStyle(color: .yellow) : .plain)
    }

    /// Envoy's timing histograms (`*_ms`, `*_time`) are in milliseconds; the rest (`upstream_rq_per_cx`,
    /// header sizes) are plain numbers.
    static func quantile(_ value: Double?, of histogram: HistogramSummary) -> String {
        if histogram.name.hasSuffix("_ms") || histogram.name.hasSuffix("_time") { return Format.millis(value) }
        guard let value else { return "-" }
        return value >= 1000 ? Format.count(UInt64(value)) : Format.fixed(value, decimals: value < 10 ? 1 : 0)
    }
}

import NuncioAdminClient

/// Every stat: live value, rate, and a marker when it moved. Histograms show p50 / p99 (cumulative, ms).
enum StatsTable {
    static let columns = [
        TableColumn(title: "NAME", width: 30, priority: 10, flexible: true),
        TableColumn(title: "VALUE", width: 13, alignRight: true, priority: 10, idealWidth: 22),
        TableColumn(title: "RATE/S", width: 8, alignRight: true, priority: 8),
    ]

    static func build(_ model: DashboardModel) -> Table {
        guard let snapshot = model.latest else { return Table(columns: columns, rows: []) }
        let delta = model.delta
        var rows: [TableRow] = []
        rows.reserveCapacity(snapshot.stats.values.count + snapshot.stats.histograms.count)
        for stat in snapshot.stats.values {
            if let number = stat.number {
                // "Used" approximated from what JSON tells us: a stat that is non-zero now.
                if model.usedOnly && number == 0 { continue }
                let rate = delta.rate(stat.name)
                let change = delta.change(stat.name)
                rows.append(
                    TableRow(
                        key: stat.name,
                        cells: [
                            .text(stat.name, style: change != 0 ? .bold : .plain),
                            .number(
                                String(number), Double(number), style: change != 0 ? .bold : .plain, change: change),
                            .number(rate.map { $0 == 0 ? "" : Format.rate($0) } ?? "", rate ?? 0),
                        ]))
            } else {
                let text = stat.text ?? ""
                if model.usedOnly && text.isEmpty { continue }
                rows.append(
                    TableRow(key: stat.name, cells: [.text(stat.name), .text(text), .text("", sort: .missing)]))
            }
        }
        for histogram in snapshot.stats.histograms {
            if model.usedOnly && !histogram.hasValues { continue }
            let p50 = histogram.cumulative(at: 50), p99 = histogram.cumulative(at: 99)
            let text = histogram.hasValues
                ? "P50 \(quantile(p50, of: histogram)) P99 \(quantile(p99, of: histogram))" : "no values"
            rows.append(
                TableRow(
                    key: histogram.name,
                    cells: [
                        .text(histogram.name),
                        TableCell(
                            content: .text(text), style: .dim, sortKey: .number(p99 ?? -1),
                            shortText: histogram.hasValues ? "p99 \(quantile(p99, of: histogram))" : "-"),
                        .text("", sort: .missing),
                    ]))
        }
        return Table(columns: columns, rows: rows)
    }

    /// Envoy's timing histograms (`*_ms`, `*_time`) are in milliseconds; the rest (`upstream_rq_per_cx`,
    /// header sizes) are plain numbers.
    static func quantile(_ value: Double?, of histogram: HistogramSummary) -> String {
        if histogram.name.hasSuffix("_ms") || histogram.name.hasSuffix("_time") { return Format.millis(value) }
        guard let value else { return "-" }
        return value >= 1000 ? Format.count(UInt64(value)) : Format.fixed(value, decimals: value < 10 ? 1 : 0)
    }
}

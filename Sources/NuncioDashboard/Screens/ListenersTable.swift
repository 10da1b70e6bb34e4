import NuncioAdminClient

/// Listeners: address, active connections, requests and rq/s, from `/listeners` plus the `listener.<address>.*`
/// stats (Envoy names listener stats after the bound address, `127.0.0.1_18000`).
enum ListenersTable {
    static let columns = [
        TableColumn(title: "NAME", width: 14, priority: 2, flexible: true, maxWidth: 40),
        TableColumn(title: "ADDRESS", width: 21, priority: 9),
        TableColumn(title: "CX ACT", width: 7, alignRight: true, priority: 8),
        TableColumn(title: "CX TOTAL", width: 9, alignRight: true, priority: 4, idealWidth: 13),
        TableColumn(title: "RQ TOTAL", width: 9, alignRight: true, priority: 7, idealWidth: 13),
        TableColumn(title: "RQ/S", width: 7, alignRight: true, priority: 8),
    ]

    static func build(_ model: DashboardModel) -> Table {
        guard let snapshot = model.latest else { return Table(columns: columns, rows: []) }
        let delta = model.delta
        let rows = snapshot.listeners.listenerStatuses.map { listener -> TableRow in
            let address = listener.localAddress?.description ?? "-"
            let prefix = "listener.\(listener.localAddress?.statName ?? listener.name)."
            let active = delta.value(prefix + "downstream_cx_active")
            let total = delta.value(prefix + "downstream_cx_total")
            // Requests are counted per HTTP connection manager: listener.<addr>.http.<stat_prefix>.downstream_rq_*.
            let requestStats = delta.latest.keys.filter {
                $0.hasPrefix(prefix + "http.") && $0.hasSuffix(".downstream_rq_completed")
            }
            let requests = requestStats.reduce(UInt64(0)) { $0 + delta.value($1) }
            let before = requestStats.reduce(UInt64(0)) { $0 + (delta.previous[$1] ?? 0) }
            let requestsChange = delta.elapsed > 0 && !delta.previous.isEmpty ? (requests > before ? 1 : 0) : 0
            let rates = requestStats.compactMap { delta.rate($0) }
            let rate: Double? = rates.isEmpty ? (delta.elapsed > 0 ? 0 : nil) : rates.reduce(0, +)
            return TableRow(
                key: listener.name,
                cells: [
                    .text(listener.name),
                    .text(address),
                    .count(active),
                    .count(total, change: delta.change(prefix + "downstream_cx_total")),
                    .count(requests, change: requestsChange),
                    .number(Format.rate(rate), rate ?? -1),
                ])
        }
        return Table(columns: columns, rows: rows)
    }
}

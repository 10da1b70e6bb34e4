import NuncioAdminClient

/// Hosts of one cluster: the round-robin spread at a glance. Counters come from `/clusters` (Envoy keeps per-host
/// stats there, not in `/stats`); the share bar is each host's part of the cluster's `rq_total`.
enum HostsTable {
    static let columns = [
        TableColumn(title: "ADDRESS", width: 15, priority: 10, idealWidth: 47),
        TableColumn(title: "HOSTNAME", width: 8, priority: 3, idealWidth: 30),
        TableColumn(title: "HEALTH", width: 10, priority: 10, idealWidth: 24),
        TableColumn(title: "W", width: 3, alignRight: true, priority: 4),
        TableColumn(title: "RQ TOTAL", width: 8, alignRight: true, priority: 9, idealWidth: 13),
        TableColumn(title: "RQ/S", width: 6, alignRight: true, priority: 8),
        TableColumn(title: "RQ ACT", width: 6, alignRight: true, priority: 5),
        TableColumn(title: "CX ACT", width: 6, alignRight: true, priority: 5),
        TableColumn(title: "ERR", width: 5, alignRight: true, priority: 7),
        TableColumn(title: "SUCCESS", width: 7, alignRight: true, priority: 6),
        TableColumn(title: "SHARE", width: 12, priority: 9, flexible: true, idealWidth: 30, maxWidth: 40),
    ]

    static func build(_ model: DashboardModel) -> Table {
        guard let cluster = selectedCluster(model) else { return Table(columns: columns, rows: []) }
        let delta = model.delta
        let clusterTotal = cluster.hostStatuses.reduce(UInt64(0)) { $0 + $1.stat("rq_total") }
        let rows = cluster.hostStatuses.map { host -> TableRow in
            let address = host.address.description
            let health = host.healthStatus.health
            let rqTotal = host.stat("rq_total")
            let rate = delta.hostRate(cluster: cluster.name, address: address, stat: "rq_total")
            let rqTotalChange = delta.hostChange(cluster: cluster.name, address: address, stat: "rq_total")
            let errors = host.stat("rq_error") + host.stat("rq_timeout") + host.stat("cx_connect_fail")
            let success = successRate(host)
            let share = clusterTotal > 0 ? Double(rqTotal) / Double(clusterTotal) : 0
            let flags = host.healthStatus.flags
            return TableRow(
                key: address,
                cells: [
                    .text(address),
                    .text(host.hostname ?? "-"),
                    .text(
                        flags.joined(), short: flags.map(shortFlag).joined(), style: style(for: health),
                        sort: .number(Double(health.rank))),
                    .number("\(host.weight ?? 1)", Double(host.weight ?? 1)),
                    .count(rqTotal, change: rqTotalChange),
                    .number(Format.rate(rate), rate ?? -1),
                    .count(host.stat("rq_active")),
                    .count(host.stat("cx_active")),
                    .count(errors, style: errors > 0 ? TextStyle(color: .red) : .plain),
                    .number(
                        Format.percent(success), success ?? -1,
                        style: (success ?? 100) < 95 ? TextStyle(color: .red) : .plain),
                    TableCell(
                        content: .bar(fraction: share, label: Format.percent(share * 100)),
                        style: TextStyle(color: .blue), sortKey: .number(share)),
                ])
        }
        return Table(columns: columns, rows: rows)
    }

    /// The cluster Enter opened, else the one selected on the Clusters screen.
    static func selectedCluster(_ model: DashboardModel) -> ClusterStatus? {
        guard let clusters = model.latest?.clusters else { return nil }
        for name in [model.hostsCluster, model.selectedRowKey(on: .clusters)].compactMap({ $0 }) {
            if let cluster = clusters.cluster(named: name) { return cluster }
        }
        return clusters.clusterStatuses.first
    }

    /// Outlier detection's success rate when Envoy computed one, else successes over finished requests.
    static func successRate(_ host: HostStatus) -> Double? {
        if let computed = host.successRate?.value, computed >= 0 { return computed }
        let success = host.stat("rq_success"), failed = host.stat("rq_error")
        guard success + failed > 0 else { return nil }
        return Double(success) / Double(success + failed) * 100
    }

    /// Narrow-column flags: `!` failed, `~` degraded or on its way out, `?` not yet checked.
    static func shortFlag(_ flag: String) -> String {
        switch flag {
        case "/failed_active_hc": return "!hc"
        case "/failed_outlier_check": return "!outlier"
        case "/failed_eds_health": return "!eds"
        case "/degraded_active_hc": return "~hc"
        case "/degraded_eds_health": return "~eds"
        case "/pending_dynamic_removal": return "~removal"
        case "/pending_active_hc": return "?hc"
        case "/excluded_via_immediate_hc_fail": return "!immediate"
        case "/active_hc_timeout": return "!timeout"
        case "/eds_status_draining": return "~draining"
        default: return flag
        }
    }

    static func style(for health: HostHealth) -> TextStyle {
        switch health {
        case .healthy: return TextStyle(color: .green)
        case .degraded: return TextStyle(color: .yellow, bold: true)
        case .unknown: return TextStyle(dim: true)
        case .unhealthy: return TextStyle(color: .red, bold: true)
        }
    }
}

extension HostHealth {
    /// Unhealthy sorts first when sorting by health descending.
    var rank: Int {
        switch self {
        case .healthy: return 0
        case .unknown: return 1
        case .degraded: return 2
        case .unhealthy: return 3
        }
    }
}

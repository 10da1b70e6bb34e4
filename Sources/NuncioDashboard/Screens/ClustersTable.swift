import NuncioAdminClient

/// Clusters: type, lb policy, healthy/total hosts, rq/s, response classes, upstream time quantiles, rq/s sparkline.
enum ClustersTable {
    static let columns = [
        TableColumn(title: "CLUSTER", width: 12, priority: 10, idealWidth: 40),
        TableColumn(title: "TYPE", width: 7, priority: 5, idealWidth: 14),
        TableColumn(title: "LB", width: 6, priority: 4, idealWidth: 16),
        TableColumn(title: "HOSTS", width: 5, alignRight: true, priority: 9),
        TableColumn(title: "RQ/S", width: 6, alignRight: true, priority: 9),
        TableColumn(title: "2XX", width: 6, alignRight: true, priority: 8, idealWidth: 12),
        TableColumn(title: "4XX", width: 5, alignRight: true, priority: 7, idealWidth: 12),
        TableColumn(title: "5XX", width: 5, alignRight: true, priority: 8, idealWidth: 12),
        TableColumn(title: "P50", width: 6, alignRight: true, priority: 3),
        TableColumn(title: "P99", width: 6, alignRight: true, priority: 6),
        TableColumn(
            title: "RQ/S HISTORY", width: 8, priority: 6, flexible: true, sortable: false, idealWidth: 20,
            maxWidth: DashboardModel.historyLength),
    ]

    static func build(_ model: DashboardModel) -> Table {
        guard let snapshot = model.latest else { return Table(columns: columns, rows: []) }
        let delta = model.delta
        let rows = snapshot.clusters.clusterStatuses.map { cluster -> TableRow in
            let prefix = "cluster.\(cluster.name)."
            let config = snapshot.clusterConfigs?.config(named: cluster.name)
            let healthy = cluster.hostStatuses.filter { $0.healthStatus.health == .healthy }.count
            let total = cluster.hostStatuses.count
            let hostsStyle: TextStyle =
                healthy == total
                ? .plain : (healthy == 0 ? TextStyle(color: .red, bold: true) : TextStyle(color: .yellow))
            let rate = model.clusterRequestRate(cluster.name)
            // Over Envoy's last flush interval: a spike shows, and leaves.
            let windowed = model.rates(forCluster: cluster.name)
            let p50 = windowed?.intervalP50, p99 = windowed?.intervalP99
            func classCell(_ suffix: String, _ color: TextColor?) -> TableCell {
                let value = delta.value(prefix + "upstream_rq_" + suffix)
                let change = delta.change(prefix + "upstream_rq_" + suffix)
                let style = value > 0 && color != nil ? TextStyle(color: color) : TextStyle.plain
                return .count(value, style: style, change: change)
            }
            return TableRow(
                key: cluster.name,
                cells: [
                    .text(cluster.name, style: .bold),
                    .text(config?.discoveryType ?? "-", short: config.map { shortType($0.discoveryType) }),
                    .text(
                        config?.loadBalancingPolicy ?? "-", short: config.map { shortPolicy($0.loadBalancingPolicy) }),
                    .number("\(healthy)/\(total)", Double(healthy), style: hostsStyle),
                    .number(Format.rate(rate), rate ?? -1),
                    classCell("2xx", nil),
                    classCell("4xx", .yellow),
                    classCell("5xx", .red),
                    .number(Format.millis(p50), p50 ?? -1),
                    .number(Format.millis(p99), p99 ?? -1),
                    TableCell(
                        content: .sparkline(model.rateHistory[cluster.name] ?? []), style: TextStyle(color: .blue),
                        sortKey: .missing),
                ])
        }
        return Table(columns: columns, rows: rows)
    }

    /// Narrow-column names: `strict` for `STRICT_DNS`.
    static func shortType(_ type: String) -> String {
        switch type {
        case "STRICT_DNS": return "strict"
        case "LOGICAL_DNS": return "logical"
        case "ORIGINAL_DST": return "origdst"
        default: return type.lowercased()
        }
    }

    /// Narrow-column names: `rr` for `ROUND_ROBIN`.
    static func shortPolicy(_ policy: String) -> String {
        switch policy {
        case "ROUND_ROBIN": return "rr"
        case "LEAST_REQUEST": return "least"
        case "RING_HASH": return "ring"
        case "CLUSTER_PROVIDED": return "prov"
        default: return policy.lowercased()
        }
    }
}

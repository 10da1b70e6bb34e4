import NuncioAdminClient

/// Hosts of one cluster as a load-distribution board: each host's attempts/s and SHARE of the cluster's attempts
/// over the window, next to EXP (the share its weight predicts) and the deviation Δ; errors counted once.
/// Counters come from `/clusters` (Envoy keeps per-host stats there, not in `/stats`). Sort keys are the figures
/// as shown, so equal-looking rows tie and keep their address order instead of swapping every tick.
enum HostsTable {
    static let columns = [
        TableColumn(title: "ADDRESS", width: 16, priority: 10, idealWidth: 47),
        TableColumn(title: "HOSTNAME", width: 8, priority: 3, idealWidth: 30),
        // Fixed width: a flag appearing must not move the columns after it.
        TableColumn(title: "HEALTH", width: HealthCodes.width, priority: 10),
        TableColumn(title: "W", width: 3, alignRight: true, priority: 6),
        TableColumn(title: "ATT/S", width: 6, alignRight: true, priority: 9),
        TableColumn(title: "SHARE", width: 11, priority: 9, flexible: true, idealWidth: 24, maxWidth: 40),
        TableColumn(title: "EXP", width: 6, alignRight: true, priority: 7),
        TableColumn(title: "Δ", width: 6, alignRight: true, priority: 8, asciiTitle: "DEV"),
        TableColumn(title: "ERR/S", width: 6, alignRight: true, priority: 8),
        TableColumn(title: "SR", width: 5, alignRight: true, priority: 8),
        TableColumn(title: "CX", width: 4, alignRight: true, priority: 5),
        TableColumn(title: "RQ ACT", width: 6, alignRight: true, priority: 5),
        TableColumn(title: "PEND", width: 4, alignRight: true, priority: 4),
        TableColumn(
            title: "TREND", width: 8, priority: 4, flexible: true, sortable: false, idealWidth: 16, maxWidth: 30),
    ]

    /// Δ beyond this many percentage points is coloured: the spread is not what the weights predict.
    static let deviationAlarm = 0.1

    static func build(_ model: DashboardModel) -> Table {
        guard let cluster = selectedCluster(model) else { return Table(columns: columns, rows: []) }
        let rates = model.rates(forCluster: cluster.name)
        let rows = cluster.hostStatuses.enumerated().map { index, host -> TableRow in
            let address = host.address.description
            let health = host.healthStatus.health
            let hostRates = rates.flatMap { index < $0.hosts.count ? $0.hosts[index] : nil }
            let share = hostRates?.share, expected = hostRates?.expectedShare, deviation = hostRates?.deviation
            let errors = hostRates?.errorsPerSecond
            let success = hostRates?.successRate
            let trend = model.ratePoints(forCluster: cluster.name, host: address).map { $0.attemptsPerSecond ?? 0 }
            let healthText = HealthCodes.fitted(host.healthStatus)
            return TableRow(
                key: address,
                cells: [
                    .text(address),
                    .text(host.hostname.flatMap { $0.isEmpty ? nil : $0 } ?? "-"),
                    .text(healthText, style: style(for: health), sort: .number(Double(health.rank))),
                    .number("\(host.weight ?? 1)", Double(host.weight ?? 1)),
                    shown(Format.rate(hostRates?.attemptsPerSecond)),
                    TableCell(
                        content: .bar(fraction: share ?? 0, label: share.map { Format.percent($0 * 100) } ?? "-"),
                        style: TextStyle(color: .blue), sortKey: share.map { rounded($0 * 100) } ?? .missing),
                    shown(expected.map { Format.percent($0 * 100) } ?? "-", value: expected.map { $0 * 100 }),
                    shown(
                        deviation.map(points) ?? "-", value: deviation.map { $0 * 100 },
                        style: abs(deviation ?? 0) > deviationAlarm ? TextStyle(color: .yellow, bold: true) : .plain),
                    shown(
                        Format.rate(errors),
                        style: (errors ?? 0) > 0 ? TextStyle(color: .red) : .plain),
                    shown(
                        success.map { Format.percent($0 * 100) } ?? "-", value: success.map { $0 * 100 },
                        style: (success ?? 1) < 0.95 ? TextStyle(color: .red) : .plain),
                    .count(host.stat("cx_active")),
                    .count(host.stat("rq_active")),
                    // Envoy 1.40's per-host gauge; older servers leave it out (shown as 0, as Envoy omits zeros).
                    .count(host.stat("rq_pending_active")),
                    TableCell(content: .sparkline(trend), style: TextStyle(color: .blue), sortKey: .missing),
                ])
        }
        return Table(columns: columns, rows: rows)
    }

    /// A number cell whose sort key is its text read back, so ties on screen are ties in the sort.
    static func shown(_ text: String, value: Double? = nil, style: TextStyle = .plain) -> TableCell {
        let key: SortKey
        if let value { key = rounded(value) } else if let number = Double(text.filter { "0123456789.-".contains($0) }),
            text != "-"
        {
            let scale: Double = text.hasSuffix("k") ? 1e3 : (text.hasSuffix("M") ? 1e6 : 1)
            key = .number(number * scale)
        } else {
            key = .missing
        }
        return TableCell(content: .text(text), style: style, sortKey: key)
    }

    /// One decimal, as the percentages show.
    static func rounded(_ value: Double) -> SortKey { .number((value * 10).rounded() / 10) }

    /// `+2.1` / `-25.0` percentage points.
    static func points(_ deviation: Double) -> String {
        let value = deviation * 100
        let text = Format.fixed(value, decimals: 1)
        return value >= 0.05 ? "+" + text : (text == "-0.0" ? "0.0" : text)
    }

    /// The cluster Enter opened, else the one selected on the Clusters screen.
    static func selectedCluster(_ model: DashboardModel) -> ClusterStatus? {
        guard let clusters = model.latest?.clusters else { return nil }
        for name in [model.hostsCluster, model.selectedRowKey(on: .clusters)].compactMap({ $0 }) {
            if let cluster = clusters.cluster(named: name) { return cluster }
        }
        return clusters.clusterStatuses.first
    }

    /// The host selected on the Hosts screen.
    static func selectedHost(_ model: DashboardModel) -> HostStatus? {
        guard let cluster = selectedCluster(model), let address = model.selectedRowKey(on: .hosts) else { return nil }
        return cluster.hostStatuses.first { $0.address.description == address }
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

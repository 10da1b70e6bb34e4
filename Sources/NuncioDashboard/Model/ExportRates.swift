import NuncioAdminClient

/// Per-host and per-cluster rates as the Routes screen and `:export` use them.
///
/// The numbers are the windowed model's (`WindowedRates`, over the window `w` or `:window` chose), with each
/// host's name, health and weight from `/clusters` and the cluster's 5xx rate from `/stats`.
struct ExportHostRates: Sendable, Equatable {
    var address: String
    var hostname: String?
    var health: String
    var weight: Int
    var attemptsPerSecond: Double
    /// Fraction (0-1) of the cluster's attempts over the window.
    var share: Double
    /// The share its weight predicts among the cluster's healthy hosts (0 when it is not healthy).
    var expectedShare: Double
    var errorsPerSecond: Double
    /// Fraction (0-1) of finished attempts that succeeded over the window; nil without attempts.
    var successRate: Double?
}

struct ExportClusterRates: Sendable, Equatable {
    var name: String
    var attemptsPerSecond: Double
    var errorsPerSecond: Double
    var successRate: Double?
    /// `upstream_rq_5xx` per second, from `/stats`.
    var status5xxPerSecond: Double
    var windowSeconds: Double
    var hosts: [ExportHostRates]
}

enum ExportRates {
    /// The cluster's rates over the current window; nil before two snapshots or for an unknown cluster.
    static func cluster(_ name: String, in model: DashboardModel) -> ExportClusterRates? {
        guard let windowed = model.rates(forCluster: name), let windowSeconds = windowed.windowSeconds,
            let cluster = model.latest?.clusters.cluster(named: name)
        else { return nil }
        let statuses = Dictionary(
            cluster.hostStatuses.map { ($0.address.description, $0) }, uniquingKeysWith: { first, _ in first })
        let hosts = windowed.hosts.map { host -> ExportHostRates in
            let status = statuses[host.address]
            return ExportHostRates(
                address: host.address, hostname: status?.hostname, health: status?.healthStatus.flags.joined() ?? "",
                weight: status?.weight ?? 1, attemptsPerSecond: host.attemptsPerSecond ?? 0, share: host.share ?? 0,
                expectedShare: host.expectedShare ?? 0, errorsPerSecond: host.errorsPerSecond ?? 0,
                successRate: host.successRate)
        }
        return ExportClusterRates(
            name: name, attemptsPerSecond: windowed.attemptsPerSecond ?? 0,
            errorsPerSecond: windowed.errorsPerSecond ?? 0, successRate: windowed.successRate,
            status5xxPerSecond: model.delta.rate("cluster.\(name).upstream_rq_5xx") ?? 0,
            windowSeconds: windowSeconds, hosts: hosts)
    }
}

import NuncioAdminClient

/// Per-host and per-cluster rates as the Routes screen and `:export` use them.
///
/// SEAM (issue 16, item 1): until the windowed model (`SnapshotHistory` / `WindowedRates`) is merged, the window is
/// the two most recent snapshots: attempts are the per-host `rq_success` + `rq_error` deltas, errors the `rq_error`
/// delta (counted once). At merge only `ExportRates.cluster(_:in:)` needs to read the windowed model instead.
struct HostRates: Sendable, Equatable {
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

struct ClusterRates: Sendable, Equatable {
    var name: String
    var attemptsPerSecond: Double
    var errorsPerSecond: Double
    var successRate: Double?
    /// `upstream_rq_5xx` per second, from `/stats`.
    var status5xxPerSecond: Double
    var windowSeconds: Double
    var hosts: [HostRates]
}

enum ExportRates {
    /// The cluster's rates over the current window; nil before two snapshots or for an unknown cluster.
    static func cluster(_ name: String, in model: DashboardModel) -> ClusterRates? {
        let delta = model.delta
        guard delta.elapsed > 0, let cluster = model.latest?.clusters.cluster(named: name) else { return nil }
        let healthyWeight = cluster.hostStatuses.filter { $0.healthStatus.health == .healthy }
            .reduce(0) { $0 + max($1.weight ?? 1, 0) }
        var hosts = cluster.hostStatuses.map { host -> HostRates in
            let address = host.address.description
            func rate(_ stat: String) -> Double { delta.hostRate(cluster: name, address: address, stat: stat) ?? 0 }
            let successes = rate("rq_success"), errors = rate("rq_error")
            let weight = host.weight ?? 1
            let healthy = host.healthStatus.health == .healthy
            return HostRates(
                address: address, hostname: host.hostname, health: host.healthStatus.flags.joined(),
                weight: weight, attemptsPerSecond: successes + errors, share: 0,
                expectedShare: healthy && healthyWeight > 0 ? Double(weight) / Double(healthyWeight) : 0,
                errorsPerSecond: errors, successRate: successes + errors > 0 ? successes / (successes + errors) : nil)
        }
        let attempts = hosts.reduce(0) { $0 + $1.attemptsPerSecond }
        let errors = hosts.reduce(0) { $0 + $1.errorsPerSecond }
        for index in hosts.indices where attempts > 0 { hosts[index].share = hosts[index].attemptsPerSecond / attempts }
        return ClusterRates(
            name: name, attemptsPerSecond: attempts, errorsPerSecond: errors,
            successRate: attempts > 0 ? (attempts - errors) / attempts : nil,
            status5xxPerSecond: delta.rate("cluster.\(name).upstream_rq_5xx") ?? 0, windowSeconds: delta.elapsed,
            hosts: hosts)
    }
}

import NuncioAdminClient

/// One host's numbers over the chosen window. Fractions are 0...1; nil means "not known yet" (one snapshot only,
/// or nothing attempted for a share or a success rate).
public struct HostRates: Sendable, Equatable {
    public var address: String
    /// `rq_success + rq_error` per second.
    public var attemptsPerSecond: Double?
    /// This host's part of the cluster's attempts over the window.
    public var share: Double?
    /// The part its weight predicts among the hosts Envoy balances over (healthy ones, or all in panic).
    public var expectedShare: Double?
    /// `rq_error` per second.
    public var errorsPerSecond: Double?
    /// `rq_success / (rq_success + rq_error)` over the window.
    public var successRate: Double?
    /// The span the numbers cover (shorter than the window until enough snapshots arrived).
    public var windowSeconds: Double?
    /// Counts over the window.
    public var attempts: UInt64
    public var errors: UInt64

    /// `share - expectedShare`, in fractions.
    public var deviation: Double? {
        guard let share, let expectedShare else { return nil }
        return share - expectedShare
    }
}

/// A cluster's numbers over the window: the sums of its hosts, and Envoy's interval latency quantiles.
public struct ClusterRates: Sendable, Equatable {
    public var name: String
    public var attemptsPerSecond: Double?
    public var errorsPerSecond: Double?
    public var successRate: Double?
    public var windowSeconds: Double?
    public var attempts: UInt64
    public var errors: UInt64
    /// `upstream_rq_time` p50 and p99 over Envoy's last stats flush interval, in milliseconds.
    public var intervalP50: Double?
    public var intervalP99: Double?
    /// True when Envoy would balance over every host, healthy or not (too few healthy: panic mode).
    public var panic: Bool
    /// In `/clusters` order.
    public var hosts: [HostRates]

    public func host(_ address: String) -> HostRates? {
        hosts.first { $0.address == address }
    }
}

/// Computes the windowed numbers from the history and the newest snapshot (for weights and health).
enum WindowedRates {
    /// Envoy's default `healthy_panic_threshold` and overprovisioning factor (1.4).
    static let panicThreshold = 50.0
    static let overprovisioning = 1.4
    /// Envoy's default `stats_flush_interval`: what its interval quantiles cover.
    static let flushInterval: Double = 5

    static func compute(
        _ snapshot: AdminSnapshot, history: SnapshotHistory, window: RateWindow
    ) -> [String: ClusterRates] {
        guard let latest = history.latest else { return [:] }
        let baseline = history.baseline(for: window)
        let seconds: Double?
        if window == .allTime {
            seconds = history.countersStart.map { latest.time - $0 }
        } else {
            seconds = baseline.map { latest.time - $0.time }
        }
        // A window of zero seconds (one snapshot, a mark just set) has no rates; all time counts from zero.
        let usable = window == .allTime || (baseline != nil && (seconds ?? 0) > 0)
        // Envoy prints an empty interval's quantiles as 0: with no attempts over its flush interval they say nothing.
        let flushBase = history.samples.last { $0.time <= latest.time - flushInterval }
            ?? (history.samples.count > 1 ? history.samples.first : nil)
        var result: [String: ClusterRates] = [:]
        for cluster in snapshot.clusters.clusterStatuses {
            let now = latest.hosts[cluster.name] ?? [:]
            let base = window == .allTime ? [:] : baseline?.hosts[cluster.name] ?? [:]
            let counts = cluster.hostStatuses.map { host -> HostCounters in
                let address = host.address.description
                return usable ? (now[address] ?? HostCounters()).since(base[address]) : HostCounters()
            }
            let attempts = counts.reduce(UInt64(0)) { $0 + $1.attempts }
            let errors = counts.reduce(UInt64(0)) { $0 + $1.error }
            let (expected, panic) = expectedShares(cluster.hostStatuses)
            func perSecond(_ count: UInt64) -> Double? {
                guard usable, let seconds, seconds > 0 else { return nil }
                return Double(count) / seconds
            }
            let hosts = cluster.hostStatuses.indices.map { index -> HostRates in
                let count = counts[index]
                return HostRates(
                    address: cluster.hostStatuses[index].address.description,
                    attemptsPerSecond: perSecond(count.attempts),
                    share: usable && attempts > 0 ? Double(count.attempts) / Double(attempts) : nil,
                    expectedShare: expected[index], errorsPerSecond: perSecond(count.error),
                    successRate: count.attempts > 0 ? Double(count.success) / Double(count.attempts) : nil,
                    windowSeconds: usable ? seconds : nil, attempts: count.attempts, errors: count.error)
            }
            var histogram = snapshot.stats.histograms.first { $0.name == "cluster.\(cluster.name).upstream_rq_time" }
            if let flushBase {
                let before = flushBase.hosts[cluster.name] ?? [:]
                let recent = now.reduce(UInt64(0)) { $0 + $1.value.since(before[$1.key]).attempts }
                if recent == 0 { histogram = nil }
            }
            result[cluster.name] = ClusterRates(
                name: cluster.name, attemptsPerSecond: perSecond(attempts), errorsPerSecond: perSecond(errors),
                successRate: attempts > 0 ? Double(attempts - errors) / Double(attempts) : nil,
                windowSeconds: usable ? seconds : nil, attempts: attempts, errors: errors,
                intervalP50: histogram?.interval(at: 50), intervalP99: histogram?.interval(at: 99), panic: panic,
                hosts: hosts)
        }
        return result
    }

    /// Each host's weight over the weights of the hosts Envoy picks from: the healthy ones, or every host when
    /// fewer are healthy than the panic threshold allows (Envoy's default 50 %, with its overprovisioning 1.4).
    /// Priorities and degraded hosts are not modelled: all hosts count as priority 0.
    static func expectedShares(_ hosts: [HostStatus]) -> (shares: [Double?], panic: Bool) {
        guard !hosts.isEmpty else { return ([], false) }
        let healthy = hosts.map { $0.healthStatus.health == .healthy }
        let healthyCount = healthy.filter { $0 }.count
        let available = min(100, overprovisioning * 100 * Double(healthyCount) / Double(hosts.count))
        let panic = available < panicThreshold
        let weights = hosts.map { Double(max($0.weight ?? 1, 0)) }
        let chosen = hosts.indices.map { panic || healthy[$0] }
        let total = hosts.indices.filter { chosen[$0] }.reduce(0.0) { $0 + weights[$1] }
        guard total > 0 else { return (hosts.map { _ in nil }, panic) }
        return (hosts.indices.map { chosen[$0] ? weights[$0] / total : 0 }, panic)
    }
}

extension HistogramSummary {
    /// The value at a quantile over Envoy's last flush interval, or nil when nothing was recorded in it.
    func interval(at quantile: Double) -> Double? {
        guard let index = quantiles.firstIndex(of: quantile), index < values.count else { return nil }
        return values[index].interval
    }
}

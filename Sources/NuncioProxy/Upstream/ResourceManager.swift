import Atomics
import NuncioConfig
import NuncioStats

/// Envoy's per-cluster resource manager (`upstream/resource_manager_impl.h`): the circuit breakers of the default
/// priority, counted across all workers. A stream asks `canCreate()` before it takes a resource, `inc()`s while it
/// holds it and `dec()`s when done; the counts are the resources held, not gauges read back from stats.
public final class ResourceManager: Sendable {
    public let connections: ResourceLimit
    public let pendingRequests: ResourceLimit
    public let requests: ResourceLimit
    public let retries: ResourceLimit

    /// Without a store: no `circuit_breakers.*` gauges.
    public init(thresholds: CircuitBreakers.Thresholds) {
        connections = ResourceLimit(max: UInt64(thresholds.maxConnections))
        pendingRequests = ResourceLimit(max: UInt64(thresholds.maxPendingRequests))
        requests = ResourceLimit(max: UInt64(thresholds.maxRequests))
        retries = ResourceLimit(max: UInt64(thresholds.maxRetries))
    }

    /// With Envoy's gauges under `cluster.<name>.circuit_breakers.default.`: `cx_open`, `rq_pending_open`, `rq_open`,
    /// `rq_retry_open`, and with `track_remaining` the `remaining_*` ones.
    public init(thresholds: CircuitBreakers.Thresholds, statPrefix: String, store: StatsStore) {
        let prefix = statPrefix + "circuit_breakers.default."
        func limit(_ max: UInt32, open: String, remaining: String) -> ResourceLimit {
            ResourceLimit(max: UInt64(max), open: store.gauge(prefix + open),
                remaining: thresholds.trackRemaining ? store.gauge(prefix + remaining) : nil)
        }
        connections = limit(thresholds.maxConnections, open: "cx_open", remaining: "remaining_cx")
        pendingRequests = limit(thresholds.maxPendingRequests, open: "rq_pending_open", remaining: "remaining_pending")
        requests = limit(thresholds.maxRequests, open: "rq_open", remaining: "remaining_rq")
        retries = limit(thresholds.maxRetries, open: "rq_retry_open", remaining: "remaining_retries")
    }
}

/// One circuit breaker: a count of held resources and its limit. Thread-safe (one atomic; the gauges are set after
/// each change, as Envoy's `ManagedResourceImpl` does, and may briefly lag a concurrent change as there).
public final class ResourceLimit: Sendable {
    public let max: UInt64
    private let held = ManagedAtomic<UInt64>(0)
    /// 1 while the breaker is open (at or past `max`).
    private let openGauge: Gauge?
    /// `max - count`, when `track_remaining` is set.
    private let remainingGauge: Gauge?

    public init(max: UInt64, open: Gauge? = nil, remaining: Gauge? = nil) {
        self.max = max
        self.openGauge = open
        self.remainingGauge = remaining
        remaining?.set(max)
    }

    public var count: UInt64 { held.load(ordering: .relaxed) }

    /// Whether one more may be taken now (Envoy's `canCreate`: the check and the `inc` are separate, as there).
    public func canCreate() -> Bool { count < max }

    public func inc() {
        changed(to: held.wrappingIncrementThenLoad(ordering: .relaxed))
    }

    public func dec() {
        // Never below zero: a release without a take would otherwise wrap and open the breaker for good.
        var current = held.load(ordering: .relaxed)
        while current > 0 {
            let (exchanged, original) = held.weakCompareExchange(
                expected: current, desired: current - 1, ordering: .relaxed)
            if exchanged {
                changed(to: current - 1)
                return
            }
            current = original
        }
    }

    /// Takes one if under the limit, atomically (for the retry breaker, checked and taken in one step).
    public func tryAcquire() -> Bool {
        var current = held.load(ordering: .relaxed)
        while current < max {
            let (exchanged, original) = held.weakCompareExchange(
                expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged {
                changed(to: current + 1)
                return true
            }
            current = original
        }
        return false
    }

    @inline(__always)
    private func changed(to count: UInt64) {
        guard let openGauge else { return }
        openGauge.set(count >= max ? 1 : 0)
        remainingGauge?.set(max > count ? max - count : 0)
    }
}

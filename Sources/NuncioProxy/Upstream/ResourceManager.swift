import Atomics
import NuncioConfig

/// Envoy's per-cluster resource manager (`upstream/resource_manager_impl.h`): the circuit breakers of the default
/// priority, counted across all workers. A stream asks `canCreate()` before it takes a resource, `inc()`s while it
/// holds it and `dec()`s when done; the counts are the resources held, not gauges read back from stats.
public final class ResourceManager: Sendable {
    public let connections: ResourceLimit
    public let pendingRequests: ResourceLimit
    public let requests: ResourceLimit
    public let retries: ResourceLimit

    public init(thresholds: CircuitBreakers.Thresholds) {
        connections = ResourceLimit(max: UInt64(thresholds.maxConnections))
        pendingRequests = ResourceLimit(max: UInt64(thresholds.maxPendingRequests))
        requests = ResourceLimit(max: UInt64(thresholds.maxRequests))
        retries = ResourceLimit(max: UInt64(thresholds.maxRetries))
    }
}

/// One circuit breaker: a count of held resources and its limit. Thread-safe (one atomic).
public final class ResourceLimit: Sendable {
    public let max: UInt64
    private let held = ManagedAtomic<UInt64>(0)

    public init(max: UInt64) {
        self.max = max
    }

    public var count: UInt64 { held.load(ordering: .relaxed) }

    /// Whether one more may be taken now (Envoy's `canCreate`: the check and the `inc` are separate, as there).
    public func canCreate() -> Bool { count < max }

    public func inc() { held.wrappingIncrement(ordering: .relaxed) }

    public func dec() {
        // Never below zero: a release without a take would otherwise wrap and open the breaker for good.
        var current = held.load(ordering: .relaxed)
        while current > 0 {
            let (exchanged, original) = held.weakCompareExchange(
                expected: current, desired: current - 1, ordering: .relaxed)
            if exchanged { return }
            current = original
        }
    }

    /// Takes one if under the limit, atomically (for the retry breaker, checked and taken in one step).
    public func tryAcquire() -> Bool {
        var current = held.load(ordering: .relaxed)
        while current < max {
            let (exchanged, original) = held.weakCompareExchange(
                expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }
}

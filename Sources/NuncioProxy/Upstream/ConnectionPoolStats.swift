import NuncioStats

/// The cluster counters its connection pools keep under Envoy's names (`cluster.<name>.upstream_cx_*`).
public final class ConnectionPoolStats: Sendable {
    /// The connection breaker refused a connection a pool wanted (Envoy's `tryCreateNewConnection`).
    public let upstreamCxOverflow: Counter
    /// A connection closed after `idle_timeout` without requests.
    public let upstreamCxIdleTimeout: Counter
    /// A connection reached `max_requests_per_connection` (counted when its last request is attached).
    public let upstreamCxMaxRequests: Counter

    public init(statPrefix prefix: String, store: StatsStore) {
        upstreamCxOverflow = store.counter(prefix + "upstream_cx_overflow")
        upstreamCxIdleTimeout = store.counter(prefix + "upstream_cx_idle_timeout")
        upstreamCxMaxRequests = store.counter(prefix + "upstream_cx_max_requests")
    }
}

import NuncioStats

/// The cluster counters its connection pools keep under Envoy's names (`cluster.<name>.upstream_cx_*`).
public final class ConnectionPoolStats: Sendable {
    /// The connection breaker refused a connection a pool wanted (Envoy's `tryCreateNewConnection`).
    public let upstreamCxOverflow: Counter

    public init(statPrefix prefix: String, store: StatsStore) {
        upstreamCxOverflow = store.counter(prefix + "upstream_cx_overflow")
    }
}

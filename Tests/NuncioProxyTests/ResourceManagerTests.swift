import NuncioConfig
import NuncioStats
import Testing

@testable import NuncioProxy

/// The circuit breakers as held-resource counts, without sockets: limits, Envoy's open and remaining gauges, and
/// a release without a take never opening a breaker for good.
@Suite struct ResourceManagerTests {
    @Test func limitsOpenAtTheirMaximumAndCloseOnRelease() {
        let store = StatsStore()
        var thresholds = CircuitBreakers.Thresholds()
        thresholds.maxRequests = 2
        thresholds.maxRetries = 1
        thresholds.trackRemaining = true
        let manager = ResourceManager(thresholds: thresholds, statPrefix: "cluster.one.", store: store)
        let requests = manager.requests
        #expect(requests.canCreate())
        requests.inc()
        requests.inc()
        #expect(!requests.canCreate())
        #expect(store.values()["cluster.one.circuit_breakers.default.rq_open"] == 1)
        #expect(store.values()["cluster.one.circuit_breakers.default.remaining_rq"] == 0)
        requests.dec()
        #expect(requests.canCreate())
        #expect(store.values()["cluster.one.circuit_breakers.default.rq_open"] == 0)
        #expect(store.values()["cluster.one.circuit_breakers.default.remaining_rq"] == 1)
        #expect(manager.retries.tryAcquire())
        #expect(!manager.retries.tryAcquire())
        manager.retries.dec()
        #expect(manager.retries.tryAcquire())
    }

    @Test func aReleaseWithoutATakeStaysAtZero() {
        let limit = ResourceLimit(max: 1)
        limit.dec()
        #expect(limit.count == 0)
        #expect(limit.canCreate())
        #expect(limit.tryAcquire())
        #expect(limit.count == 1)
    }
}

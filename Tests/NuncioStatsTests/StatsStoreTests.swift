import Testing

@testable import NuncioStats

@Suite struct StatsStoreTests {
    @Test func counterIsSharedByName() {
        let store = StatsStore()
        store.counter("cluster.a.upstream_rq_total").inc()
        store.counter("cluster.a.upstream_rq_total").add(2)
        #expect(store.counter("cluster.a.upstream_rq_total").value == 3)
        store.resetCounters()
        #expect(store.counter("cluster.a.upstream_rq_total").value == 0)
    }
}

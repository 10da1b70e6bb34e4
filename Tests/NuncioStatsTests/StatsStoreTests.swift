import Dispatch
import Testing

@testable import NuncioStats

@Suite struct StatsStoreTests {
    @Test func getOrCreateReturnsTheSameObject() {
        let store = StatsStore()
        #expect(store.counter("a") === store.counter("a"))
        #expect(store.gauge("a") === store.gauge("a"))
        #expect(store.histogram("a") === store.histogram("a"))
        #expect(store.counter("a") !== store.counter("b"))
    }

    @Test func firstGaugeImportModeAndHistogramUnitWin() {
        let store = StatsStore()
        _ = store.gauge("g", importMode: .neverImport)
        #expect(store.gauge("g").importMode == .neverImport)
        _ = store.histogram("h", unit: .bytes)
        #expect(store.histogram("h", unit: .percent).unit == .bytes)
    }

    @Test func countersAndGaugesCountAndTrackUse() {
        let store = StatsStore()
        let counter = store.counter("c")
        let gauge = store.gauge("g")
        #expect(!counter.used && !gauge.used)
        counter.inc()
        counter.add(41)
        gauge.add(10)
        gauge.sub(3)
        gauge.inc()
        gauge.dec()
        gauge.dec()
        #expect(counter.value == 42 && counter.used)
        #expect(gauge.value == 6 && gauge.used)
        gauge.set(0)
        #expect(gauge.value == 0 && gauge.used)
    }

    @Test func valuesListsCountersAndGauges() {
        let store = StatsStore()
        store.counter("c").add(2)
        store.gauge("g").set(3)
        store.histogram("h").record(4)
        #expect(store.values() == ["c": 2, "g": 3])
        #expect(store.histogram("h").sampleCount == 1)
    }

    @Test func resetCountersZeroesCountersOnly() {
        let store = StatsStore()
        store.counter("c").add(5)
        store.gauge("g").set(7)
        store.histogram("h").record(3)
        store.flushHistograms()
        store.resetCounters()
        #expect(store.counter("c").value == 0)
        #expect(store.counter("c").used)
        #expect(store.gauge("g").value == 7)
        #expect(store.snapshot().histograms[0].cumulative.sampleCount == 1)
    }

    @Test func removedStatsAreNoLongerListed() {
        let store = StatsStore()
        let removed = store.counter("cluster.service3.upstream_rq_total")
        store.counter("cluster.service1.upstream_rq_total").inc()
        store.gauge("cluster.service3.upstream_cx_active").set(1)
        store.histogram("cluster.service3.upstream_rq_time").record(1)
        store.removeStats(withPrefix: "cluster.service3.")
        removed.inc()  // a holder of a removed stat keeps working
        let snapshot = store.snapshot()
        #expect(snapshot.counters.map(\.name) == ["cluster.service1.upstream_rq_total"])
        #expect(snapshot.gauges.isEmpty && snapshot.histograms.isEmpty)
        #expect(store.counter("cluster.service3.upstream_rq_total") !== removed)
    }

    @Test func snapshotIsSortedByBytes() {
        let store = StatsStore()
        for name in ["cluster_manager.cluster_added", "cluster.service1.x", "http1.x", "http.admin.x", "Z"] {
            store.counter(name).inc()
        }
        #expect(
            store.snapshot().counters.map(\.name)
                == ["Z", "cluster.service1.x", "cluster_manager.cluster_added", "http.admin.x", "http1.x"]
        )
    }

    /// Several threads hammer one counter, one gauge and one histogram: no increment is lost.
    @Test func concurrentRecordingLosesNothing() {
        let store = StatsStore()
        let threads = 4
        let perThread = 50_000
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let counter = store.counter("c")
            let gauge = store.gauge("g")
            let histogram = store.histogram("h")
            for index in 0..<perThread {
                counter.inc()
                gauge.inc()
                histogram.record(UInt64(index % 100 + thread))
            }
        }
        store.flushHistograms()
        let snapshot = store.snapshot()
        #expect(snapshot.counters[0].value == UInt64(threads * perThread))
        #expect(snapshot.gauges[0].value == UInt64(threads * perThread))
        #expect(snapshot.histograms[0].cumulative.sampleCount == UInt64(threads * perThread))
    }

    /// Get-or-create from several threads at once hands every caller the same object.
    @Test func concurrentGetOrCreateAgrees() {
        let store = StatsStore()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for index in 0..<200 {
                store.counter("c\(index)").inc()
            }
        }
        let counters = store.snapshot().counters
        #expect(counters.count == 200)
        #expect(counters.allSatisfy { $0.value == 8 })
    }
}

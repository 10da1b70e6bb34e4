import Testing

@testable import NuncioStats

/// The renderers against Envoy 1.40's own output for the same stats (see `Captures/`), byte for byte.
@Suite struct EnvoyCaptureTests {
    @Test func textMatchesStats() {
        let snapshot = CaptureStore.make().snapshot()
        expectSameLines(TextStatsRenderer.render(snapshot), CaptureBodies.stats)
    }

    @Test func jsonMatchesStatsFormatJSON() {
        let snapshot = CaptureStore.make(values: CaptureScenario.valuesInJSONCapture).snapshot()
        expectSameLines(JSONStatsRenderer.render(snapshot), CaptureBodies.json)
    }

    @Test func prometheusMatchesStatsPrometheus() {
        let snapshot = CaptureStore.make(values: CaptureScenario.valuesInPrometheusCapture).snapshot()
        expectSameLines(PrometheusStatsRenderer.render(snapshot), CaptureBodies.prometheus)
    }

    @Test func textFilter() throws {
        let query = StatsQuery(filter: try StatsFilter("service1"))
        expectSameLines(
            TextStatsRenderer.render(CaptureStore.make().snapshot(), query: query),
            CaptureBodies.filterService1
        )
    }

    @Test func textUsedOnly() {
        let snapshot = CaptureStore.make(values: CaptureScenario.valuesInUsedOnlyCapture).snapshot()
        expectSameLines(TextStatsRenderer.render(snapshot, query: StatsQuery(usedOnly: true)), CaptureBodies.usedOnly)
    }

    @Test func textHistogramsUsedOnly() {
        let query = StatsQuery(usedOnly: true, type: .histograms)
        expectSameLines(
            TextStatsRenderer.render(CaptureStore.make().snapshot(), query: query),
            CaptureBodies.histogramsUsedOnly
        )
    }

    @Test func textCumulativeBuckets() throws {
        let query = StatsQuery(filter: try StatsFilter("upstream_rq_time"), histogramBuckets: .cumulative)
        expectSameLines(
            TextStatsRenderer.render(CaptureStore.make().snapshot(), query: query),
            CaptureBodies.upstreamRqTimeCumulativeBuckets
        )
    }

    @Test func prometheusFilterUsedOnly() throws {
        let query = StatsQuery(filter: try StatsFilter("cluster.service1.upstream_rq"), usedOnly: true)
        expectSameLines(
            PrometheusStatsRenderer.render(CaptureStore.make().snapshot(), query: query),
            CaptureBodies.prometheusUpstreamRqUsedOnly
        )
    }
}

extension EnvoyCaptureTests {
    /// After `POST /reset_counters`: counters read 0, gauges keep their value, histograms are untouched, and a
    /// histogram whose last interval saw no sample prints 0 for it.
    @Test func resetCountersThenFilter() throws {
        let store = CaptureStore.make()
        // Later traffic in the capture run: upstream_rq_time ends with 13 × 0, 5 × 1, 12 and 14 ms.
        let rqTime = store.histogram("cluster.service1.upstream_rq_time")
        for value: UInt64 in [0, 0, 0, 0, 1, 1, 12, 14] {
            rqTime.record(value)
        }
        store.flushHistograms()
        store.flushHistograms()
        store.resetCounters()
        let query = StatsQuery(filter: try StatsFilter("cluster.service1.upstream_rq"))
        expectSameLines(
            TextStatsRenderer.render(store.snapshot(), query: query),
            CaptureBodies.upstreamRqAfterResetCounters
        )
    }
}

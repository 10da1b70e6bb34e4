import Testing

@testable import NuncioStats

/// Query options beyond what the captures exercise.
@Suite struct RendererOptionTests {
    private func store() -> StatsStore {
        let store = StatsStore()
        store.counter("cluster.service1.upstream_rq_total").add(3)
        _ = store.counter("cluster.service1.upstream_rq_retry")
        store.gauge("cluster.service1.upstream_cx_active").set(2)
        let histogram = store.histogram("cluster.service1.upstream_rq_time")
        for value: UInt64 in [0, 1, 1, 7, 30] {
            histogram.record(value)
        }
        _ = store.histogram("cluster.service1.upstream_cx_length_ms")
        store.flushHistograms()
        return store
    }

    @Test func typeSelectsOneKind() {
        let snapshot = store().snapshot()
        #expect(
            TextStatsRenderer.render(snapshot, query: StatsQuery(type: .counters))
                == "cluster.service1.upstream_rq_retry: 0\ncluster.service1.upstream_rq_total: 3\n"
        )
        #expect(
            TextStatsRenderer.render(snapshot, query: StatsQuery(type: .gauges))
                == "cluster.service1.upstream_cx_active: 2\n"
        )
        #expect(TextStatsRenderer.render(snapshot, query: StatsQuery(type: .textReadouts)) == "")
        #expect(JSONStatsRenderer.render(snapshot, query: StatsQuery(type: .textReadouts)) == "{\"stats\":[]}")
    }

    @Test func disjointBucketsCountEachRange() {
        let query = StatsQuery(usedOnly: true, type: .histograms, histogramBuckets: .disjoint)
        #expect(
            TextStatsRenderer.render(store().snapshot(), query: query)
                == "cluster.service1.upstream_rq_time: B0.5(1,1) B1(2,2) B5(0,0) B10(1,1) B25(0,0) B50(1,1)"
                + " B100(0,0) B250(0,0) B500(0,0) B1000(0,0) B2500(0,0) B5000(0,0) B10000(0,0) B30000(0,0)"
                + " B60000(0,0) B300000(0,0) B600000(0,0) B1.8e+06(0,0) B3.6e+06(0,0)\n"
        )
    }

    @Test func unusedHistogramIsNoRecordedValuesInEveryBucketMode() {
        let filter = try! StatsFilter("cx_length")
        for mode in StatsQuery.HistogramBuckets.allCases {
            let query = StatsQuery(filter: filter, histogramBuckets: mode)
            #expect(
                TextStatsRenderer.render(store().snapshot(), query: query)
                    == "cluster.service1.upstream_cx_length_ms: No recorded values\n"
            )
        }
    }

    @Test func jsonBucketsForm() throws {
        let query = StatsQuery(filter: try StatsFilter("rq_time"), histogramBuckets: .cumulative)
        let json = JSONStatsRenderer.render(store().snapshot(), query: query)
        #expect(
            json.hasPrefix(
                "{\"stats\":[{\"histograms\":[{\"name\":\"cluster.service1.upstream_rq_time\",\"buckets\":["
                    + "{\"upper_bound\":0.5,\"interval\":1,\"cumulative\":1},"
                    + "{\"upper_bound\":1,\"interval\":3,\"cumulative\":3},"
            )
        )
        #expect(json.hasSuffix("{\"upper_bound\":3600000,\"interval\":5,\"cumulative\":5}]}]}]}"))
    }

    @Test func detailedListsEveryBin() throws {
        let snapshot = store().snapshot()
        let query = StatsQuery(filter: try StatsFilter("rq_time"), histogramBuckets: .detailed)
        #expect(
            TextStatsRenderer.render(snapshot, query: query)
                == "cluster.service1.upstream_rq_time:\n"
                + "  totals=0,0:1, 1,0.1:2, 7,0.1:1, 30,1:1\n"
                + "  intervals=0,0:1, 1,0.1:2, 7,0.1:1, 30,1:1\n"
                + "  summary=P0(0,0) P25(1.0333333333333334,1.0333333333333334) P50(1.0666666666666667,"
                + "1.0666666666666667) P75(7.05,7.05) P90(30.5,30.5) P95(30.5,30.5) P99(30.5,30.5)"
                + " P99.5(30.5,30.5) P99.9(30.5,30.5) P100(30.5,30.5)\n"
        )
        let json = JSONStatsRenderer.render(snapshot, query: query)
        #expect(
            json.hasPrefix(
                "{\"stats\":[{\"histograms\":{\"supported_percentiles\":[0,25,50,75,90,95,99,99.5,99.9,100],"
                    + "\"details\":[{\"name\":\"cluster.service1.upstream_rq_time\",\"totals\":["
                    + "{\"lower_bound\":0,\"width\":0,\"count\":1},{\"lower_bound\":1,\"width\":0.1,\"count\":2},"
            )
        )
        #expect(json.hasSuffix("{\"cumulative\":30.5,\"interval\":30.5}]}]}}]}"))
    }

    @Test func jsonWithoutHistogramsHasNoHistogramElement() {
        let query = StatsQuery(type: .gauges)
        #expect(
            JSONStatsRenderer.render(store().snapshot(), query: query)
                == "{\"stats\":[{\"name\":\"cluster.service1.upstream_cx_active\",\"value\":2}]}"
        )
    }

    @Test func emptyStoreRendersEmpty() {
        let snapshot = StatsStore().snapshot()
        #expect(TextStatsRenderer.render(snapshot).isEmpty)
        #expect(JSONStatsRenderer.render(snapshot) == "{\"stats\":[]}")
        #expect(PrometheusStatsRenderer.render(snapshot).isEmpty)
    }

    @Test func filterIsARegularExpressionSearchedAnywhere() throws {
        let query = StatsQuery(filter: try StatsFilter("rq_(total|retry)$"), type: .counters)
        #expect(
            TextStatsRenderer.render(store().snapshot(), query: query)
                == "cluster.service1.upstream_rq_retry: 0\ncluster.service1.upstream_rq_total: 3\n"
        )
        #expect(throws: StatsFilter.InvalidPattern.self) { try StatsFilter("(unclosed") }
    }

    @Test func prometheusUsedOnlyDropsUnwrittenStats() {
        let output = PrometheusStatsRenderer.render(store().snapshot(), query: StatsQuery(usedOnly: true))
        #expect(!output.contains("upstream_rq_retry"))
        #expect(!output.contains("upstream_cx_length_ms"))
        #expect(output.contains("envoy_cluster_upstream_rq_time_count{envoy_cluster_name=\"service1\"} 5\n"))
    }

    @Test func numbersAreSpelledLikeFmt() {
        #expect(NumberFormatting.shortest(0) == "0")
        #expect(NumberFormatting.shortest(1_800_000) == "1800000")
        #expect(NumberFormatting.shortest(99.5) == "99.5")
        #expect(NumberFormatting.shortest(1e16) == "1e+16")
        #expect(NumberFormatting.general(1_800_000) == "1.8e+06")
        #expect(NumberFormatting.general(300_000) == "300000")
        #expect(NumberFormatting.long(0) == "0")
    }
}

import Testing

@testable import NuncioStats

@Suite struct HistogramStatisticsTests {
    private func statistics(_ samples: [(value: UInt64, count: Int)], unit: HistogramUnit = .milliseconds)
        -> HistogramStatistics
    {
        let store = StatsStore()
        let histogram = store.histogram("h", unit: unit)
        for (value, count) in samples {
            for _ in 0..<count {
                histogram.record(value)
            }
        }
        store.flushHistograms()
        return store.snapshot().histograms[0].cumulative
    }

    /// `http.ingress_http.downstream_cx_length_ms` in the capture: 12 connections of 1 ms and 6 of 2 ms.
    @Test func quantilesSpreadSamplesEvenlyInsideTheirBin() {
        let computed = statistics([(1, 12), (2, 6)])
        #expect(
            computed.quantiles == [
                1.0076923076923077, 1.0384615384615385, 1.0692307692307692, 2.0285714285714285,
                2.0714285714285716, 2.085714285714286, 2.085714285714286, 2.085714285714286,
                2.085714285714286, 2.085714285714286,
            ]
        )
        #expect(computed.sampleCount == 18)
        #expect(NumberFormatting.long(computed.sampleSum) == "24.86411149825784150380059145391")
    }

    /// `server.initialization_time_ms`: one sample of 13 ms is 13.5 at every quantile.
    @Test func singleSampleIsItsBinMiddle() {
        let computed = statistics([(13, 1)])
        #expect(computed.quantiles == Array(repeating: 13.5, count: 10))
        #expect(NumberFormatting.long(computed.sampleSum) == "13.481481481481480955153529066592")
    }

    /// `cluster.service1.upstream_rq_time`: 9 requests under 1 ms and 3 of 1 ms.
    @Test func zeroSamplesReadZero() {
        let computed = statistics([(0, 9), (1, 3)])
        #expect(computed.quantiles == [0, 0, 0, 0, 1.05, 1.075, 1.075, 1.075, 1.075, 1.075])
        #expect(computed.bucketCounts.prefix(3) == [9, 12, 12])
        #expect(NumberFormatting.long(computed.sampleSum) == "3.1428571428571432377907513000537")
    }

    /// A bucket counts whole bins: 3 650 000 shares the bin [3 600 000, 3 700 000) and counts as `le="3600000"`.
    @Test func bucketsCountSamplesAtOrBelowTheBound() {
        let computed = statistics([(0, 1), (1, 1), (5, 1), (6, 1), (3_650_000, 1), (3_700_000, 1)])
        #expect(computed.bucketCounts == [1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5])
        #expect(computed.sampleCount == 6)
    }

    @Test func percentSamplesAreScaledBack() {
        // Envoy records 50 % as 500 000.
        let computed = statistics([(500_000, 1)], unit: .percent)
        #expect(computed.quantiles[0] == 0.505)
    }

    @Test func intervalIsSinceTheLastFlush() {
        let store = StatsStore()
        let histogram = store.histogram("h")
        histogram.record(1)
        store.flushHistograms()
        histogram.record(7)
        histogram.record(7)
        store.flushHistograms()
        let sample = store.snapshot().histograms[0]
        #expect(sample.interval.sampleCount == 2)
        #expect(sample.interval.quantiles[0] == 7.033333333333333)
        #expect(sample.cumulative.sampleCount == 3)
        #expect(sample.cumulative.quantiles[0] == 1.05)
        store.flushHistograms()
        let quiet = store.snapshot().histograms[0]
        #expect(quiet.interval == .empty)
        #expect(quiet.cumulative.sampleCount == 3)
    }

    @Test func histogramsShowNothingBeforeTheFirstFlush() {
        let store = StatsStore()
        store.histogram("h").record(3)
        let sample = store.snapshot().histograms[0]
        #expect(!sample.used)
        #expect(TextStatsRenderer.render(store.snapshot()) == "h: No recorded values\n")
    }

    @Test func hugeSamplesDoNotTrap() {
        let computed = statistics([(.max, 2)])
        #expect(computed.sampleCount == 2)
        #expect(computed.quantiles[9] > 1.8e19)
    }
}

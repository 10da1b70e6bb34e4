import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioStats

/// `stats_flush_interval`: how often histograms are flushed, which is when their summaries (what `/stats` prints)
/// take in new samples.
@Suite struct StatsFlushIntervalTests {
    @Test(arguments: [("0.3s", true), ("60s", false)])
    func histogramsFlushAtTheInterval(interval: String, flushed: Bool) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: ClusterFieldTests.routes)
            + "stats_flush_interval: \(interval)\n")
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        let histogram = harness.server.stats.histogram("http.ingress_http.downstream_rq_time")
        #expect(waitUntil(seconds: flushed ? 10 : 1.5) { histogram.statistics().used } == flushed)
    }
}

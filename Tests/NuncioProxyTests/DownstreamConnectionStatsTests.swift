import Foundation
import NuncioTestSupport
import Testing

/// The connection manager's connection counters as Envoy counts them: bytes each way, who closed a connection and
/// whether a request was still active then. Observed on Nuncio and, where `ENVOY_BIN` is set, equal to real
/// Envoy's on the same traffic.
@Suite struct DownstreamConnectionStatsTests {
    private static let names = [
        "downstream_cx_destroy_local", "downstream_cx_destroy_remote", "downstream_cx_destroy_active_rq",
        "downstream_cx_destroy_local_active_rq", "downstream_cx_destroy_remote_active_rq",
        "downstream_cx_rx_bytes_total",
    ]

    private static func yaml(_ harness: ProxyHarness) -> String {
        ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne)
    }

    /// A client that closes after two keep-alive requests, one that asks the proxy to close, and one that leaves
    /// with its request in flight.
    private static func traffic(port: Int, stats: () -> [String: UInt64]) throws {
        let keepAlive = try RawHTTPClient(port: port)
        for _ in 0..<2 {
            keepAlive.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = keepAlive.readResponse()
        }
        keepAlive.close()
        let closing = try RawHTTPClient(port: port)
        closing.send("GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        _ = closing.readResponse()
        _ = closing.waitForClose()
        closing.close()
        let leaving = try RawHTTPClient(port: port)
        leaving.send("GET /delay/1500 HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = waitUntil(seconds: 5) { (stats()["http.ingress_http.downstream_rq_active"] ?? 0) == 1 }
        leaving.close()
        _ = waitUntil(seconds: 5) { (stats()["http.ingress_http.downstream_cx_destroy"] ?? 0) == 3 }
    }

    private static func values(_ stats: [String: UInt64]) -> [String: UInt64] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, stats["http.ingress_http." + $0] ?? 0) })
    }

    @Test func countsAsEnvoyCounts() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        try harness.start(yaml: Self.yaml(harness))
        defer { harness.stop() }
        try Self.traffic(port: harness.port) { harness.server.stats.values() }
        let got = Self.values(harness.server.stats.values())
        #expect(got["downstream_cx_destroy_local"] == 1)
        #expect(got["downstream_cx_destroy_remote"] == 2)
        #expect(got["downstream_cx_destroy_active_rq"] == 1)
        #expect(got["downstream_cx_destroy_remote_active_rq"] == 1)
        #expect(got["downstream_cx_destroy_local_active_rq"] == 0)
        // Every byte the three clients sent.
        let sent = 2 * "GET /a HTTP/1.1\r\nHost: x\r\n\r\n".utf8.count
            + "GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8.count
            + "GET /delay/1500 HTTP/1.1\r\nHost: x\r\n\r\n".utf8.count
        #expect(got["downstream_cx_rx_bytes_total"] == UInt64(sent))
        #expect(harness.stat("http.ingress_http.downstream_cx_tx_bytes_total") > 500)
    }

    @Test(.enabled(if: RealEnvoy.available, "ENVOY_BIN is not set"))
    func sameAsRealEnvoy() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = Self.yaml(harness)
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        try Self.traffic(port: envoy.port) { (try? envoy.stats()) ?? [:] }
        try Self.traffic(port: harness.port) { harness.server.stats.values() }
        #expect(Self.values(harness.server.stats.values()) == Self.values(try envoy.stats()))
    }
}

import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The `max_connections` circuit breaker as Envoy's connection pools apply it, and the `circuit_breakers.*` gauges.
@Suite struct ConnectionCircuitBreakerTests {
    static let routes = """
                      - name: default
                        domains: ["*"]
                        routes:
                        - match: { prefix: "/" }
                          route: { cluster: one, timeout: 0s }
        """

    static func yaml(_ harness: ProxyHarness, breakers: String) -> String {
        let endpoints = ["a", "b"].map(harness.endpoint).joined(separator: "\n")
        return ProxyHarness.config(clusters: [("one", endpoints, breakers)], routes: routes)
    }

    static let oneConnection = """
            circuit_breakers:
              thresholds:
              - { max_connections: 1 }
        """

    /// With the cluster's only connection held by a slow request to `a`, a request round-robined to `b` finds its
    /// pool empty: Envoy opens one anyway (counting `upstream_cx_overflow`) rather than queue it with no way out.
    static func requestToTheOtherHost(port: Int, stat: (String) -> UInt64) throws -> (status: Int?, overflow: UInt64) {
        let slow = Thread { _ = try? RawHTTPClient.get(port: port, path: "/delay/4000") }
        slow.start()
        _ = waitUntil { stat("cluster.one.upstream_rq_active") == 1 }
        let response = try? RawHTTPClient.get(port: port, path: "/fast")
        return (response?.status, stat("cluster.one.upstream_cx_overflow"))
    }

    @Test func aPoolWithNoConnectionOpensOnePastTheLimit() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        try harness.start(yaml: Self.yaml(harness, breakers: Self.oneConnection))
        let (status, overflow) = try Self.requestToTheOtherHost(port: harness.port, stat: harness.stat)
        #expect(status == 200)
        #expect(overflow == 1)
        #expect(harness.upstreams["b"]!.requestCount == 1)
        #expect(harness.stat("cluster.one.circuit_breakers.default.cx_open") == 1)
    }

    @Test(.enabled(if: RealEnvoy.binary != nil, "needs ENVOY_BIN"))
    func realEnvoyOpensOnePastTheLimitToo() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        let envoy = try RealEnvoy(yaml: Self.yaml(harness, breakers: Self.oneConnection))
        defer { envoy.stop() }
        let (status, overflow) = try Self.requestToTheOtherHost(port: envoy.port, stat: envoy.stat)
        #expect(status == 200)
        #expect(overflow == 1)
        #expect(envoy.stat("cluster.one.circuit_breakers.default.cx_open") == 1)
    }

    /// `track_remaining` publishes how many of each resource are left; without it those gauges are absent.
    @Test func trackRemainingPublishesTheRemainingGauges() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        try harness.start(yaml: Self.yaml(harness, breakers: """
                circuit_breakers:
                  thresholds:
                  - { max_connections: 3, max_retries: 2, track_remaining: true }
            """))
        let prefix = "cluster.one.circuit_breakers.default."
        #expect(harness.stat(prefix + "remaining_cx") == 3)
        #expect(harness.stat(prefix + "remaining_retries") == 2)
        #expect(harness.stat(prefix + "remaining_rq") == 1024)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        // The keep-alive connection to `a` stays open and holds one.
        #expect(waitUntil { harness.stat(prefix + "remaining_cx") == 2 })
        #expect(harness.stat(prefix + "cx_open") == 0)
    }

    @Test func withoutTrackRemainingThereAreNoRemainingGauges() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        try harness.start(yaml: Self.yaml(harness, breakers: Self.oneConnection))
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        let names = harness.server.stats.values().keys
        #expect(!names.contains { $0.hasPrefix("cluster.one.circuit_breakers.default.remaining") })
        #expect(names.contains("cluster.one.circuit_breakers.default.cx_open"))
    }
}

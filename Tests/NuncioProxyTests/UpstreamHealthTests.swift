import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Active health checks, outlier detection and circuit breakers, each seen in `/clusters` flags and in traffic.
@Suite struct UpstreamHealthTests {
    static func harness(clusterExtra: String) throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a", "b", "c"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """
        let endpoints = ["a", "b", "c"].map(harness.endpoint).joined(separator: "\n")
        try harness.start(yaml: ProxyHarness.config(clusters: [("one", endpoints, clusterExtra)], routes: routes))
        return harness
    }

    static func servers(_ harness: ProxyHarness, count: Int, path: String = "/x") throws -> [String] {
        try (0..<count).map { _ in
            ProxyHarness.echo(try RawHTTPClient.get(port: harness.port, path: path).body)["server"] as? String ?? "?"
        }
    }

    @Test func activeHealthCheckTakesAHostOutAndBack() throws {
        let harness = try Self.harness(clusterExtra: """
                health_checks:
                - timeout: 0.5s
                  interval: 0.1s
                  no_traffic_interval: 0.1s
                  unhealthy_threshold: 2
                  healthy_threshold: 1
                  http_health_check: { path: /healthz }
            """)
        defer { harness.stop() }
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        #expect(cluster.hosts.hosts.allSatisfy { $0.isHealthy })
        harness.upstreams["b"]!.healthStatus = 503
        let b = cluster.hosts.hosts[1]
        #expect(waitUntil { b.healthFlags.contains(.failedActiveHealthCheck) })
        #expect(b.healthFlags.description == "/failed_active_hc")
        #expect(Set(try Self.servers(harness, count: 6)) == ["a", "c"])
        harness.upstreams["b"]!.healthStatus = 200
        #expect(waitUntil { b.isHealthy })
        #expect(Set(try Self.servers(harness, count: 6)) == ["a", "b", "c"])
        // An unexpected status ejects at once (Envoy ignores unhealthy_threshold for it): one failure or more.
        #expect(harness.stat("cluster.one.health_check.failure") >= 1)
    }

    @Test func consecutive5xxEjectsTheHost() throws {
        let harness = try Self.harness(clusterExtra: """
                outlier_detection:
                  consecutive_5xx: 3
                  interval: 0.2s
                  base_ejection_time: 30s
                  max_ejection_percent: 50
            """)
        defer { harness.stop() }
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        // Every third request lands on b; make b fail three times in a row.
        harness.upstreams["b"]!.stop()
        for _ in 0..<9 { _ = try RawHTTPClient.get(port: harness.port, path: "/x") }
        let b = cluster.hosts.hosts[1]
        #expect(b.healthFlags.contains(.failedOutlierCheck))
        #expect(harness.stat("cluster.one.outlier_detection.ejections_enforced_consecutive_5xx") == 1)
        #expect(harness.stat("cluster.one.outlier_detection.ejections_active") == 1)
        #expect(Set(try Self.servers(harness, count: 6)) == ["a", "c"])
    }

    @Test func maxRequestsOverflowsWithUO() throws {
        let harness = try Self.harness(clusterExtra: """
                circuit_breakers:
                  thresholds:
                  - { max_requests: 1 }
            """)
        defer { harness.stop() }
        let slow = Thread { _ = try? RawHTTPClient.get(port: harness.port, path: "/delay/1500") }
        slow.start()
        #expect(waitUntil { harness.stat("cluster.one.upstream_rq_active") == 1 })
        let response = try RawHTTPClient.get(port: harness.port, path: "/x")
        #expect(response.status == 503)
        #expect(response.body
            == "upstream connect error or disconnect/reset before headers. reset reason: overflow")
        #expect(harness.stat("cluster.one.upstream_rq_pending_overflow") == 1)
    }
}

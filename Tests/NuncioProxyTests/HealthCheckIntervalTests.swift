import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Envoy's health-check intervals and thresholds, observed in `health_check.*` stats on nuncio and, when
/// `ENVOY_BIN` is set, on a real Envoy with the same config and upstream.
@Suite(.serialized) struct HealthCheckIntervalTests {
    static let routes = ProxyHarness.routesToOne

    /// One host `a` checked with `check` (YAML under `health_checks: - `); `body` runs against nuncio, then Envoy.
    static func onBoth(_ check: String, _ body: (String, ProxyHarness, Int, (String) -> UInt64) throws -> Void)
        throws
    {
        let extra = "    health_checks:\n    - " + check.split(separator: "\n").joined(separator: "\n      ")
        for proxy in RealEnvoy.binary == nil ? ["nuncio"] : ["nuncio", "envoy"] {
            let harness = ProxyHarness()
            defer { harness.stop() }
            try harness.addUpstreams(["a"])
            let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), extra)], routes: routes)
            if proxy == "nuncio" {
                try harness.start(yaml: yaml)
                try body(proxy, harness, harness.port, harness.stat)
            } else {
                let envoy = try RealEnvoy(yaml: yaml)
                defer { envoy.stop() }
                try body(proxy, harness, envoy.port, envoy.stat)
            }
        }
    }

    static let prefix = "cluster.one.health_check."

    /// An unexpected status makes the host unhealthy at once, whatever `unhealthy_threshold` says.
    @Test func anUnexpectedStatusIgnoresTheThreshold() throws {
        try Self.onBoth("""
            { timeout: 1s, interval: 0.1s, no_traffic_interval: 0.1s, unhealthy_threshold: 5, healthy_threshold: 1,
              http_health_check: { path: /healthz } }
            """) { proxy, harness, _, stat in
            #expect(waitUntil { stat(Self.prefix + "healthy") == 1 }, "\(proxy)")
            harness.upstreams["a"]!.healthStatus = 503
            #expect(waitUntil { stat(Self.prefix + "healthy") == 0 }, "\(proxy)")
            #expect(stat(Self.prefix + "failure") <= 2, "\(proxy)")
        }
    }

    /// Network failures count towards the threshold, and while the change is pending the next check waits
    /// `unhealthy_edge_interval` (5 s here) instead of `interval`.
    @Test func aPendingFailureWaitsTheUnhealthyEdgeInterval() throws {
        try Self.onBoth("""
            { timeout: 1s, interval: 0.1s, no_traffic_interval: 0.1s, unhealthy_edge_interval: 5s,
              unhealthy_threshold: 2, healthy_threshold: 1, http_health_check: { path: /healthz } }
            """) { proxy, harness, port, stat in
            #expect(waitUntil { stat(Self.prefix + "healthy") == 1 }, "\(proxy)")
            // Traffic first: without it `no_traffic_interval` applies to every check.
            let status = try RawHTTPClient.get(port: port, path: "/x").status
            #expect(status == 200, "\(proxy)")
            usleep(300_000)
            harness.upstreams["a"]!.stop()
            #expect(waitUntil { stat(Self.prefix + "network_failure") == 1 }, "\(proxy)")
            usleep(1_500_000)
            #expect(stat(Self.prefix + "network_failure") == 1, "\(proxy)")
            #expect(stat(Self.prefix + "healthy") == 1, "\(proxy)")
        }
    }

    /// While a host is unhealthy and a pass is pending `healthy_threshold`, the next check waits
    /// `healthy_edge_interval`; an unhealthy host otherwise is checked every `unhealthy_interval`.
    @Test func aPendingPassWaitsTheHealthyEdgeInterval() throws {
        try Self.onBoth("""
            { timeout: 1s, interval: 0.1s, no_traffic_interval: 0.1s, unhealthy_interval: 0.1s,
              healthy_edge_interval: 5s, unhealthy_threshold: 1, healthy_threshold: 3,
              http_health_check: { path: /healthz } }
            """) { proxy, harness, port, stat in
            // Traffic first: the traffic intervals apply from then on.
            let status = try RawHTTPClient.get(port: port, path: "/x").status
            #expect(status == 200, "\(proxy)")
            harness.upstreams["a"]!.healthStatus = 503
            #expect(waitUntil { stat(Self.prefix + "healthy") == 0 }, "\(proxy)")
            let failures = stat(Self.prefix + "failure")
            #expect(waitUntil { stat(Self.prefix + "failure") >= failures + 3 }, "\(proxy): unhealthy_interval")
            harness.upstreams["a"]!.healthStatus = 200
            let successes = stat(Self.prefix + "success")
            #expect(waitUntil { stat(Self.prefix + "success") == successes + 1 }, "\(proxy)")
            usleep(1_500_000)
            #expect(stat(Self.prefix + "success") == successes + 1, "\(proxy)")
            #expect(stat(Self.prefix + "healthy") == 0, "\(proxy)")
        }
    }

    /// Until the cluster has traffic, checks run every `no_traffic_interval` even when it is shorter than
    /// `interval`; after traffic, every `interval`.
    @Test func noTrafficIntervalUntilTraffic() throws {
        try Self.onBoth("""
            { timeout: 1s, interval: 5s, no_traffic_interval: 0.1s, unhealthy_threshold: 1, healthy_threshold: 1,
              http_health_check: { path: /healthz } }
            """) { proxy, _, port, stat in
            #expect(waitUntil { stat(Self.prefix + "attempt") >= 4 }, "\(proxy)")
            let status = try RawHTTPClient.get(port: port, path: "/x").status
            #expect(status == 200, "\(proxy)")
            usleep(300_000)
            let attempts = stat(Self.prefix + "attempt")
            usleep(1_500_000)
            #expect(stat(Self.prefix + "attempt") <= attempts + 1, "\(proxy)")
        }
    }

    /// The interval arithmetic alone: `no_traffic_healthy_interval` for a healthy host before traffic, and
    /// `interval_jitter_percent` adding up to that share of the base.
    @Test func noTrafficHealthyIntervalAndJitterPercent() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        try harness.start(yaml: ProxyHarness.config(clusters: [("one", harness.endpoint("a"), """
                health_checks:
                - { timeout: 1s, interval: 1s, no_traffic_interval: 2s, no_traffic_healthy_interval: 7s,
                    interval_jitter_percent: 50, unhealthy_threshold: 1, healthy_threshold: 1, tcp_health_check: {} }
            """)], routes: Self.routes))
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        let config = try #require(cluster.config.healthChecks.first)
        let checker = HealthChecker(config: config, cluster: cluster, loop: harness.group.next(),
            store: harness.server.stats, log: harness.server.log)
        let healthy = (0..<40).map { _ in checker.interval(passed: true, .unchanged).nanoseconds }
        #expect(healthy.allSatisfy { (7_000_000_000..<10_500_000_000).contains($0) })
        #expect(healthy.contains { $0 > 7_000_000_000 })
        let failing = checker.interval(passed: false, .unchanged).nanoseconds
        #expect((2_000_000_000..<3_000_000_000).contains(failing))
    }
}

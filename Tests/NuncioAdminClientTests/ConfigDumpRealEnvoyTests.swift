import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioAdminClient

/// `HTTPAdminSource` against a live Envoy, when `ENVOY_BIN` names its binary: the snapshot brings the whole
/// `/config_dump` read into the Routes model and the cluster details (health checks, outlier detection), the gauge
/// names, and the circuit breakers' limits.
@Suite(.enabled(if: RealEnvoy.available), .serialized)
struct ConfigDumpRealEnvoyTests {
    static let checks = """
            health_checks:
            - timeout: 1s
              interval: 2s
              unhealthy_threshold: 3
              healthy_threshold: 1
              http_health_check: { path: /healthz }
            outlier_detection: { consecutive_5xx: 7 }
        """

    @Test func snapshotCarriesRoutesClusterDetailsAndGauges() async throws {
        let yaml = ProxyHarness.config(
            clusters: [
                ("one", RouteKindsConfig.endpoint(port: NuncioBinary.freePort()), Self.checks),
                ("two", RouteKindsConfig.endpoint(port: NuncioBinary.freePort()), ""),
            ], routes: RouteKindsConfig.virtualHosts)
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        let snapshot = try await HTTPAdminSource(url: "http://127.0.0.1:\(envoy.adminPort)").snapshot()
        let dump = try #require(snapshot.configDump)
        let listener = try #require(dump.routes.listeners.first)
        #expect(listener.address == "127.0.0.1:\(envoy.port)")
        let table = try #require(listener.routeConfigs.first)
        #expect(table.name == "local_route")
        #expect(table.statPrefix == "ingress_http")
        #expect(table.virtualHosts.map(\.name) == ["shop", "fallback"])
        #expect(table.virtualHosts[0].routes.map(\.match) == ["prefix /api/", "path /old", "prefix /canary"])
        #expect(table.virtualHosts[0].routes[1].action == .redirect("302 /new"))

        let one = try #require(dump.cluster(named: "one"))
        let summary = Dictionary(one.summary.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(summary["connect_timeout"] == "0.250s")
        #expect(summary["health_check"] == "http /healthz every 2s, timeout 1s, unhealthy 3, healthy 1")
        #expect(summary["outlier_detection"]?.hasPrefix("consecutive_5xx 7,") == true)
        #expect(one.jsonLines.contains { $0.contains("\"path\" : \"/healthz\"") })

        let gauges = try #require(snapshot.gaugeNames)
        #expect(gauges.contains("server.uptime"))
        #expect(gauges.contains("cluster.one.upstream_cx_active"))
        #expect(!gauges.contains("cluster.one.upstream_rq_total"))
        #expect(snapshot.clusters.cluster(named: "one")?.circuitBreakers?.defaultPriority?.maxConnections == 1024)
    }
}

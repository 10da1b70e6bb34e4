import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioAdminClient

/// A live Envoy's `/config_dump` into the Routes model, with every kind of action, when `ENVOY_BIN` names its
/// binary; and `HTTPAdminSource` bringing the dump and the gauge names along with a snapshot.
@Suite(.enabled(if: RealEnvoy.available), .serialized)
struct ConfigDumpRealEnvoyTests {
    static let manager =
        "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"

    static func config(port: Int) -> String {
        func cluster(_ name: String, _ backendPort: Int, extra: String = "") -> String {
            """
              - name: \(name)
                type: STATIC
                connect_timeout: 0.5s
                lb_policy: LEAST_REQUEST
            \(extra)
                load_assignment:
                  cluster_name: \(name)
                  endpoints:
                  - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: \(backendPort) } } }

            """
        }
        let checks = """
                health_checks:
                - timeout: 1s
                  interval: 2s
                  unhealthy_threshold: 3
                  healthy_threshold: 1
                  http_health_check: { path: /healthz }
                outlier_detection: { consecutive_5xx: 7 }
            """
        return """
            admin:
              address: { socket_address: { address: 127.0.0.1, port_value: 0 } }
            static_resources:
              listeners:
              - name: front
                address: { socket_address: { address: 127.0.0.1, port_value: \(port) } }
                filter_chains:
                - filters:
                  - name: envoy.filters.network.http_connection_manager
                    typed_config:
                      "@type": \(manager)
                      stat_prefix: front_http
                      route_config:
                        name: front_routes
                        virtual_hosts:
                        - name: shop
                          domains: ["shop.example", "www.shop.example"]
                          routes:
                          - match: { prefix: "/api/" }
                            route: { cluster: api, prefix_rewrite: "/" }
                          - match: { path: "/old" }
                            redirect: { path_redirect: "/new", response_code: TEMPORARY_REDIRECT }
                          - match: { prefix: "/canary" }
                            route:
                              weighted_clusters:
                                clusters: [{ name: api, weight: 90 }, { name: web, weight: 10 }]
                        - name: fallback
                          domains: ["*"]
                          routes:
                          - match: { prefix: "/" }
                            direct_response: { status: 404, body: { inline_string: "no such site" } }
                      http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
              clusters:
            \(cluster("api", NuncioBinary.freePort(), extra: checks))\(cluster("web", NuncioBinary.freePort()))
            """
    }

    @Test func liveDumpGivesRoutesAndClusterSummaries() async throws {
        let envoy = try RealEnvoy(binary: RealEnvoy.binary!, config: Self.config(port: NuncioBinary.freePort()))
        defer { envoy.stop() }
        let source = HTTPAdminSource(url: "http://127.0.0.1:\(envoy.adminPort)")
        let snapshot = try await source.snapshot()
        let dump = try #require(snapshot.configDump)
        let listener = try #require(dump.routes.listeners.first)
        #expect(listener.name == "front")
        let table = try #require(listener.routeConfigs.first)
        #expect(table.name == "front_routes")
        #expect(table.virtualHosts.map(\.name) == ["shop", "fallback"])
        #expect(table.virtualHosts[0].domains == ["shop.example", "www.shop.example"])
        let shop = table.virtualHosts[0].routes
        #expect(shop.map(\.match) == ["prefix /api/", "path /old", "prefix /canary"])
        #expect(shop[0].action == .cluster("api"))
        #expect(shop[0].rewrite == "prefix_rewrite /")
        #expect(shop[1].action == .redirect("307 /new"))
        #expect(shop[2].action == .weightedClusters([.init(name: "api", weight: 90), .init(name: "web", weight: 10)]))
        #expect(table.virtualHosts[1].routes.first?.action == .directResponse(status: 404, body: "no such site"))

        let api = try #require(dump.cluster(named: "api"))
        let summary = Dictionary(api.summary.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(summary["lb_policy"] == "LEAST_REQUEST")
        #expect(summary["connect_timeout"] == "0.500s")
        #expect(summary["health_check"] == "http /healthz every 2s, timeout 1s, unhealthy 3, healthy 1")
        #expect(summary["outlier_detection"]?.hasPrefix("consecutive_5xx 7") == true)
        #expect(api.jsonLines.contains { $0.contains("/healthz") })

        let gauges = try #require(snapshot.gaugeNames)
        #expect(gauges.contains("server.uptime"))
        #expect(gauges.contains("cluster.api.upstream_cx_active"))
        #expect(!gauges.contains("cluster.api.upstream_rq_total"))
        let limits = snapshot.clusters.cluster(named: "api")?.circuitBreakers?.defaultPriority
        #expect(limits?.maxConnections == 1024)
    }
}

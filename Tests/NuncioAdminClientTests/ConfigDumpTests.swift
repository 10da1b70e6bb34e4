import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioAdminClient

/// `/config_dump` into the Routes model and the clusters' config details: Envoy 1.40's capture, and a live Envoy
/// with redirects, direct responses, rewrites and weighted clusters when `ENVOY_BIN` names its binary.
@Suite struct ConfigDumpTests {
    @Test func envoyCaptureGivesTheListenerRouteTable() throws {
        let dump = try ConfigDump(json: AdminFixtures.body("admin_config_dump.json"))
        let listener = try #require(dump.routes.listeners.first)
        #expect(dump.routes.listeners.count == 1)
        // Envoy leaves the name out of a static listener that was given none.
        #expect(listener.name == nil)
        #expect(listener.address == "127.0.0.1:18000")
        let table = try #require(listener.routeConfigs.first)
        #expect(table.name == "local_route")
        #expect(table.statPrefix == "ingress_http")
        #expect(!table.viaRDS)
        let host = try #require(table.virtualHosts.first)
        #expect(host.name == "backend")
        #expect(host.domains == ["*"])
        #expect(host.routes.map(\.match) == ["prefix /service/1", "prefix /service/2"])
        #expect(host.routes.map(\.action) == [.cluster("service1"), .cluster("service2")])
    }

    @Test func envoyCaptureGivesClusterSummaryAndWholeConfig() throws {
        let dump = try ConfigDump(json: AdminFixtures.body("admin_config_dump.json"))
        #expect(dump.clusters.map(\.name) == ["service1", "service2"])
        let service1 = try #require(dump.cluster(named: "service1"))
        let summary = Dictionary(service1.summary.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(summary["type"] == "STRICT_DNS")
        #expect(summary["lb_policy"] == "ROUND_ROBIN")
        #expect(summary["connect_timeout"] == "0.250s")
        #expect(summary["endpoints"] == "1 in 1 group")
        #expect(summary["protocol"] == "HTTP/2")
        #expect(summary["health_check"] == "none")
        #expect(summary["outlier_detection"] == "off")
        #expect(service1.jsonLines.contains { $0.contains("\"connect_timeout\" : \"0.250s\"") })
        #expect(service1.jsonLines.contains { $0.contains("\"port_value\" : 80") })
    }

    @Test func routeActionsAndMatchesAreDescribed() throws {
        let manager = "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3"
        let json = """
            {"configs": [{"@type": "type.googleapis.com/envoy.admin.v3.ListenersConfigDump",
              "dynamic_listeners": [{"name": "dyn", "active_state": {"listener": {"name": "dyn",
                "address": {"socket_address": {"address": "::1", "port_value": 8443}},
                "filter_chains": [{"filters": [{"name": "envoy.filters.network.http_connection_manager",
                  "typed_config": {
                    "@type": "\(manager).HttpConnectionManager",
                    "stat_prefix": "dyn", "rds": {"route_config_name": "from_rds"}}}]}]}}}]},
             {"@type": "type.googleapis.com/envoy.admin.v3.RoutesConfigDump",
              "dynamic_route_configs": [{"route_config": {"name": "from_rds", "virtual_hosts": [
                {"name": "vh", "domains": ["a.example", "b.example"], "routes": [
                  {"match": {"path": "/old", "headers": [{"name": "x"}]},
                   "redirect": {"https_redirect": true, "path_redirect": "/new", "response_code": "FOUND"}},
                  {"match": {"safe_regex": {"regex": "^/api/.*"}},
                   "route": {"weighted_clusters": {"clusters": [
                       {"name": "a", "weight": 3}, {"name": "b", "weight": 1}]},
                             "prefix_rewrite": "/"}},
                  {"match": {"prefix": "/"}, "direct_response": {"status": 404, "body": {"inline_string": "nope"}}}
                ]}]}}]}]}
            """
        let dump = try ConfigDump(json: Data(json.utf8))
        let listener = try #require(dump.routes.listeners.first)
        #expect(listener.name == "dyn")
        #expect(listener.address == "[::1]:8443")
        let table = try #require(listener.routeConfigs.first)
        #expect(table.viaRDS)
        #expect(table.name == "from_rds")
        let routes = try #require(table.virtualHosts.first?.routes)
        #expect(routes[0].match == "path /old +1 header")
        #expect(routes[0].action == .redirect("302 https://.../new"))
        #expect(routes[1].match == "regex ^/api/.*")
        #expect(routes[1].action == .weightedClusters([.init(name: "a", weight: 3), .init(name: "b", weight: 1)]))
        #expect(routes[1].action.clusters == ["a", "b"])
        #expect(routes[1].rewrite == "prefix_rewrite /")
        #expect(routes[2].action == .directResponse(status: 404, body: "nope"))
    }

    @Test func circuitBreakerLimitsDecodeFromClusters() throws {
        let clusters = try JSONDecoder().decode(ClusterStatuses.self, from: AdminFixtures.body("admin_clusters.json"))
        let limits = try #require(clusters.cluster(named: "service1")?.circuitBreakers?.defaultPriority)
        #expect(limits.maxConnections == 1024)
        #expect(limits.maxPendingRequests == 1024)
        #expect(limits.maxRequests == 1024)
        #expect(limits.maxRetries == 3)
        #expect(clusters.cluster(named: "service1")?.circuitBreakers?.thresholds.last?.priority == "HIGH")
    }
}

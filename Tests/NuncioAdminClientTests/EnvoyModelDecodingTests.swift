import Foundation
import Testing

@testable import NuncioAdminClient

@Suite struct EnvoyModelDecodingTests {
    let decoder = JSONDecoder()

    @Test func decodesClustersWithHostStatsAndHealth() throws {
        let clusters = try decoder.decode(ClusterStatuses.self, from: AdminFixtures.body("admin_clusters.json"))
        #expect(clusters.clusterStatuses.map(\.name) == ["service2", "service1"])
        let service1 = try #require(clusters.cluster(named: "service1"))
        #expect(service1.observabilityName == "service1")
        #expect(service1.hostStatuses.map(\.address.description) == ["127.0.0.11:80", "127.0.0.12:80", "127.0.0.13:80"])
        let host = service1.hostStatuses[0]
        #expect(host.hostname == "service1")
        #expect(host.weight == 1)
        #expect(host.stat("rq_total") == 4)
        #expect(host.stat("rq_success") == 4)
        #expect(host.stat("cx_active") == 1)
        // Zero values are left out of Envoy's JSON.
        #expect(host.stat("rq_error") == 0)
        #expect(host.stats.first { $0.name == "cx_active" }?.isGauge == true)
        #expect(host.stats.first { $0.name == "rq_total" }?.isGauge == false)
        #expect(host.healthStatus.edsHealthStatus == "HEALTHY")
        #expect(host.healthStatus.flags == ["healthy"])
        #expect(host.healthStatus.health == .healthy)
    }

    @Test func healthFlagsReadLikeEnvoysTextFormat() throws {
        let json = Data(
            #"{"failed_active_health_check": true, "failed_outlier_check": true, "eds_health_status": "HEALTHY"}"#.utf8)
        let status = try decoder.decode(HostHealthStatus.self, from: json)
        #expect(status.flags == ["/failed_active_hc", "/failed_outlier_check"])
        #expect(status.health == .unhealthy)
        let degraded = try decoder.decode(HostHealthStatus.self, from: Data(#"{"eds_health_status":"DEGRADED"}"#.utf8))
        #expect(degraded.flags == ["/degraded_eds_health"])
        #expect(degraded.health == .degraded)
    }

    @Test func decodesStatsWithHistograms() throws {
        let stats = try decoder.decode(StatsSnapshot.self, from: AdminFixtures.body("admin_stats_json.json"))
        #expect(stats.values.count == 546)
        let numbers = stats.numbersByName()
        #expect(numbers["cluster.service1.external.upstream_rq_2xx"] == 12)
        #expect(numbers["listener.127.0.0.1_18000.downstream_cx_total"] != nil)
        #expect(stats.histograms.count == 28)
        let rqTime = try #require(stats.histograms.first { $0.name == "cluster.service1.external.upstream_rq_time" })
        #expect(rqTime.quantiles == HistogramSummary.envoyQuantiles)
        #expect(rqTime.cumulative(at: 99) == 1.075)
        #expect(rqTime.cumulative(at: 50) == 0)
        let empty = try #require(stats.histograms.first { $0.name == "cluster.service1.http2.cookie_count" })
        #expect(empty.hasValues == false)
        #expect(empty.cumulative(at: 50) == nil)
    }

    @Test func statsRoundTripThroughEncoding() throws {
        let stats = try decoder.decode(StatsSnapshot.self, from: AdminFixtures.body("admin_stats_json.json"))
        let again = try decoder.decode(StatsSnapshot.self, from: JSONEncoder().encode(stats))
        #expect(again == stats)
    }

    @Test func decodesTextReadoutsAndAnEmptyBody() throws {
        let json = Data(#"{"stats":[{"name":"a","value":3},{"name":"server.version_text","value":"1.40.0"}]}"#.utf8)
        let stats = try decoder.decode(StatsSnapshot.self, from: json)
        #expect(
            stats.values == [StatValue(name: "a", number: 3), StatValue(name: "server.version_text", text: "1.40.0")])
        #expect(try decoder.decode(StatsSnapshot.self, from: Data("{}".utf8)).values.isEmpty)
        let odd = Data(#"{"stats":[{"name":"negative","value":-3},{"name":"real","value":2.6}]}"#.utf8)
        #expect(try decoder.decode(StatsSnapshot.self, from: odd).values.map(\.number) == [0, 3])
        #expect(try decoder.decode(ClusterStatuses.self, from: Data("{}".utf8)).clusterStatuses.isEmpty)
    }

    @Test func decodesServerInfo() throws {
        let info = try decoder.decode(ServerInfo.self, from: AdminFixtures.body("admin_server_info.json"))
        #expect(info.state == "LIVE")
        #expect(info.releaseVersion == "1.40.0")
        #expect(info.uptimeSeconds == 2)
        #expect(info.commandLineOptions?.serviceCluster == "front-proxy")
        #expect(info.commandLineOptions?.logLevel == "info")
        #expect(info.node?.cluster == "front-proxy")
        #expect(info.isDraining == false)
        let failed = try decoder.decode(
            ServerInfo.self, from: AdminFixtures.body("admin_server_info_after_healthcheck_fail.json"))
        #expect(failed.state == "DRAINING")
        #expect(failed.isDraining)
    }

    @Test func decodesListeners() throws {
        let listeners = try decoder.decode(ListenersInfo.self, from: AdminFixtures.body("admin_listeners.json"))
        #expect(listeners.listenerStatuses.count == 1)
        let listener = listeners.listenerStatuses[0]
        #expect(listener.name == "2d21d101-212e-4105-9f09-c8d6e68952cf")
        #expect(listener.localAddress?.description == "127.0.0.1:18000")
        #expect(listener.localAddress?.statName == "127.0.0.1_18000")
    }

    @Test func parsesLoggingLevels() throws {
        let levels = LoggerLevels(parsing: try AdminFixtures.text("admin_logging_post.txt"))
        #expect(levels.loggers.count == 73)
        #expect(levels.loggers.first == LoggerLevels.Logger(name: "a2a", level: "info"))
        #expect(levels.level(of: "upstream") == "info")
        #expect(levels.summary == "info")
        let mixed = LoggerLevels(parsing: try AdminFixtures.text("admin_logging_post_paths.txt"))
        #expect(mixed.level(of: "upstream") == "warning")
        #expect(mixed.level(of: "http") == "trace")
        #expect(mixed.summary == "debug*")
        // An error answer lists the usage first, then the loggers.
        let afterError = LoggerLevels(parsing: try AdminFixtures.text("admin_logging_post_bad_level.txt"))
        #expect(afterError.loggers.count == 73)
        #expect(afterError.level(of: "levels") == nil)
    }

    @Test func decodesClusterTypesFromConfigDump() throws {
        let configs = try decoder.decode(
            ClusterConfigs.self, from: AdminFixtures.body("admin_config_dump_clusters_resource.json"))
        #expect(configs.clusters.map(\.name) == ["service1", "service2"])
        #expect(configs.config(named: "service1")?.discoveryType == "STRICT_DNS")
        #expect(configs.config(named: "service1")?.loadBalancingPolicy == "ROUND_ROBIN")
    }

    @Test func actionsPostToEnvoysPaths() {
        #expect(AdminAction.healthcheckFail.requestPath == "/healthcheck/fail")
        #expect(AdminAction.healthcheckOk.requestPath == "/healthcheck/ok")
        #expect(AdminAction.setLogLevel("debug", logger: nil).requestPath == "/logging?level=debug")
        #expect(AdminAction.setLogLevel("trace", logger: "upstream").requestPath == "/logging?upstream=trace")
        #expect(AdminAction.resetCounters.requestPath == "/reset_counters")
        #expect(AdminAction.drainListeners(graceful: true).requestPath == "/drain_listeners?graceful")
        #expect(AdminAction.quit.requestPath == "/quitquitquit")
    }

    @Test func endpointBuildsURLs() {
        #expect(AdminEndpoint(url: "http://127.0.0.1:9901/").url(forPath: "/ready")?.absoluteString
            == "http://127.0.0.1:9901/ready")
        #expect(AdminEndpoint(url: "127.0.0.1:9901").url(forPath: "/ready")?.absoluteString
            == "http://127.0.0.1:9901/ready")
    }
}

import Foundation
import NuncioAdmin
import NuncioAdminClient
import NuncioConfig
import NuncioTestSupport
import Testing

/// The in-process source reads Nuncio's own `/config_dump` into the dashboard's Routes model and cluster details,
/// and the gauge names: the same model real Envoy's dump gives for the same config, when `ENVOY_BIN` is set.
@Suite struct LocalAdminSourceConfigDumpTests {
    @Test func routesAndClusterDetailsMatchEnvoys() async throws {
        let proxy = ProxyHarness()
        try proxy.addUpstreams(["a", "b"])
        defer { proxy.stop() }
        let yaml = ProxyHarness.config(
            clusters: [("one", proxy.endpoint("a"), ""), ("two", proxy.endpoint("b"), "")],
            routes: RouteKindsConfig.virtualHosts)
        try proxy.start(yaml: yaml)
        let context = AdminContext(server: proxy.server, commandLine: CommandLineOptions()) {}
        let snapshot = try await LocalAdminSource(context: context).snapshot()
        let dump = try #require(snapshot.configDump)
        let table = try #require(dump.routes.listeners.first?.routeConfigs.first)
        #expect(table.name == "local_route")
        #expect(table.virtualHosts.map(\.domains) == [["shop.example", "www.shop.example"], ["*"]])
        let shop = table.virtualHosts[0].routes
        #expect(shop.map(\.action) == [
            .cluster("one"), .redirect("302 /new"),
            .weightedClusters([.init(name: "one", weight: 90), .init(name: "two", weight: 10)]),
        ])
        #expect(shop[0].rewrite == "prefix_rewrite /")
        #expect(table.virtualHosts[1].routes.first?.action == .directResponse(status: 404, body: "no such site"))
        #expect(dump.cluster(named: "one")?.summary.first { $0.label == "connect_timeout" }?.value == "0.250s")
        let gauges = try #require(snapshot.gaugeNames)
        #expect(gauges.contains("cluster.one.upstream_cx_active"))
        #expect(!gauges.contains("cluster.one.upstream_rq_total"))

        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        let body = try RawHTTPClient.get(port: envoy.adminPort, path: "/config_dump").body
        let envoyDump = try ConfigDump(json: Data(body.utf8))
        #expect(envoyDump.routes.listeners.first?.routeConfigs == dump.routes.listeners.first?.routeConfigs)
        #expect(envoyDump.cluster(named: "one")?.summary == dump.cluster(named: "one")?.summary)
    }
}

/// Which access logs the in-process dashboard tails.
@Suite struct AccessLogFilesTests {
    @Test func fileAccessLogsAreTailedAndDevicesAreNot() throws {
        let fileLog = "type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog"
        let yaml = ProxyHarness.config(clusters: [("one", RouteKindsConfig.endpoint(port: 1), "")], routes: """
                          - name: all
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """, managerExtra: """
                      access_log:
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": \(fileLog)
                          path: /tmp/front-access.log
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": \(fileLog)
                          path: /dev/stdout
            """).replacingOccurrences(of: "@LISTENER_PORT@", with: "0")
        let bootstrap = try BootstrapLoader.load(text: yaml, file: "front.yaml").bootstrap
        #expect(AccessLogFiles.paths(in: bootstrap) == ["/tmp/front-access.log"])
    }
}

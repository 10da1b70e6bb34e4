import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioConfig

/// A repeated field given one value instead of a list is a list of that value, as Envoy's YAML loading reads it
/// (Envoy's dynamic-config-fs sandbox writes `filters:` as a mapping).
@Suite struct SingleValueListTests {
    /// Every repeated field on the way to the route written as a single mapping, and `domains` as one string.
    static let config = ConfigText("""
        static_resources:
          listeners:
            name: web
            address: {socket_address: {address: 127.0.0.1, port_value: 18080}}
            filter_chains:
              filters:
                name: envoy.filters.network.http_connection_manager
                typed_config:
                  "@type": \(ConfigText.hcmType)
                  stat_prefix: ingress
                  route_config:
                    virtual_hosts:
                      name: all
                      domains: "*"
                      routes:
                        match: {prefix: "/"}
                        route: {cluster: app}
                  http_filters:
                    name: envoy.filters.http.router
                    typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router}
          clusters:
            name: app
            type: STATIC
            connect_timeout: 1s
            load_assignment:
              cluster_name: app
              endpoints:
                lb_endpoints:
                  endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 9000}}}
        """)

    @Test func singleMappingsAreOneElementLists() throws {
        let bootstrap = try Self.config.load().bootstrap
        #expect(bootstrap.listeners.map(\.name) == ["web"])
        #expect(bootstrap.listeners[0].filterChains.count == 1)
        let routes = bootstrap.listeners[0].httpConnectionManager.routeConfig
        #expect(routes.virtualHosts.map(\.domains) == [["*"]])
        #expect(routes.virtualHosts[0].routes.count == 1)
        #expect(bootstrap.clusters.map(\.name) == ["app"])
        #expect(bootstrap.clusters[0].loadAssignment.allEndpoints.count == 1)
    }

    /// The single value is element 0 in error paths.
    @Test func singleMappingIsElementZeroInErrors() {
        let error = Self.config.replacing(line: 17, with: "                route: {cluster: ap}").loadError()
        #expect(error?.path == "static_resources.listeners[0].filter_chains[0].filters[0].typed_config"
            + ".route_config.virtual_hosts[0].routes[0].route.cluster")
        #expect(error?.line == 17)
    }

    /// Real Envoy accepts the same file (`envoy --mode validate`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ENVOY_BIN"] != nil, "ENVOY_BIN is not set"))
    func realEnvoyAcceptsSingleMappings() throws {
        let binary = ProcessInfo.processInfo.environment["ENVOY_BIN"]!
        try #require(FileManager.default.isExecutableFile(atPath: binary), "no Envoy at \(binary)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("single-value-\(getpid()).yaml")
        try Self.config.description.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ChildProcess.run(binary, ["--mode", "validate", "-c", file.path], seconds: 120)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("OK"))
    }
}

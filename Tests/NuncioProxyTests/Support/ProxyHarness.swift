import Foundation
import NIOCore
import NIOPosix
import NuncioConfig
import NuncioStats

@testable import NuncioProxy

/// A proxy under test with its upstreams: builds the bootstrap from YAML, starts everything on loopback
/// (ephemeral ports), and stops it all in `stop()`.
final class ProxyHarness: @unchecked Sendable {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    var upstreams: [String: TestUpstream] = [:]
    private(set) var server: ProxyServer!

    /// Upstreams named e.g. `a`, `b`, `c` on 127.0.0.11, .12, .13 (distinct addresses, one shared free port
    /// each) so clusters can list them as STATIC endpoints.
    func addUpstreams(_ names: [String], firstAddress: Int = 11) throws {
        for (offset, name) in names.enumerated() {
            upstreams[name] = try TestUpstream(name: name, host: "127.0.0.\(firstAddress + offset)", group: group)
        }
    }

    func endpoint(_ name: String) -> String {
        let upstream = upstreams[name]!
        return """
                    - endpoint:
                        address:
                          socket_address: { address: \(upstream.host), port_value: \(upstream.port) }
            """
    }

    /// Starts the proxy on a config whose `@LISTENER_PORT@` is replaced by 0 (an ephemeral port).
    func start(yaml: String, concurrency: Int = 1) throws {
        let text = yaml.replacingOccurrences(of: "@LISTENER_PORT@", with: "0")
        let loaded = try BootstrapLoader.load(text: text, file: "test.yaml")
        let loggers = LoggerRegistry(defaultLevel: .critical)
        server = ProxyServer(bootstrap: loaded.bootstrap,
            options: .init(concurrency: concurrency, drainTime: .seconds(5), loggers: loggers))
        try server.start()
    }

    var port: Int { server.listenerAddresses[0].port! }

    func stat(_ name: String) -> UInt64 {
        server.stats.values()[name] ?? 0
    }

    func stop() {
        server?.shutdown(drainTime: .milliseconds(200))
        for upstream in upstreams.values { upstream.stop() }
        try? group.syncShutdownGracefully()
    }

    /// One cluster per entry, all STATIC round robin; `http2` clusters speak h2c to their upstreams.
    static func config(
        clusters: [(name: String, endpoints: String, extra: String)], routes: String, managerExtra: String = ""
    ) -> String {
        var yaml = """
            static_resources:
              listeners:
              - address:
                  socket_address: { address: 127.0.0.1, port_value: @LISTENER_PORT@ }
                filter_chains:
                - filters:
                  - name: envoy.filters.network.http_connection_manager
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                      stat_prefix: ingress_http
            \(managerExtra)
                      route_config:
                        name: local_route
                        virtual_hosts:
            \(routes)
                      http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
              clusters:

            """
        for cluster in clusters {
            yaml += """
                  - name: \(cluster.name)
                    connect_timeout: 0.25s
                    type: STATIC
                    lb_policy: ROUND_ROBIN
                \(cluster.extra)
                    load_assignment:
                      cluster_name: \(cluster.name)
                      endpoints:
                      - lb_endpoints:
                \(cluster.endpoints)

                """
        }
        return yaml
    }

    /// Decodes the upstream's JSON echo.
    static func echo(_ body: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
}

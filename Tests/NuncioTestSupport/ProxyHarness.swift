import Foundation
import NIOCore
import NIOPosix
import NuncioConfig
import NuncioStats

import NuncioProxy

/// A proxy under test with its upstreams: builds the bootstrap from YAML, starts everything on loopback
/// (ephemeral ports), and stops it all in `stop()`.
public final class ProxyHarness: @unchecked Sendable {
    public init() {}

    public let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    public var upstreams: [String: TestUpstream] = [:]
    public private(set) var server: ProxyServer!

    /// Upstreams named e.g. `a`, `b`, `c` on 127.0.0.11, .12, .13 (distinct addresses, one shared free port
    /// each) so clusters can list them as STATIC endpoints.
    public func addUpstreams(_ names: [String], firstAddress: Int = 11) throws {
        for (offset, name) in names.enumerated() {
            upstreams[name] = try TestUpstream(name: name, host: "127.0.0.\(firstAddress + offset)", group: group)
        }
    }

    public func endpoint(_ name: String) -> String {
        let upstream = upstreams[name]!
        return """
                    - endpoint:
                        address:
                          socket_address: { address: \(upstream.host), port_value: \(upstream.port) }
            """
    }

    /// Starts the proxy on a config whose `@LISTENER_PORT@` is replaced by 0 (an ephemeral port).
    public func start(
        yaml: String, concurrency: Int = 1, drainTime: TimeAmount = .seconds(5),
        drainStrategy: DrainStrategy = .gradual
    ) throws {
        let text = yaml.replacingOccurrences(of: "@LISTENER_PORT@", with: "0")
        let loaded = try BootstrapLoader.load(text: text, file: "test.yaml")
        let loggers = LoggerRegistry(defaultLevel: .critical)
        server = ProxyServer(bootstrap: loaded.bootstrap,
            options: .init(concurrency: concurrency, drainTime: drainTime, loggers: loggers,
                drainStrategy: drainStrategy))
        try server.start()
    }

    public var port: Int { server.listenerAddresses[0].port! }

    public func stat(_ name: String) -> UInt64 {
        server.stats.values()[name] ?? 0
    }

    public func stop() {
        server?.shutdown(drainTime: .milliseconds(200))
        for upstream in upstreams.values { upstream.stop() }
        try? group.syncShutdownGracefully()
    }

    /// One cluster per entry, all STATIC round robin; `http2` clusters speak h2c to their upstreams.
    public static func config(
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

    /// The seed's front proxy: service1 on a, b, c (127.0.0.11-13), service2 on s2 (127.0.0.21), routed by prefix.
    /// A cluster's options for HTTP/2 (h2c) to its upstreams, as `config(clusters:)` takes them.
    public static let http2ProtocolOptions = """
                typed_extension_protocol_options:
                  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                    explicit_http_config:
                      http2_protocol_options: {}
            """

    public static func seed(http2: Bool = false, bootstrapExtra: String = "") throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a", "b", "c"])
        try harness.addUpstreams(["s2"], firstAddress: 21)
        let protocolOptions = http2 ? http2ProtocolOptions : ""
        let routes = """
                          - name: backend
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/service/1" }
                              route: { cluster: service1 }
                            - match: { prefix: "/service/2" }
                              route: { cluster: service2 }
            """
        let yaml = config(
            clusters: [
                ("service1", ["a", "b", "c"].map(harness.endpoint).joined(separator: "\n"), protocolOptions),
                ("service2", harness.endpoint("s2"), protocolOptions),
            ], routes: routes) + bootstrapExtra
        try harness.start(yaml: yaml)
        return harness
    }

    /// Decodes the upstream's JSON echo.
    public static func echo(_ body: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
}

/// Polls `condition` every 20 ms for at most `seconds`.
public func waitUntil(seconds: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

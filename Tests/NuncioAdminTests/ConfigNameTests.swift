import Foundation
import NuncioAdmin
import NuncioConfig
import NuncioTestSupport
import Testing

/// Names have no effect on traffic: their effect is in the admin output. A listener's name in `/listeners` (beside
/// real Envoy's when `ENVOY_BIN` is set) and `/config_dump`; the route configuration's, a virtual host's and a
/// route's names in `/config_dump`.
@Suite struct ConfigNameTests {
    static let routes = """
                          - name: named-host
                            domains: ["*"]
                            routes:
                            - name: named-route
                              match: { prefix: "/" }
                              route: { cluster: one }
            """

    @Test func namesShowInListenersAndConfigDump() throws {
        let proxy = ProxyHarness()
        try proxy.addUpstreams(["a"])
        defer { proxy.stop() }
        let yaml = ProxyHarness.config(clusters: [("one", proxy.endpoint("a"), "")], routes: Self.routes)
            .replacingOccurrences(of: "  - address:\n", with: "  - name: front-door\n    address:\n")
            .replacingOccurrences(of: "name: local_route", with: "name: named-routes")
        try proxy.start(yaml: yaml)
        let context = AdminContext(server: proxy.server, commandLine: CommandLineOptions()) {}
        let admin = try AdminServer(address: SocketAddress(address: "127.0.0.1", port: 0), context: context)
        defer { admin.shutdown() }

        let listeners = try RawHTTPClient.get(port: admin.port!, path: "/listeners").body
        #expect(listeners == "front-door::127.0.0.1:\(proxy.port)\n")
        let dump = try RawHTTPClient.get(port: admin.port!, path: "/config_dump").body
        for name in ["front-door", "named-routes", "named-host", "named-route"] {
            #expect(dump.contains("\"name\": \"\(name)\""), "\(name) is not in /config_dump")
        }

        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try RawHTTPClient.get(port: envoy.adminPort, path: "/listeners").body
            == "front-door::127.0.0.1:\(envoy.port)\n")
        let envoyDump = try RawHTTPClient.get(port: envoy.adminPort, path: "/config_dump").body
        for name in ["front-door", "named-routes", "named-host", "named-route"] {
            #expect(envoyDump.contains("\"name\": \"\(name)\""), "\(name) is not in Envoy's /config_dump")
        }
    }
}

import Foundation
import NuncioAdmin
import NuncioConfig
import NuncioTestSupport
import Testing

/// Names have no effect on traffic: their effect is in the admin output, beside real Envoy's when `ENVOY_BIN` is
/// set. A listener's name in `/listeners` and `/config_dump`; an endpoint's hostname in `/clusters`; the route
/// configuration's, a virtual host's, a route's, the load assignment's and the node's names, and the node's and
/// the endpoints' localities, in `/config_dump`.
@Suite struct ConfigNameTests {
    static let routes = """
                          - name: named-host
                            domains: ["*"]
                            routes:
                            - name: named-route
                              match: { prefix: "/" }
                              route: { cluster: one }
            """

    static let dumped = [
        "\"name\": \"front-door\"", "\"name\": \"named-routes\"", "\"name\": \"named-host\"",
        "\"name\": \"named-route\"", "\"cluster_name\": \"one-assignment\"", "\"id\": \"node-7\"",
        "\"cluster\": \"front-cluster\"", "\"hostname\": \"host-a.example\"",
        "\"region\": \"n-region\"", "\"zone\": \"n-zone\"", "\"sub_zone\": \"n-sub\"",
        "\"region\": \"ep-region\"", "\"zone\": \"ep-zone\"", "\"sub_zone\": \"ep-sub\"",
    ]

    @Test func namesShowInListenersAndConfigDump() throws {
        let proxy = ProxyHarness()
        try proxy.addUpstreams(["a"])
        defer { proxy.stop() }
        let endpoint = proxy.endpoint("a") + "\n            hostname: host-a.example"
        let yaml = ProxyHarness.config(clusters: [("one", endpoint, "")], routes: Self.routes)
            .replacingOccurrences(of: "  - address:\n", with: "  - name: front-door\n    address:\n")
            .replacingOccurrences(of: "name: local_route", with: "name: named-routes")
            .replacingOccurrences(of: "cluster_name: one", with: "cluster_name: one-assignment")
            .replacingOccurrences(of: "      - lb_endpoints:\n", with: """
                      - locality: { region: ep-region, zone: ep-zone, sub_zone: ep-sub }
                        lb_endpoints:

                """)
            + "node: { id: node-7, cluster: front-cluster,\n"
            + "  locality: { region: n-region, zone: n-zone, sub_zone: n-sub } }\n"
        try proxy.start(yaml: yaml)
        let context = AdminContext(server: proxy.server, commandLine: CommandLineOptions()) {}
        let admin = try AdminServer(address: SocketAddress(address: "127.0.0.1", port: 0), context: context)
        defer { admin.shutdown() }

        let listeners = try RawHTTPClient.get(port: admin.port!, path: "/listeners").body
        #expect(listeners == "front-door::127.0.0.1:\(proxy.port)\n")
        let dump = try RawHTTPClient.get(port: admin.port!, path: "/config_dump").body
        for name in Self.dumped {
            #expect(dump.contains(name), "\(name) is not in /config_dump")
        }
        let clusters = try RawHTTPClient.get(port: admin.port!, path: "/clusters").body
        #expect(clusters.contains("one::\(proxy.endpoint(address: "a"))::hostname::host-a.example\n"))

        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try RawHTTPClient.get(port: envoy.adminPort, path: "/listeners").body
            == "front-door::127.0.0.1:\(envoy.port)\n")
        let envoyDump = try RawHTTPClient.get(port: envoy.adminPort, path: "/config_dump").body
        for name in Self.dumped {
            #expect(envoyDump.contains(name), "\(name) is not in Envoy's /config_dump")
        }
        let envoyClusters = try RawHTTPClient.get(port: envoy.adminPort, path: "/clusters").body
        #expect(envoyClusters.contains("one::\(proxy.endpoint(address: "a"))::hostname::host-a.example\n"))
    }
}

private extension ProxyHarness {
    /// An upstream's `address:port`, as `/clusters` names its host.
    func endpoint(address name: String) -> String {
        "\(upstreams[name]!.host):\(upstreams[name]!.port)"
    }
}

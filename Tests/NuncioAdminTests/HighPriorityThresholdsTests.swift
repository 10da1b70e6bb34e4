import Foundation
import NuncioAdmin
import NuncioConfig
import NuncioTestSupport
import Testing

/// `circuit_breakers` thresholds for `priority: HIGH`: Nuncio routes nothing at high priority (no route's
/// `priority`), so their one effect is `/clusters`, where they show as Envoy shows them.
@Suite struct HighPriorityThresholdsTests {
    @Test func highPriorityThresholdsShowInClusters() throws {
        let proxy = ProxyHarness()
        try proxy.addUpstreams(["a"])
        defer { proxy.stop() }
        let breakers = """
                circuit_breakers:
                  thresholds:
                  - { priority: HIGH, max_connections: 7, max_pending_requests: 8, max_requests: 9, max_retries: 4 }
            """
        let yaml = ProxyHarness.config(clusters: [("one", proxy.endpoint("a"), breakers)], routes: """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """)
        try proxy.start(yaml: yaml)
        let context = AdminContext(server: proxy.server, commandLine: CommandLineOptions()) {}
        let admin = try AdminServer(address: SocketAddress(address: "127.0.0.1", port: 0), context: context)
        defer { admin.shutdown() }
        let expected = """
            one::high_priority::max_connections::7
            one::high_priority::max_pending_requests::8
            one::high_priority::max_requests::9
            one::high_priority::max_retries::4

            """
        #expect(try RawHTTPClient.get(port: admin.port!, path: "/clusters").body.contains(expected))
        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try RawHTTPClient.get(port: envoy.adminPort, path: "/clusters").body.contains(expected))
    }
}

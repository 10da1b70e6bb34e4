import Foundation
import NIOHTTP1
import NuncioConfig
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The router's own fields and the route's `cluster_header`: observed on Nuncio, and compared with real Envoy on
/// the same config where `ENVOY_BIN` is set.
@Suite struct RouterFilterConfigTests {
    /// A listener whose router suppresses Envoy's headers, a `cluster_header` route answering 404 when the named
    /// cluster is missing, and a plain route; cluster `one` on upstream `a`.
    private static func yaml(_ harness: ProxyHarness, suppress: Bool) -> String {
        ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/byheader" }
                              route: { cluster_header: x-cluster, cluster_not_found_response_code: NOT_FOUND }
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """).replacingOccurrences(of: """
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
            """, with: """
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
                          suppress_envoy_headers: \(suppress)
            """)
    }

    /// What a probe shows of the router's fields: status, whether the response and the upstream's request carried
    /// Envoy's headers, and the upstream's path.
    private struct Outcome: Equatable {
        var status: Int
        var serviceTime: Bool
        var expectedTimeoutUpstream: Bool
        var upstreamPath: String?
    }

    private static func probe(_ port: Int, _ path: String, headers: String = "") throws -> Outcome {
        let response = try RawHTTPClient.get(port: port, path: path, extraHeaders: headers)
        let echo = ProxyHarness.echo(response.body)
        let upstreamHeaders = (echo["headers"] as? [[String]]) ?? []
        return Outcome(
            status: response.status, serviceTime: response.header("x-envoy-upstream-service-time") != nil,
            expectedTimeoutUpstream: upstreamHeaders.contains { $0.first == "x-envoy-expected-rq-timeout-ms" },
            upstreamPath: echo["path"] as? String)
    }

    private static let probes: [(String, String)] = [
        ("/plain", ""), ("/byheader/x", "x-cluster: one\r\n"), ("/byheader/x", "x-cluster: nope\r\n"),
        ("/byheader/x", ""),
    ]

    @Test(arguments: [false, true])
    func suppressEnvoyHeadersAndClusterHeader(suppress: Bool) throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        try harness.start(yaml: Self.yaml(harness, suppress: suppress))
        defer { harness.stop() }
        let plain = try Self.probe(harness.port, "/plain")
        #expect(plain == Outcome(status: 200, serviceTime: !suppress, expectedTimeoutUpstream: !suppress,
            upstreamPath: "/plain"))
        #expect(try Self.probe(harness.port, "/byheader/x", headers: "x-cluster: one\r\n").upstreamPath == "/byheader/x")
        #expect(try Self.probe(harness.port, "/byheader/x", headers: "x-cluster: nope\r\n").status == 404)
        #expect(try Self.probe(harness.port, "/byheader/x").status == 404)
        #expect(harness.stat("http.ingress_http.no_cluster") == 2)
    }

    @Test(.enabled(if: RealEnvoy.available, "ENVOY_BIN is not set"), arguments: [false, true])
    func sameAsRealEnvoy(suppress: Bool) throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = Self.yaml(harness, suppress: suppress)
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        for (path, headers) in Self.probes {
            let fromEnvoy = try Self.probe(envoy.port, path, headers: headers)
            let fromNuncio = try Self.probe(harness.port, path, headers: headers)
            #expect(fromNuncio == fromEnvoy, "\(path) \(headers)")
        }
    }

    /// `respect_expected_rq_timeout`: the request's own expected timeout replaces the route's when it has one.
    @Test func respectExpectedRqTimeoutTakesTheRequestsTimeout() {
        let action = ForwardAction(target: .cluster("one"), timeout: .seconds(15))
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/")
        let respecting = RouterFilterConfig(respectExpectedRqTimeout: true)
        #expect(RouterHeaders.globalTimeout(head, action: action, config: respecting) == 15_000_000_000)
        head.headers.add(name: "x-envoy-expected-rq-timeout-ms", value: "300")
        #expect(RouterHeaders.globalTimeout(head, action: action, config: respecting) == 300_000_000)
        #expect(RouterHeaders.globalTimeout(head, action: action, config: RouterFilterConfig()) == 15_000_000_000)
        head.headers.replaceOrAdd(name: "x-envoy-expected-rq-timeout-ms", value: "soon")
        #expect(RouterHeaders.globalTimeout(head, action: action, config: respecting) == 15_000_000_000)
    }
}

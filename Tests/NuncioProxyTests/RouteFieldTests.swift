import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Route fields observed end to end, each beside real Envoy on the same YAML when `ENVOY_BIN` is set: redirect
/// scheme, port, prefix rewrite and query stripping; header matchers' `ignore_case` and `invert_match`; a virtual
/// host's retry policy and `retriable_status_codes`.
@Suite struct RouteFieldTests {
    static let routes = """
                          - name: default
                            domains: ["*"]
                            retry_policy: { retry_on: 5xx, num_retries: 1 }
                            routes:
                            - match: { prefix: "/old/" }
                              redirect:
                                scheme_redirect: https
                                port_redirect: 8443
                                prefix_rewrite: "/new/"
                                strip_query: true
                            - match: { prefix: "/keep/" }
                              redirect: { port_redirect: 8080 }
                            - match:
                                prefix: "/case"
                                headers:
                                - name: x-canary
                                  string_match: { exact: "YES", ignore_case: true }
                              direct_response: { status: 203, body: { inline_string: "folded" } }
                            - match:
                                prefix: "/invert"
                                headers:
                                - name: x-canary
                                  string_match: { exact: "yes" }
                                  invert_match: true
                              direct_response: { status: 202, body: { inline_string: "inverted" } }
                            - match:
                                prefix: "/status/"
                                headers: [{ name: x-codes, present_match: true }]
                              route:
                                cluster: one
                                retry_policy:
                                  retry_on: retriable-status-codes
                                  num_retries: 2
                                  retriable_status_codes: [418]
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """

    /// What a client sees for each request: status, `location`, body.
    struct Seen: Equatable, CustomStringConvertible {
        var status: Int
        var location: String?
        var body: String?
        var description: String { "\(status) \(location ?? "-") \(body ?? "-")" }
    }

    static let requests: [(path: String, headers: String)] = [
        ("/old/thing?x=1", ""), ("/keep/it?y=2", ""),
        ("/case", "x-canary: yes\r\n"), ("/case", "x-canary: no\r\n"),
        ("/invert", "x-canary: no\r\n"), ("/invert", "x-canary: yes\r\n"),
    ]

    static func seen(port: Int) throws -> [Seen] {
        try requests.map { request in
            let response = try RawHTTPClient.get(port: port, path: request.path, extraHeaders: request.headers)
            let body = response.header("content-type") == "application/json" ? nil : response.body
            return Seen(status: response.status, location: response.header("location"), body: body)
        }
    }

    static let expected = [
        Seen(status: 301, location: "https://localhost:8443/new/thing", body: ""),
        Seen(status: 301, location: "http://localhost:8080/keep/it?y=2", body: ""),
        Seen(status: 203, location: nil, body: "folded"), Seen(status: 200, location: nil, body: nil),
        Seen(status: 202, location: nil, body: "inverted"), Seen(status: 200, location: nil, body: nil),
    ]

    /// Nuncio on the routes, with upstream `a`; the YAML is returned for a real Envoy.
    static func start() throws -> (ProxyHarness, String) {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: Self.routes)
        try harness.start(yaml: yaml)
        return (harness, yaml)
    }

    @Test func redirectsAndHeaderMatchersAsEnvoy() throws {
        let (harness, yaml) = try Self.start()
        defer { harness.stop() }
        #expect(try Self.seen(port: harness.port) == Self.expected)
        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try Self.seen(port: envoy.port) == Self.expected)
    }

    /// How many times the upstream saw each request, and the cluster's `upstream_rq_retry`.
    static func attempts(port: Int, upstream: TestUpstream, retries: () -> UInt64) throws -> [Int] {
        var counts: [Int] = []
        let codes = "x-codes: 1\r\n"
        for (path, headers) in [("/status/503", ""), ("/status/418", codes), ("/status/503", codes)] {
            let before = upstream.requestCount
            _ = try RawHTTPClient.get(port: port, path: path, extraHeaders: headers)
            counts.append(upstream.requestCount - before)
        }
        counts.append(Int(retries()))
        return counts
    }

    /// The virtual host's policy applies where the route has none; a route's own policy replaces it, and
    /// `retriable-status-codes` retries only the listed codes.
    @Test func virtualHostRetryPolicyAndRetriableStatusCodesAsEnvoy() throws {
        let (harness, yaml) = try Self.start()
        defer { harness.stop() }
        let upstream = harness.upstreams["a"]!
        let expected = [2, 3, 1, 3]
        #expect(try Self.attempts(port: harness.port, upstream: upstream) {
            harness.stat("cluster.one.upstream_rq_retry")
        } == expected)
        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try Self.attempts(port: envoy.port, upstream: upstream) {
            envoy.stat("cluster.one.upstream_rq_retry")
        } == expected)
    }
}

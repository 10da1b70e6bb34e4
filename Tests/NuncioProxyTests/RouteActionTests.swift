import Foundation
import Testing

@testable import NuncioProxy
import NuncioTestSupport

/// Route matching and actions: domains, path kinds, headers, rewrites, direct responses, redirects, weights.
@Suite struct RouteActionTests {
    static func harness(routes: String) throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a", "b"])
        let yaml = ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), ""), ("two", harness.endpoint("b"), "")], routes: routes)
        try harness.start(yaml: yaml)
        return harness
    }

    static let routes = """
                          - name: exact-host
                            domains: ["api.example.com"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: two }
                          - name: suffix
                            domains: ["*.example.com"]
                            routes:
                            - match: { prefix: "/" }
                              direct_response: { status: 200, body: { inline_string: "wildcard" } }
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { path: "/exact" }
                              direct_response: { status: 201, body: { inline_string: "exact path" } }
                            - match: { safe_regex: { regex: "/items/[0-9]+" } }
                              direct_response: { status: 202, body: { inline_string: "regex" } }
                            - match:
                                prefix: "/hdr"
                                headers:
                                - name: x-canary
                                  string_match: { exact: "yes" }
                              route: { cluster: two }
                            - match: { prefix: "/hdr" }
                              route: { cluster: one }
                            - match: { prefix: "/CASE", case_sensitive: false }
                              direct_response: { status: 203, body: { inline_string: "case" } }
                            - match: { prefix: "/old/" }
                              route: { cluster: one, prefix_rewrite: "/new/", host_rewrite_literal: "upstream.local" }
                            - match: { prefix: "/moved" }
                              redirect: { host_redirect: "example.org", path_redirect: "/here", response_code: FOUND }
                            - match: { prefix: "/split" }
                              route:
                                weighted_clusters:
                                  clusters:
                                  - { name: one, weight: 100 }
                                  - { name: two, weight: 0 }
            """

    @Test func virtualHostsMatchExactThenWildcardThenDefault() throws {
        let harness = try Self.harness(routes: Self.routes)
        defer { harness.stop() }
        let exact = try RawHTTPClient.get(port: harness.port, path: "/x", host: "api.example.com")
        #expect(ProxyHarness.echo(exact.body)["server"] as? String == "b")
        let wildcard = try RawHTTPClient.get(port: harness.port, path: "/x", host: "www.example.com")
        #expect(wildcard.body == "wildcard")
        let fallback = try RawHTTPClient.get(port: harness.port, path: "/exact", host: "other.org")
        #expect(fallback.status == 201)
        #expect(fallback.body == "exact path")
        #expect(fallback.header("content-type") == "text/plain")
    }

    @Test func pathKindsAndHeaders() throws {
        let harness = try Self.harness(routes: Self.routes)
        defer { harness.stop() }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/exact?q=1").status == 201)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/exactly").status == 404)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/items/42").status == 202)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/items/x").status == 404)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/case/thing").status == 203)
        let canary = try RawHTTPClient.get(port: harness.port, path: "/hdr", extraHeaders: "x-canary: yes\r\n")
        #expect(ProxyHarness.echo(canary.body)["server"] as? String == "b")
        let stable = try RawHTTPClient.get(port: harness.port, path: "/hdr")
        #expect(ProxyHarness.echo(stable.body)["server"] as? String == "a")
    }

    @Test func rewritesRedirectsAndWeights() throws {
        let harness = try Self.harness(routes: Self.routes)
        defer { harness.stop() }
        let rewritten = try RawHTTPClient.get(port: harness.port, path: "/old/thing?x=1")
        let echo = ProxyHarness.echo(rewritten.body)
        #expect(echo["path"] as? String == "/new/thing?x=1")
        let headers = (echo["headers"] as? [[String]]) ?? []
        #expect(headers.contains(["host", "upstream.local"]))
        #expect(headers.contains(["x-envoy-original-path", "/old/thing?x=1"]))
        let redirect = try RawHTTPClient.get(port: harness.port, path: "/moved")
        #expect(redirect.status == 302)
        #expect(redirect.header("location") == "http://example.org/here")
        for _ in 0..<5 {
            let split = try RawHTTPClient.get(port: harness.port, path: "/split")
            #expect(ProxyHarness.echo(split.body)["server"] as? String == "a")
        }
    }
}

import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `normalize_path`, `merge_slashes` and `path_with_escaped_slashes_action` through the proxy: routing sees the
/// normalized path, the upstream receives it, and the redirects and refusals are Envoy's.
@Suite struct ConnectionManagerPathTests {
    /// `/admin` is answered by the proxy itself (403); everything else goes to upstream `a`.
    static func harness(_ managerExtra: String) throws -> ProxyHarness {
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/admin" }
                              direct_response: { status: 403, body: { inline_string: "admin" } }
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """
        return try ProxyHarness.oneUpstream(routes: routes, managerExtra: managerExtra)
    }

    static func upstreamPaths(_ harness: ProxyHarness) -> [String] {
        harness.upstreams["a"]!.requests.compactMap { $0.first { $0.0 == ":path" }?.1 }
    }

    /// The security point of `normalize_path`: a path that climbs out of a public prefix reaches the route its
    /// normalized form names, not the one its raw text matches.
    @Test func routingMatchesTheNormalizedPath() throws {
        let normalizing = try Self.harness("          normalize_path: true")
        defer { normalizing.stop() }
        let refused = try RawHTTPClient.get(port: normalizing.port, path: "/public/../admin/keys")
        #expect(refused.status == 403)
        #expect(refused.body == "admin")
        #expect(Self.upstreamPaths(normalizing).isEmpty)

        let raw = try Self.harness("")
        defer { raw.stop() }
        let forwarded = try RawHTTPClient.get(port: raw.port, path: "/public/../admin/keys")
        #expect(forwarded.status == 200)
        #expect(Self.upstreamPaths(raw) == ["/public/../admin/keys"])
    }

    @Test func upstreamReceivesTheNormalizedPath() throws {
        let harness = try Self.harness("          normalize_path: true\n          merge_slashes: true")
        defer { harness.stop() }
        for path in ["/a/./b/../c", "//x///y", "/a/%2e%2e/b", "/%41%42c", "/x?q=/../a"] {
            #expect(try RawHTTPClient.get(port: harness.port, path: path).status == 200)
        }
        #expect(Self.upstreamPaths(harness) == ["/a/c", "/x/y", "/b", "/ABc", "/x?q=/../a"])
    }

    @Test func escapedSlashesRedirectToTheDecodedPath() throws {
        let harness = try Self.harness("""
                      normalize_path: true
                      path_with_escaped_slashes_action: UNESCAPE_AND_REDIRECT
            """)
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/x/..%2Fadmin")
        #expect(response.status == 307)
        #expect(response.header("location") == "/admin")
        #expect(response.header("content-length") == "0")
        #expect(response.header("connection") == nil)
        let again = try RawHTTPClient.get(port: harness.port, path: "/a%2fb/c?k=%2F")
        #expect(again.header("location") == "/a/b/c?k=%2F")
        #expect(Self.upstreamPaths(harness).isEmpty)
        #expect(harness.stat("http.ingress_http.downstream_rq_redirected_with_normalized_path") == 2)
        #expect(harness.stat("http.ingress_http.downstream_rq_3xx") == 2)
    }

    @Test func escapedSlashesForwardedDecoded() throws {
        let harness = try Self.harness("          path_with_escaped_slashes_action: UNESCAPE_AND_FORWARD")
        defer { harness.stop() }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/a%2Fb%5Cc").status == 200)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/a%2Fb").status == 200)
        #expect(Self.upstreamPaths(harness) == ["/a/b\\c", "/a/b"])
    }

    @Test func escapedSlashesKeptByDefault() throws {
        let harness = try Self.harness("          path_with_escaped_slashes_action: KEEP_UNCHANGED")
        defer { harness.stop() }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/a%2Fb").status == 200)
        #expect(Self.upstreamPaths(harness) == ["/a%2Fb"])
    }

    /// Envoy answers 400 with no body and closes, as it does every HTTP/1 400; no response flag.
    @Test func rejectedPathsAnswer400() throws {
        let harness = try Self.harness("""
                      normalize_path: true
                      path_with_escaped_slashes_action: REJECT_REQUEST
            """)
        defer { harness.stop() }
        for path in ["/a%2Fb", "/a%00b"] {
            let response = try RawHTTPClient.get(port: harness.port, path: path)
            #expect(response.status == 400)
            #expect(response.body == "")
            #expect(response.header("connection") == "close")
        }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/a%41").status == 200)
        #expect(Self.upstreamPaths(harness) == ["/aA"])
        #expect(harness.stat("http.ingress_http.downstream_rq_failed_path_normalization") == 2)
        #expect(harness.stat("http.ingress_http.downstream_cx_protocol_error") == 0)
    }
}

import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The connection manager's request and response header edits, as Envoy 1.40 makes them: `via`,
/// `x-forwarded-for` and `x-envoy-external-address` with `use_remote_address` and `xff_num_trusted_hops`, the
/// client's internal `x-envoy-*` headers stripped, and `headers_with_underscores_action`.
@Suite struct ConnectionManagerHeaderTests {
    static let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/up" }
                              route: { cluster: one }
            """

    static func harness(_ managerExtra: String) throws -> ProxyHarness {
        try ProxyHarness.oneUpstream(routes: routes, managerExtra: managerExtra)
    }

    static func received(_ harness: ProxyHarness, _ index: Int = 0) -> [(String, String)] {
        harness.upstreams["a"]!.requests[index]
    }

    static func value(_ headers: [(String, String)], _ name: String) -> String? {
        headers.first { $0.0 == name }?.1
    }

    @Test func viaOnTheRequestAndEveryResponse() throws {
        let harness = try Self.harness("          via: proxy-via")
        defer { harness.stop() }
        let proxied = try RawHTTPClient.get(port: harness.port, path: "/up")
        #expect(proxied.headerValues("via") == ["proxy-via"])
        #expect(proxied.headers.last?.0 == "via")
        let names = Self.received(harness).map(\.0)
        // Envoy's order: after x-forwarded-proto, before x-request-id.
        #expect(names.firstIndex(of: "via")! == names.firstIndex(of: "x-forwarded-proto")! + 1)
        #expect(names.firstIndex(of: "via")! < names.firstIndex(of: "x-request-id")!)

        _ = try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "Via: 1.1 other\r\n")
        #expect(Self.value(Self.received(harness, 1), "via") == "1.1 other, proxy-via")

        // A local reply (no route) carries it too, right after `server` as in Envoy's header order.
        let local = try RawHTTPClient.get(port: harness.port, path: "/nowhere")
        #expect(local.status == 404)
        let localNames = local.headers.map { $0.0.lowercased() }
        #expect(localNames.firstIndex(of: "via") == localNames.firstIndex(of: "server")! + 1)
        #expect(local.header("via") == "proxy-via")
    }

    @Test func noViaUnlessConfigured() throws {
        let harness = try Self.harness("")
        defer { harness.stop() }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/up").header("via") == nil)
        #expect(Self.value(Self.received(harness), "via") == nil)
    }

    /// A loopback peer is not an address worth forwarding: Envoy appends its own machine's address instead.
    @Test func useRemoteAddressAppendsTheLocalAddressForALoopbackPeer() throws {
        let harness = try Self.harness("          use_remote_address: true")
        defer { harness.stop() }
        _ = try RawHTTPClient.get(port: harness.port, path: "/up")
        let headers = Self.received(harness)
        #expect(Self.value(headers, "x-forwarded-for") == ForwardedAddress.local)
        #expect(Self.value(headers, "x-envoy-external-address") == "127.0.0.1")
    }

    @Test func trustedHopsPickTheExternalAddressFromXForwardedFor() throws {
        let harness = try Self.harness("          use_remote_address: true\n          xff_num_trusted_hops: 1")
        defer { harness.stop() }
        _ = try RawHTTPClient.get(
            port: harness.port, path: "/up",
            extraHeaders: "X-Forwarded-For: 10.1.1.1, 10.2.2.2\r\nX-Envoy-External-Address: 1.2.3.4\r\n")
        let headers = Self.received(harness)
        #expect(Self.value(headers, "x-forwarded-for") == "10.1.1.1, 10.2.2.2,\(ForwardedAddress.local)")
        #expect(Self.value(headers, "x-envoy-external-address") == "10.2.2.2")
        #expect(headers.filter { $0.0 == "x-envoy-external-address" }.count == 1)
    }

    static let internalHeaders = [
        "x-envoy-retry-on", "x-envoy-max-retries", "x-envoy-upstream-rq-timeout-ms", "x-envoy-internal",
        "x-envoy-hedge-on-per-try-timeout", "x-envoy-ip-tags", "x-envoy-original-url",
        "x-envoy-retriable-status-codes", "x-envoy-retriable-header-names", "x-envoy-force-trace",
        "x-envoy-upstream-alt-stat-name", "x-envoy-upstream-rq-per-try-timeout-ms",
        "x-envoy-upstream-rq-timeout-alt-response", "x-envoy-expected-rq-timeout-ms", "x-envoy-retry-grpc-on",
    ]
    static let edgeHeaders = [
        "x-envoy-original-path", "x-envoy-decorator-operation", "x-envoy-downstream-service-cluster",
        "x-envoy-downstream-service-node",
    ]

    /// Every request is external (no `internal_address_config`): the client's internal headers go, and at the
    /// edge (`use_remote_address`) the edge-only ones too.
    @Test(arguments: [false, true])
    func clientInternalHeadersAreStripped(edge: Bool) throws {
        let harness = try Self.harness(edge ? "          use_remote_address: true" : "")
        defer { harness.stop() }
        let sent = (Self.internalHeaders + Self.edgeHeaders).map { "\($0.uppercased()): 1\r\n" }.joined()
        #expect(try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: sent + "X-Envoy-Kept: 1\r\n")
            .status == 200)
        let names = Set(Self.received(harness).map(\.0))
        #expect(names.isDisjoint(with: Self.internalHeaders.filter { $0 != "x-envoy-expected-rq-timeout-ms" }))
        #expect(Self.value(Self.received(harness), "x-envoy-expected-rq-timeout-ms") == "15000")
        #expect(names.isDisjoint(with: Self.edgeHeaders) == edge)
        #expect(names.contains("x-envoy-kept"))
    }

    @Test func underscoresRejected() throws {
        let harness = try Self.harness("""
                      common_http_protocol_options: { headers_with_underscores_action: REJECT_REQUEST }
            """)
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "my_header: 1\r\n")
        #expect(response.status == 400)
        #expect(response.body == "Bad Request")
        #expect(response.header("connection") == "close")
        #expect(harness.upstreams["a"]!.requestCount == 0)
        #expect(harness.stat("http1.requests_rejected_with_underscores_in_headers") == 1)
        #expect(harness.stat("http.ingress_http.downstream_cx_protocol_error") == 1)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "my-header: 1\r\n").status == 200)
    }

    @Test func underscoresDropped() throws {
        let harness = try Self.harness("""
                      common_http_protocol_options: { headers_with_underscores_action: DROP_HEADER }
            """)
        defer { harness.stop() }
        let extra = "my_header: 1\r\nother_one: 2\r\nmy-ok: 3\r\n"
        #expect(try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: extra).status == 200)
        let names = Self.received(harness).map(\.0)
        #expect(names.contains("my-ok"))
        #expect(!names.contains("my_header") && !names.contains("other_one"))
        #expect(harness.stat("http1.dropped_headers_with_underscores") == 2)
    }

    /// HTTP/2 (curl, h2c): Envoy's codec resets the stream with INTERNAL_ERROR, or drops the header; `http2.*`.
    @Test(.enabled(if: HTTP2DownstreamTests.curlAvailable)) func underscoresOverHTTP2() throws {
        let rejecting = try Self.harness("""
                      common_http_protocol_options: { headers_with_underscores_action: REJECT_REQUEST }
            """)
        defer { rejecting.stop() }
        let url = "http://127.0.0.1:\(rejecting.port)/up"
        let reset = try ChildProcess.run(
            "/usr/bin/curl", ["-s", "-v", "--max-time", "10", "--http2-prior-knowledge", "-H", "my_header: 1", url],
            seconds: 20)
        #expect(reset.stderr.contains("INTERNAL_ERROR"))
        #expect(rejecting.upstreams["a"]!.requestCount == 0)
        #expect(rejecting.stat("http2.requests_rejected_with_underscores_in_headers") == 1)
        #expect(rejecting.stat("http1.requests_rejected_with_underscores_in_headers") == 0)
        // Counted as a request that the downstream reset, as Envoy counts it.
        #expect(rejecting.stat("http.ingress_http.downstream_rq_total") == 1)
        #expect(rejecting.stat("http.ingress_http.downstream_rq_rx_reset") == 1)
        #expect(rejecting.stat("http.ingress_http.downstream_rq_active") == 0)

        let dropping = try Self.harness("""
                      common_http_protocol_options: { headers_with_underscores_action: DROP_HEADER }
            """)
        defer { dropping.stop() }
        let output = try HTTP2DownstreamTests.curl([
            "-s", "--http2-prior-knowledge", "-H", "my_header: 1", "-H", "my-ok: 2",
            "http://127.0.0.1:\(dropping.port)/up",
        ])
        #expect(output.contains("my-ok"))
        let names = Self.received(dropping).map(\.0)
        #expect(names.contains("my-ok") && !names.contains("my_header"))
        #expect(dropping.stat("http2.dropped_headers_with_underscores") == 1)
    }

    @Test func underscoresAllowedByDefault() throws {
        let harness = try Self.harness("")
        defer { harness.stop() }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "my_header: 1\r\n").status == 200)
        #expect(Self.value(Self.received(harness), "my_header") == "1")
    }

    /// Without `use_remote_address`, `x-forwarded-for` (past the trusted hops) names the client Envoy logs.
    @Test func trustedHopsNameTheLoggedDownstreamAddress() throws {
        let path = NSTemporaryDirectory() + "nuncio-xff-\(UUID().uuidString).log"
        let format = "%DOWNSTREAM_REMOTE_ADDRESS% %DOWNSTREAM_DIRECT_REMOTE_ADDRESS_WITHOUT_PORT%"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = try Self.harness("""
                      xff_num_trusted_hops: 1
                      access_log:
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                          path: \(path)
                          log_format:
                            text_format_source: { inline_string: "\(format)\\n" }
            """)
        defer { harness.stop() }
        for xff in ["10.1.1.1, 10.2.2.2", "10.1.1.1", "bogus, 10.2.2.2", "10.1.1.1, 10.2.2.2, 10.3.3.3"] {
            _ = try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "X-Forwarded-For: \(xff)\r\n")
        }
        let lines = AccessLogTests.logLines(path, count: 4)
        #expect(lines.count == 4)
        guard lines.count == 4 else { return }
        // The direct remote address stays the peer.
        #expect(lines[0] == "10.1.1.1:0 127.0.0.1")
        #expect(lines[1].hasPrefix("127.0.0.1:") && !lines[1].hasPrefix("127.0.0.1:0 "))
        #expect(lines[2].hasPrefix("127.0.0.1:") && lines[2].hasSuffix(" 127.0.0.1"))
        #expect(lines[3] == "10.2.2.2:0 127.0.0.1")
        // The header itself is forwarded as it came.
        #expect(Self.value(Self.received(harness), "x-forwarded-for") == "10.1.1.1, 10.2.2.2")
    }
}

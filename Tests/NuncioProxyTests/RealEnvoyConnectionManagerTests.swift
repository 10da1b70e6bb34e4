import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Real Envoy and Nuncio on the same connection manager config (`normalize_path`, `merge_slashes`, `via`,
/// `use_remote_address`, `xff_num_trusted_hops`, `path_with_escaped_slashes_action`,
/// `headers_with_underscores_action`), the same probes to both: status, `location`, `via`, the body of local
/// replies, the path and headers the upstream received, and the counters. Runs when `ENVOY_BIN` is set.
@Suite(.enabled(if: RealEnvoy.binary != nil), .serialized)
struct RealEnvoyConnectionManagerTests {
    static let connectionManagerType =
        "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"

    static func config(listenerPort: Int, upstreamPort: Int) -> String {
        """
        admin:
          address: { socket_address: { address: 127.0.0.1, port_value: 0 } }
        static_resources:
          listeners:
          - name: front
            address: { socket_address: { address: 127.0.0.1, port_value: \(listenerPort) } }
            filter_chains:
            - filters:
              - name: envoy.filters.network.http_connection_manager
                typed_config:
                  "@type": \(connectionManagerType)
                  stat_prefix: ingress_http
                  normalize_path: true
                  merge_slashes: true
                  via: proxy-via
                  use_remote_address: true
                  xff_num_trusted_hops: 1
                  path_with_escaped_slashes_action: UNESCAPE_AND_REDIRECT
                  common_http_protocol_options: { headers_with_underscores_action: REJECT_REQUEST }
                  route_config:
                    virtual_hosts:
                    - name: all
                      domains: ["*"]
                      routes:
                      - match: { prefix: "/admin" }
                        direct_response: { status: 403, body: { inline_string: "admin" } }
                      - match: { prefix: "/up" }
                        route: { cluster: up }
                  http_filters:
                  - name: envoy.filters.http.router
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
          clusters:
          - name: up
            type: STATIC
            connect_timeout: 1s
            load_assignment:
              cluster_name: up
              endpoints:
              - lb_endpoints:
                - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: \(upstreamPort) } } }
        """
    }

    static let probes: [(path: String, headers: String)] = [
        ("/up/a/./b/../c", ""), ("//up///y", ""), ("/up/a/%2e%2e/b", ""), ("/up/%41%42c", ""), ("/up/a\\b", ""),
        ("/up/x?q=/../a", ""), ("/up/a\"b{c}", ""), ("/up/.;x/y", ""), ("/up/x/../../admin/keys", ""),
        ("/up/public/..%2F..%2Fadmin", ""), ("/up/a%2Fb", ""), ("/up/a%2fb/c?k=%2F", ""), ("/up/a%00b", ""),
        ("/nowhere", ""), ("/up/x", "my_header: 1\r\n"), ("/up/x", "Via: 1.1 other\r\n"),
        ("/up/x", "X-Forwarded-For: 10.1.1.1, 10.2.2.2\r\n"),
        ("/up/x", "X-Envoy-Retry-On: 5xx\r\nX-Envoy-Original-Path: /z\r\nX-Envoy-External-Address: 1.2.3.4\r\n"
            + "X-Envoy-Internal: true\r\nX-Envoy-Kept: 1\r\n"),
    ]

    /// What a probe shows of a proxy: its answer and, when it forwarded, what the upstream received (the
    /// request id masked, as it is random).
    struct Observation: Equatable, CustomStringConvertible {
        var status: Int
        var location: String?
        var via: [String]
        var connection: String?
        var localBody: String?
        var upstream: [String]?

        var description: String {
            "\(status) location=\(location ?? "-") via=\(via) connection=\(connection ?? "-") "
                + "body=\(localBody ?? "-") upstream=\(upstream?.joined(separator: " | ") ?? "-")"
        }
    }

    static func observe(port: Int, upstream: TestUpstream, probe: (path: String, headers: String)) throws
        -> Observation
    {
        let before = upstream.requestCount
        let response = try RawHTTPClient.get(port: port, path: probe.path, host: "front", extraHeaders: probe.headers)
        let forwarded = upstream.requestCount > before
        return Observation(
            status: response.status, location: response.header("location"), via: response.headerValues("via"),
            connection: response.header("connection"), localBody: forwarded ? nil : response.body,
            upstream: forwarded ? upstream.requests[before].map { "\($0.0): \($0.0 == "x-request-id" ? "*" : $0.1)" }
                : nil)
    }

    static let http2Probes: [(path: String, header: String?)] = [
        ("/up/a/./b/../c", nil), ("/up/a%2Fb", nil), ("/nowhere", nil), ("/up/x", "my_header: 1"),
    ]

    /// Over HTTP/2: the status (0 for a reset), `location`, `via` and the upstream's path.
    static func observeHTTP2(port: Int, upstream: TestUpstream, probe: (path: String, header: String?)) throws
        -> [String]
    {
        let before = upstream.requestCount
        let extra = probe.header.map { ["-H", $0] } ?? []
        let output = try HTTP2DownstreamTests.curl(
            ["-si", "--http2-prior-knowledge"] + extra + ["http://127.0.0.1:\(port)\(probe.path)"])
        let lines = output.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let status = lines.first.map { $0.split(separator: " ").dropFirst().first.map(String.init) ?? "0" } ?? "0"
        // Sorted: a local reply's `location` stands elsewhere in Nuncio's order (README, Differences).
        let kept = lines.filter { $0.hasPrefix("location:") || $0.hasPrefix("via:") }.sorted()
        let path = upstream.requestCount > before
            ? upstream.requests[before].first { $0.0 == ":path" }?.1 ?? "?" : "-"
        return [status.isEmpty ? "0" : status] + kept + [path]
    }

    @Test func sameAnswersAndUpstreamRequestsAsEnvoy() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let envoyUpstream = try TestUpstream(name: "envoy-up", group: group)
        defer { envoyUpstream.stop() }
        let envoyPort = NuncioBinary.freePort()
        let envoy = try RealEnvoy(
            binary: RealEnvoy.binary!, config: Self.config(listenerPort: envoyPort, upstreamPort: envoyUpstream.port))
        defer { envoy.stop() }

        let harness = ProxyHarness()
        try harness.addUpstreams(["a"], firstAddress: 1)
        try harness.start(yaml: Self.config(listenerPort: 0, upstreamPort: harness.upstreams["a"]!.port))
        defer { harness.stop() }

        for probe in Self.probes {
            let expected = try Self.observe(port: envoyPort, upstream: envoyUpstream, probe: probe)
            let actual = try Self.observe(port: harness.port, upstream: harness.upstreams["a"]!, probe: probe)
            #expect(actual == expected, "\(probe.path) \(probe.headers.debugDescription)")
        }
        // HTTP/2 (curl, h2c): the same path edits, and the underscore refusal is a reset.
        for probe in Self.http2Probes where HTTP2DownstreamTests.curlAvailable {
            let expected = try Self.observeHTTP2(port: envoyPort, upstream: envoyUpstream, probe: probe)
            let actual = try Self.observeHTTP2(port: harness.port, upstream: harness.upstreams["a"]!, probe: probe)
            #expect(actual == expected, "HTTP/2 \(probe)")
        }
        let envoyStats = try envoy.stats()
        for name in [
            "http.ingress_http.downstream_rq_redirected_with_normalized_path",
            "http.ingress_http.downstream_rq_failed_path_normalization",
            "http1.requests_rejected_with_underscores_in_headers", "http.ingress_http.downstream_cx_protocol_error",
            "http.ingress_http.downstream_rq_4xx", "http.ingress_http.downstream_rq_3xx",
            "http.ingress_http.downstream_rq_2xx", "http2.requests_rejected_with_underscores_in_headers",
        ] {
            #expect(harness.stat(name) == envoyStats[name], "\(name)")
        }
    }
}

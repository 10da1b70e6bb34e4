import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The HTTP filter chain end to end: the buffer filter (whole bodies, 413 past `max_request_bytes`, a route's
/// `BufferPerRoute`), a filter `disabled` by default enabled by a route's `FilterConfig`, and the health check
/// filter's response side.
@Suite struct HTTPFilterChainTests {
    /// `routes` under one virtual host `default` for cluster `one` on upstream `a`; `filters` before the router.
    private static func start(
        filters: String, routes: String, vhostExtra: String = "", routeConfigExtra: String = ""
    ) throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: """
                          - name: default
                            domains: ["*"]
            \(vhostExtra)
                            routes:
            \(routes)
            """).replacingOccurrences(of: """
                      http_filters:
                      - name: envoy.filters.http.router
            """, with: """
                      http_filters:
            \(filters)
                      - name: envoy.filters.http.router
            """).replacingOccurrences(of: "            name: local_route\n", with: "            name: local_route\n"
                + routeConfigExtra)
        try harness.start(yaml: yaml)
        return harness
    }

    private static let buffer = """
                  - name: envoy.filters.http.buffer
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer
                      max_request_bytes: 1024
        """

    private static func post(_ port: Int, path: String, body: Int, chunked: Bool = false) throws -> RawHTTPClient.Response? {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        let bytes = String(repeating: "b", count: body)
        if chunked {
            client.send("POST \(path) HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            var sent = 0
            while sent < body {
                let size = min(200, body - sent)
                client.send(String(size, radix: 16) + "\r\n" + String(repeating: "b", count: size) + "\r\n")
                sent += size
            }
            client.send("0\r\n\r\n")
        } else {
            client.send("POST \(path) HTTP/1.1\r\nHost: x\r\nContent-Length: \(body)\r\n\r\n" + bytes)
        }
        return client.readResponse()
    }

    @Test func bufferFilterSendsTheWholeBodyWithALength() throws {
        let harness = try Self.start(filters: Self.buffer, routes: """
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """)
        defer { harness.stop() }
        let response = try #require(try Self.post(harness.port, path: "/up", body: 900, chunked: true))
        #expect(response.status == 200)
        let echo = ProxyHarness.echo(response.body)
        #expect(echo["body_bytes"] as? Int == 900)
        let headers = (echo["headers"] as? [[String]]) ?? []
        // A chunked request leaves the buffer filter with the length it turned out to have, as Envoy's does.
        #expect(headers.contains(["content-length", "900"]))
        #expect(!headers.contains { $0.first == "transfer-encoding" })
    }

    @Test func bufferFilterAnswers413PastTheLimit() throws {
        let harness = try Self.start(filters: Self.buffer, routes: """
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """)
        defer { harness.stop() }
        let response = try #require(try Self.post(harness.port, path: "/up", body: 3000, chunked: true))
        #expect(response.status == 413)
        #expect(response.body == "Payload Too Large")
        #expect(harness.stat("http.ingress_http.downstream_rq_too_large") == 1)
        #expect(harness.stat("http.ingress_http.downstream_rq_4xx") == 1)
        #expect(harness.upstreams["a"]!.requestCount == 0)
    }

    @Test func aRouteDisablesTheBufferOrSetsItsOwnLimit() throws {
        let harness = try Self.start(filters: Self.buffer, routes: """
                            - match: { prefix: "/stream" }
                              route: { cluster: one }
                              typed_per_filter_config:
                                envoy.filters.http.buffer:
                                  "@type": type.googleapis.com/envoy.extensions.filters.http.buffer.v3.BufferPerRoute
                                  disabled: true
                            - match: { prefix: "/large" }
                              route: { cluster: one }
                              typed_per_filter_config:
                                envoy.filters.http.buffer:
                                  "@type": type.googleapis.com/envoy.extensions.filters.http.buffer.v3.BufferPerRoute
                                  buffer: { max_request_bytes: 8192 }
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """)
        defer { harness.stop() }
        let streamed = try #require(try Self.post(harness.port, path: "/stream", body: 5000))
        #expect(streamed.status == 200)
        #expect(ProxyHarness.echo(streamed.body)["body_bytes"] as? Int == 5000)
        let large = try #require(try Self.post(harness.port, path: "/large", body: 5000, chunked: true))
        #expect(large.status == 200)
        #expect(ProxyHarness.echo(large.body)["body_bytes"] as? Int == 5000)
        let limited = try #require(try Self.post(harness.port, path: "/other", body: 5000, chunked: true))
        #expect(limited.status == 413)
    }

    /// The least specific level: the route configuration's `typed_per_filter_config` turns the buffer off for all.
    @Test func routeConfigurationLevelFilterConfigApplies() throws {
        let harness = try Self.start(filters: Self.buffer, routes: """
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """, routeConfigExtra: """
                        typed_per_filter_config:
                          envoy.filters.http.buffer:
                            "@type": type.googleapis.com/envoy.config.route.v3.FilterConfig
                            disabled: true

            """)
        defer { harness.stop() }
        let streamed = try #require(try Self.post(harness.port, path: "/any", body: 5000, chunked: true))
        #expect(streamed.status == 200)
        #expect(ProxyHarness.echo(streamed.body)["body_bytes"] as? Int == 5000)
        let headers = (ProxyHarness.echo(streamed.body)["headers"] as? [[String]]) ?? []
        #expect(!headers.contains { $0.first == "content-length" })
    }

    /// `disabled: true` in the chain; a virtual host's `FilterConfig` turns it on, one route turns it off again.
    @Test func aFilterDisabledByDefaultRunsWhereARouteEnablesIt() throws {
        let filters = """
                      - name: probe
                        disabled: true
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck
                          pass_through_mode: false
                          headers:
                          - name: ":path"
                            string_match: { suffix: "/healthz" }
            """
        let harness = try Self.start(filters: filters, routes: """
                            - match: { prefix: "/plain" }
                              route: { cluster: one }
                              typed_per_filter_config:
                                probe:
                                  "@type": type.googleapis.com/envoy.config.route.v3.FilterConfig
                                  disabled: true
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """, vhostExtra: """
                            typed_per_filter_config:
                              probe:
                                "@type": type.googleapis.com/envoy.config.route.v3.FilterConfig
                                disabled: false
            """)
        defer { harness.stop() }
        let answered = try RawHTTPClient.get(port: harness.port, path: "/healthz")
        #expect(answered.status == 200)
        #expect(answered.body.isEmpty)
        #expect(harness.upstreams["a"]!.requestCount == 0)
        let proxied = try RawHTTPClient.get(port: harness.port, path: "/plain/healthz")
        #expect(proxied.status == 200)
        #expect(ProxyHarness.echo(proxied.body)["path"] as? String == "/plain/healthz")
        #expect(harness.upstreams["a"]!.requestCount == 1)
    }

    /// Envoy's health check filter marks every response while the server fails health checks, not only probes.
    @Test func failingHealthMarksProxiedResponses() throws {
        let harness = try Self.start(filters: """
                      - name: envoy.filters.http.health_check
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck
                          pass_through_mode: false
                          headers:
                          - name: ":path"
                            string_match: { exact: "/healthz" }
            """, routes: """
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """)
        defer { harness.stop() }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").header("x-envoy-immediate-health-check-fail")
            == nil)
        harness.server.state.healthCheckFailed = true
        let proxied = try RawHTTPClient.get(port: harness.port, path: "/x")
        #expect(proxied.status == 200)
        #expect(proxied.header("x-envoy-immediate-health-check-fail") == "true")
    }
}

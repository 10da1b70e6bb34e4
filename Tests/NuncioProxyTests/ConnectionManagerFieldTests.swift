import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The connection manager fields whose effect is one header or one timer: `server_header_transformation`,
/// `skip_xff_append`, `preserve_external_request_id`, `max_headers_count`, `idle_timeout`, `stream_idle_timeout`,
/// `max_connection_duration`, each observed on loopback as Envoy 1.40 shows it.
@Suite struct ConnectionManagerFieldTests {
    static func harness(_ managerExtra: String) throws -> ProxyHarness {
        try ConnectionManagerHeaderTests.harness(managerExtra)
    }

    static func received(_ harness: ProxyHarness, _ index: Int = 0) -> [(String, String)] {
        harness.upstreams["a"]!.requests[index]
    }

    static func value(_ headers: [(String, String)], _ name: String) -> String? {
        headers.first { $0.0 == name }?.1
    }

    /// A second proxy in front of one whose `server` is `back`: the upstream's `server` header is then present,
    /// so the three transformations differ. The front is Nuncio, then real Envoy when `ENVOY_BIN` is set.
    static func serverSeenThroughTwoProxies(_ transformation: String) throws -> [[String?]] {
        let back = try harness("          server_name: back")
        defer { back.stop() }
        let front = ProxyHarness()
        defer { front.stop() }
        let endpoint = """
                    - endpoint:
                        address:
                          socket_address: { address: 127.0.0.1, port_value: \(back.port) }
            """
        let extra = "          server_name: front\n          server_header_transformation: \(transformation)"
        let yaml = ProxyHarness.config(
            clusters: [("one", endpoint, "")], routes: ConnectionManagerHeaderTests.routes, managerExtra: extra)
        try front.start(yaml: yaml)
        func servers(_ port: Int) throws -> [String?] {
            let proxied = try RawHTTPClient.get(port: port, path: "/up")
            #expect(proxied.status == 200)
            #expect(proxied.headerValues("server").count <= 1)
            let local = try RawHTTPClient.get(port: port, path: "/nowhere")
            #expect(local.status == 404)
            return [proxied.header("server"), local.header("server")]
        }
        var seen = [try servers(front.port)]
        if RealEnvoy.available {
            let envoy = try RealEnvoy(yaml: yaml)
            defer { envoy.stop() }
            seen.append(try servers(envoy.port))
        }
        return seen
    }

    /// Each proxy's `server` on a proxied response and on a local reply.
    @Test(arguments: [
        ("OVERWRITE", ["front", "front"]), ("APPEND_IF_ABSENT", ["back", "front"]),
        ("PASS_THROUGH", ["back", nil]),
    ])
    func serverHeaderTransformation(_ transformation: String, expected: [String?]) throws {
        for seen in try Self.serverSeenThroughTwoProxies(transformation) {
            #expect(seen == expected)
        }
    }

    @Test func skipXffAppendLeavesXForwardedForAsTheClientSentIt() throws {
        let harness = try Self.harness("          use_remote_address: true\n          skip_xff_append: true")
        defer { harness.stop() }
        _ = try RawHTTPClient.get(port: harness.port, path: "/up")
        #expect(Self.value(Self.received(harness, 0), "x-forwarded-for") == nil)
        _ = try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "X-Forwarded-For: 10.1.1.1\r\n")
        #expect(Self.value(Self.received(harness, 1), "x-forwarded-for") == "10.1.1.1")
        // The edge still names the external address: only the append is skipped.
        #expect(Self.value(Self.received(harness, 1), "x-envoy-external-address") != nil)
    }

    @Test(arguments: [false, true])
    func preserveExternalRequestIdKeepsTheClientsIdAtTheEdge(preserve: Bool) throws {
        let harness = try Self.harness(
            "          use_remote_address: true\n          preserve_external_request_id: \(preserve)")
        defer { harness.stop() }
        _ = try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: "X-Request-Id: client-id\r\n")
        let forwarded = Self.value(Self.received(harness), "x-request-id")
        #expect(forwarded != nil)
        #expect((forwarded == "client-id") == preserve)
    }

    @Test func maxHeadersCountRejectsARequestWithMoreHeaders() throws {
        let harness = try Self.harness("          common_http_protocol_options: { max_headers_count: 8 }")
        defer { harness.stop() }
        let few = (1...3).map { "x-h\($0): 1\r\n" }.joined()
        #expect(try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: few).status == 200)
        let many = (1...12).map { "x-h\($0): 1\r\n" }.joined()
        let rejected = try RawHTTPClient.get(port: harness.port, path: "/up", extraHeaders: many)
        #expect(rejected.status == 431)
        #expect(harness.upstreams["a"]!.requestCount == 1)
    }

    /// One request on a keep-alive connection, which the proxy then closes on its own, counting `counter`.
    static func closesAfterOneRequest(_ managerExtra: String, counting counter: String) throws {
        let harness = try Self.harness(managerExtra)
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("GET /up HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(client.readResponse()?.status == 200)
        #expect(client.waitForClose())
        #expect(waitUntil { harness.stat("http.ingress_http." + counter) == 1 })
    }

    @Test func idleTimeoutClosesAConnectionWithNoRequest() throws {
        try Self.closesAfterOneRequest(
            "          common_http_protocol_options: { idle_timeout: 0.3s }", counting: "downstream_cx_idle_timeout")
    }

    /// Headers arrive, the body never does: nothing passes either way, so the stream times out.
    @Test func streamIdleTimeoutEndsARequestThatStalls() throws {
        let harness = try Self.harness("          stream_idle_timeout: 0.3s")
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("POST /up HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nab")
        _ = client.waitForClose()
        #expect(waitUntil { harness.stat("http.ingress_http.downstream_rq_idle_timeout") == 1 })
        #expect(harness.stat("http.ingress_http.downstream_cx_idle_timeout") == 0)
    }

    @Test func maxConnectionDurationDrainsTheConnection() throws {
        try Self.closesAfterOneRequest("          common_http_protocol_options: { max_connection_duration: 0.3s }",
            counting: "downstream_cx_max_duration_reached")
    }
}

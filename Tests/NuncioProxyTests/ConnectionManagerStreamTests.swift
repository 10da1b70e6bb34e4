import Foundation
import NuncioTestSupport
import Testing

/// The connection manager's per-stream settings: `request_timeout`, `max_stream_duration`, HTTP/1.0 with
/// `default_host_for_http_10`, and a local reply before the request body is in. Each observed on Nuncio and, where
/// `ENVOY_BIN` is set, compared with real Envoy on the same config.
@Suite struct ConnectionManagerStreamTests {
    private static func yaml(_ harness: ProxyHarness) -> String {
        ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/local" }
                              direct_response: { status: 403, body: { inline_string: "local" } }
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """, managerExtra: """
                      request_timeout: 0.4s
                      common_http_protocol_options: { max_stream_duration: 0.6s }
                      http_protocol_options: { accept_http_10: true, default_host_for_http_10: default.example }
            """)
    }

    /// Status, body, whether the connection closed after the response, and the Host the upstream saw.
    private struct Outcome: Equatable {
        var status: Int
        var body: String
        var connectionClose: Bool
        var upstreamHost: String?
    }

    private static func send(_ port: Int, _ request: String, hasBody: Bool = true) throws -> Outcome {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send(request)
        guard let response = client.readResponse(hasBody: hasBody) else {
            return Outcome(status: 0, body: "", connectionClose: true, upstreamHost: nil)
        }
        let echo = ProxyHarness.echo(response.body)
        let host = ((echo["headers"] as? [[String]]) ?? []).first { $0.first == "host" }?.last
        return Outcome(
            status: response.status, body: echo.isEmpty ? response.body : "(echo)",
            connectionClose: response.header("connection") == "close", upstreamHost: host)
    }

    private static let probes: [(name: String, request: String)] = [
        ("slow body", "POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab"),
        ("slow upstream", "GET /delay/2000 HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("HTTP/1.0 without Host", "GET /ten HTTP/1.0\r\n\r\n"),
        ("local reply before the body", "POST /local HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab"),
    ]

    @Test func timeoutsDefaultHostAndEarlyReplies() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        try harness.start(yaml: Self.yaml(harness))
        defer { harness.stop() }
        let outcomes = try Self.probes.map { try Self.send(harness.port, $0.request) }
        #expect(outcomes[0] == Outcome(status: 408, body: "request timeout", connectionClose: true, upstreamHost: nil))
        #expect(harness.stat("http.ingress_http.downstream_rq_timeout") == 1)
        #expect(outcomes[1] == Outcome(
            status: 504, body: "downstream duration timeout", connectionClose: false, upstreamHost: nil))
        #expect(harness.stat("http.ingress_http.downstream_rq_max_duration_reached") == 1)
        #expect(outcomes[2].status == 200)
        #expect(outcomes[2].upstreamHost == "default.example")
        #expect(outcomes[3] == Outcome(status: 403, body: "local", connectionClose: true, upstreamHost: nil))
    }

    @Test(.enabled(if: RealEnvoy.available, "ENVOY_BIN is not set"))
    func sameAsRealEnvoy() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = Self.yaml(harness)
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        for probe in Self.probes {
            let fromEnvoy = try Self.send(envoy.port, probe.request)
            let fromNuncio = try Self.send(harness.port, probe.request)
            #expect(fromNuncio == fromEnvoy, "\(probe.name)")
        }
    }
}

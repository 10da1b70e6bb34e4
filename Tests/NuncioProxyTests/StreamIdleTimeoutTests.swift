import Foundation
import NuncioTestSupport
import Testing

/// `stream_idle_timeout` before the response has begun, as real Envoy answers it: 504 "stream timeout" when the
/// request is in and the upstream is silent (the connection stays), 408 "stream timeout" with `connection: close`
/// when the request body stopped coming.
@Suite struct StreamIdleTimeoutTests {
    static let managerExtra = "          stream_idle_timeout: 0.5s"

    static func check(port: Int, stat: (String) -> UInt64) throws {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("GET /delay/3000 HTTP/1.1\r\nHost: x\r\n\r\n")
        let silent = client.readResponse()
        #expect(silent?.status == 504)
        #expect(silent?.body == "stream timeout")
        #expect(silent?.header("connection") == nil)
        client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(client.readResponse()?.status == 200)

        let stalled = try RawHTTPClient(port: port)
        defer { stalled.close() }
        stalled.send("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab")
        let partial = stalled.readResponse()
        #expect(partial?.status == 408)
        #expect(partial?.body == "stream timeout")
        #expect(partial?.header("connection") == "close")
        #expect(waitUntil { stat("http.ingress_http.downstream_rq_idle_timeout") == 2 })
    }

    @Test func beforeTheResponseEnvoyAnswersStreamTimeout() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne,
            managerExtra: Self.managerExtra)
        try harness.start(yaml: yaml)
        try Self.check(port: harness.port, stat: harness.stat)
        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        try Self.check(port: envoy.port, stat: envoy.stat)
    }
}

import Foundation
import NuncioTestSupport
import Testing

/// With the default AUTO codec, a connection that never sends a byte is still bound by `idle_timeout`: it runs
/// from accept, as Envoy's does. `request_headers_timeout` starts at the first byte in Envoy, so it leaves such a
/// connection open. Checked side by side with real Envoy.
@Suite struct ConnectionTimersFromAcceptTests {
    /// Whether the proxy closed a connection that sent nothing within 5 s.
    private static func silentConnectionIsClosed(port: Int) throws -> Bool {
        let client = try RawHTTPClient(port: port, receiveTimeoutMilliseconds: 5_000)
        defer { client.close() }
        let start = Date()
        _ = client.waitForClose()
        // The read ends at the peer's close, or at the 5 s receive timeout when nothing closed it.
        return Date().timeIntervalSince(start) < 4.5
    }

    @Test(arguments: [
        ("idle_timeout: 0.3s", "downstream_cx_idle_timeout", true),
        ("request_headers_timeout: 0.3s", "downstream_rq_header_timeout", false),
    ])
    func aSilentConnectionIsClosedByItsIdleTimer(_ option: String, counter: String, closes: Bool) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let managerOption = option.hasPrefix("idle") ? "          common_http_protocol_options: { \(option) }"
            : "          \(option)"
        let yaml = ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne,
            managerExtra: managerOption)
        try harness.start(yaml: yaml)
        #expect(try Self.silentConnectionIsClosed(port: harness.port) == closes)
        #expect(harness.stat("http.ingress_http.\(counter)") == (closes ? 1 : 0))
        if RealEnvoy.available {
            let envoy = try RealEnvoy(yaml: yaml)
            defer { envoy.stop() }
            #expect(try Self.silentConnectionIsClosed(port: envoy.port) == closes)
            #expect(envoy.stat("http.ingress_http.\(counter)") == (closes ? 1 : 0))
        }
    }
}

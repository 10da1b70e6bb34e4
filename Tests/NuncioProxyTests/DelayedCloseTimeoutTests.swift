import Foundation
import NuncioTestSupport
import Testing

/// `delayed_close_timeout`: after a protocol-error reply the proxy waits that long before closing, so the client
/// reads the reply first; at 0 it closes at once. Beside real Envoy when `ENVOY_BIN` is set.
@Suite struct DelayedCloseTimeoutTests {
    /// Seconds from sending a malformed request to the proxy's close, and the reply's status.
    static func secondsUntilClose(port: Int) throws -> (status: Int?, seconds: Double) {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        let started = Date()
        client.send("NOT HTTP AT ALL\r\n\r\n")
        let status = client.readResponse()?.status
        #expect(client.waitForClose())
        return (status, Date().timeIntervalSince(started))
    }

    @Test(arguments: [("4s", true), ("0s", false)])
    func protocolErrorRepliesCloseAfterTheTimeout(timeout: String, delayed: Bool) throws {
        let extra = "          delayed_close_timeout: \(timeout)"
        let harness = try ConnectionManagerHeaderTests.harness(extra)
        defer { harness.stop() }
        var ports = [harness.port]
        var envoy: RealEnvoy?
        if RealEnvoy.available {
            envoy = try RealEnvoy(yaml: ProxyHarness.config(
                clusters: [("one", harness.endpoint("a"), "")], routes: ConnectionManagerHeaderTests.routes,
                managerExtra: extra))
            ports.append(envoy!.port)
        }
        defer { envoy?.stop() }
        for port in ports {
            let (status, seconds) = try Self.secondsUntilClose(port: port)
            #expect(status == 400, "port \(port)")
            #expect((seconds >= 2) == delayed, "port \(port): closed after \(seconds) s")
        }
    }
}

import Foundation
import NuncioTestSupport
import Testing

/// Envoy's per-listener connection limit, set by the runtime key
/// `envoy.resource_limits.listener.<name>.connection_limit`: a connection past it is closed at once and counted in
/// `listener.<address>.downstream_cx_overflow`. Observed on Nuncio and compared with real Envoy where present.
@Suite struct ListenerConnectionLimitTests {
    private static func yaml(_ harness: ProxyHarness) -> String {
        ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne).replacingOccurrences(of: "  - address:\n", with: "  - name: front\n    address:\n", options: [],
                range: nil) + """
            layered_runtime:
              layers:
              - name: static
                static_layer:
                  envoy.resource_limits.listener.front.connection_limit: 1

            """
    }

    /// Whether a second connection is served while a first one is open, and the overflow count after it.
    private static func probe(port: Int, overflow: () -> UInt64) throws -> (secondServed: Bool, overflow: UInt64) {
        let first = try RawHTTPClient(port: port)
        defer { first.close() }
        first.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = first.readResponse()
        let second = try RawHTTPClient(port: port, receiveTimeoutMilliseconds: 2_000)
        defer { second.close() }
        second.send("GET /two HTTP/1.1\r\nHost: x\r\n\r\n")
        let served = second.readResponse()?.status == 200
        _ = waitUntil(seconds: 3) { overflow() >= 1 }
        return (served, overflow())
    }

    @Test func aConnectionPastTheLimitIsClosedAndCounted() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        // A fixed port: listener stats are named by the configured address.
        let port = NuncioBinary.freePort()
        try harness.start(yaml: Self.yaml(harness).replacingOccurrences(of: "@LISTENER_PORT@", with: String(port)))
        defer { harness.stop() }
        let name = "listener.127.0.0.1_\(harness.port).downstream_cx_overflow"
        let result = try Self.probe(port: harness.port) { harness.stat(name) }
        #expect(!result.secondServed)
        #expect(result.overflow == 1)
    }

    @Test(.enabled(if: RealEnvoy.available, "ENVOY_BIN is not set"))
    func sameAsRealEnvoy() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = Self.yaml(harness)
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        let name = "listener.127.0.0.1_\(envoy.port).downstream_cx_overflow"
        let result = try Self.probe(port: envoy.port) { envoy.stat(name) }
        #expect(!result.secondServed)
        #expect(result.overflow == 1)
    }
}

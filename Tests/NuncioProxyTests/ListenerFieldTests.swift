import Foundation
import NuncioTestSupport
import Testing

/// A listener's `per_connection_buffer_limit_bytes` bounds what the router holds to replay a request: a body past
/// it is not retried (Envoy counts `retry_or_shadow_abandoned`), one within it is. Beside real Envoy when
/// `ENVOY_BIN` is set.
@Suite struct ListenerFieldTests {
    /// How many times the upstream saw a POST of `bytes` to a path that answers 503.
    static func attempts(port: Int, upstream: TestUpstream, bytes: Int) throws -> Int {
        let before = upstream.requestCount
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("POST /status/503 HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(bytes)\r\n\r\n"
            + String(repeating: "x", count: bytes))
        #expect(client.readResponse()?.status == 503)
        return upstream.requestCount - before
    }

    @Test func perConnectionBufferLimitBytesBoundsTheRetryBuffer() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: ClusterFieldTests.routes)
            .replacingOccurrences(
                of: "  - address:\n", with: "  - per_connection_buffer_limit_bytes: 1024\n    address:\n")
        try harness.start(yaml: yaml)
        let upstream = harness.upstreams["a"]!
        var ports = [harness.port]
        var envoy: RealEnvoy?
        if RealEnvoy.available {
            envoy = try RealEnvoy(yaml: yaml)
            ports.append(envoy!.port)
        }
        defer { envoy?.stop() }
        for port in ports {
            #expect(try Self.attempts(port: port, upstream: upstream, bytes: 100) == 2, "port \(port)")
            #expect(try Self.attempts(port: port, upstream: upstream, bytes: 8192) == 1, "port \(port)")
        }
        #expect(envoy.map { $0.stat("cluster.one.retry_or_shadow_abandoned") } ?? 1 == 1)
    }
}

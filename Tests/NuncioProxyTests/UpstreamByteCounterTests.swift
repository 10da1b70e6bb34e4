import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `upstream_cx_rx_bytes_total` and `upstream_cx_tx_bytes_total` count an upstream connection's socket bytes, over
/// HTTP/1.1 and HTTP/2, as a real Envoy does (compared when `ENVOY_BIN` is set).
@Suite struct UpstreamByteCounterTests {
    static let body = 100_000
    static let big = 200_000

    static func exchange(port: Int) throws {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("POST /x HTTP/1.1\r\nHost: localhost\r\ncontent-length: \(body)\r\n\r\n"
            + String(repeating: "x", count: body))
        #expect(client.readResponse()?.status == 200)
        client.send("GET /big/\(big) HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(client.readResponse()?.body.utf8.count == big)
    }

    @Test(arguments: [false, true])
    func bytesOnTheUpstreamConnectionAreCounted(http2: Bool) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let routes = ProxyHarness.routesToOne
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"),
            http2 ? ProxyHarness.http2ProtocolOptions : "")], routes: routes)
        try harness.start(yaml: yaml)
        var proxies: [(String, Int, (String) -> UInt64)] = [("nuncio", harness.port, harness.stat)]
        var envoy: RealEnvoy?
        if RealEnvoy.binary != nil {
            envoy = try RealEnvoy(yaml: yaml)
            proxies.append(("envoy", envoy!.port, envoy!.stat))
        }
        defer { envoy?.stop() }
        for (proxy, port, stat) in proxies {
            try Self.exchange(port: port)
            // The bodies plus heads and framing: a few kilobytes at most.
            let tx = stat("cluster.one.upstream_cx_tx_bytes_total")
            let rx = stat("cluster.one.upstream_cx_rx_bytes_total")
            #expect(tx >= UInt64(Self.body) && tx < UInt64(Self.body + 4_000), "\(proxy): tx \(tx)")
            #expect(rx >= UInt64(Self.big) && rx < UInt64(Self.big + 4_000), "\(proxy): rx \(rx)")
        }
    }
}

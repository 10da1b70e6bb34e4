import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Streams to an HTTP/2 upstream end as HTTP/2 streams end, with END_STREAM both ways and no RST_STREAM: the test
/// upstream is SwiftNIO's HTTP/2 server, whose rapid-reset guard stops answering a connection after 200 resets
/// (as Envoy upstreams count premature resets). Nuncio used to reset every finished stream.
@Suite struct HTTP2UpstreamStreamTests {
    @Test func sequentialRequestsOnOneUpstreamConnectionAllAnswer() throws {
        let harness = try ProxyHarness.seed(http2: true)
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port, receiveTimeoutMilliseconds: 5_000)
        defer { client.close() }
        var answered = 0
        for _ in 0..<300 {
            client.send("GET /service/2 HTTP/1.1\r\nHost: localhost\r\n\r\n")
            guard client.readResponse()?.status == 200 else { break }
            answered += 1
        }
        #expect(answered == 300)
        #expect(harness.stat("cluster.service2.upstream_cx_http2_total") == 1)
        #expect(harness.stat("cluster.service2.upstream_rq_200") == 300)
    }

    /// Clients that leave before their response must not leave streams open on the upstream connection: the test
    /// upstream allows 100 concurrent streams (SwiftNIO's default), so 150 left open would stall every later
    /// request on it. (A first fix of the reset bug never closed released streams, and a benchmark round served 0
    /// requests/s once clients went away mid-request.)
    @Test func clientsThatLeaveMidRequestLeaveNoStreamOpen() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), ProxyHarness.http2ProtocolOptions)], routes: routes))
        // 150 requests the upstream answers only after 500 ms, each client gone before then.
        var leaving: [RawHTTPClient] = []
        for _ in 0..<150 {
            let client = try RawHTTPClient(port: harness.port, receiveTimeoutMilliseconds: 5_000)
            client.send("GET /delay/500 HTTP/1.1\r\nHost: localhost\r\n\r\n")
            leaving.append(client)
        }
        #expect(waitUntil(seconds: 10) { harness.stat("cluster.one.upstream_rq_total") >= 100 })
        for client in leaving { client.close() }
        // Each left request is reset upstream, counted, and no longer active (the counts once leaked).
        #expect(waitUntil(seconds: 10) { harness.stat("cluster.one.upstream_rq_active") == 0 })
        #expect(harness.stat("cluster.one.upstream_rq_tx_reset") == harness.stat("cluster.one.upstream_rq_total"))
        let host = harness.server.clusterManager.cluster(named: "one")!.hosts.hosts[0]
        #expect(host.stats.rqActive.load(ordering: .relaxed) == 0)
        // The connection still serves: a stream left open per abandoned request would have used up all 100.
        let client = try RawHTTPClient(port: harness.port, receiveTimeoutMilliseconds: 5_000)
        defer { client.close() }
        var answered = 0
        for _ in 0..<20 {
            client.send("GET /fast HTTP/1.1\r\nHost: localhost\r\n\r\n")
            guard client.readResponse()?.status == 200 else { break }
            answered += 1
        }
        #expect(answered == 20)
        #expect(harness.stat("cluster.one.upstream_cx_http2_total") == 1)
    }
}

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
}

import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Upstream faults, each with Envoy's status, body and flag: garbage (UPE), reset before headers (UC),
/// a slow upstream under a per-try timeout with a retry, and a slowloris client cut off by request_headers_timeout.
@Suite struct UpstreamFaultTests {
    static func harness(routeExtra: String = "", managerExtra: String = "") throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a", "b"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route:
                                cluster: one\(routeExtra)
            """
        let endpoints = harness.endpoint("a") + "\n" + harness.endpoint("b")
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", endpoints, "")], routes: routes, managerExtra: managerExtra))
        return harness
    }

    @Test func garbageFromTheUpstreamIsAProtocolError() throws {
        let harness = try Self.harness()
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/garbage")
        #expect(response.status == 503)
        #expect(response.body
            == "upstream connect error or disconnect/reset before headers. reset reason: protocol error")
    }

    @Test func resetBeforeHeadersIsConnectionTermination() throws {
        let harness = try Self.harness()
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/reset")
        #expect(response.status == 503)
        #expect(response.body
            == "upstream connect error or disconnect/reset before headers. reset reason: connection termination")
        #expect(harness.stat("cluster.one.upstream_rq_rx_reset") >= 1)
    }

    @Test func resetMidBodyResetsTheDownstream() throws {
        let harness = try Self.harness()
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("GET /cut HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try #require(client.readResponse())
        #expect(response.status == 200)
        // The client sees the connection end short of the promised length: never a truncated body passed as whole.
        #expect(response.body.utf8.count < 1_000_000)
        #expect(client.closedByPeer)
    }

    @Test func aPooledConnectionClosedUnderARequestIsRetriedOnce() throws {
        let harness = try Self.harness()
        defer { harness.stop() }
        // Pool a connection to each host, then ask both on their pooled connections, which they close.
        for _ in 0..<2 { #expect(try RawHTTPClient.get(port: harness.port, path: "/flaky").status == 200) }
        for _ in 0..<2 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/flaky")
            #expect(response.status == 200)
        }
    }

    @Test func perTryTimeoutRetriesOnTheNextHost() throws {
        let harness = try Self.harness(routeExtra: """

                                timeout: 5s
                                retry_policy: { retry_on: "5xx", num_retries: 1, per_try_timeout: 0.3s }
            """)
        defer { harness.stop() }
        // a answers /delay/.. slowly; the retry goes to b (round robin), which is just as slow: 504 after two tries.
        let response = try RawHTTPClient.get(port: harness.port, path: "/delay/2000")
        #expect(response.status == 504)
        #expect(response.body == "upstream request timeout")
        #expect(harness.stat("cluster.one.upstream_rq_per_try_timeout") == 2)
        #expect(harness.stat("cluster.one.upstream_rq_retry") == 1)
        let upstreamsTried = ["a", "b"].filter { (harness.upstreams[$0]?.requestCount ?? 0) > 0 }
        #expect(upstreamsTried == ["a", "b"])
    }

    @Test func slowlorisIsCutOffByTheRequestHeadersTimeout() throws {
        let harness = try Self.harness(managerExtra: "          request_headers_timeout: 0.3s")
        defer { harness.stop() }
        let slow = try RawHTTPClient(port: harness.port)
        defer { slow.close() }
        slow.send("GET /x HTTP/1.1\r\nHost: x\r\nX-Slow: 1")
        let started = Date()
        #expect(slow.waitForClose())
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(harness.stat("http.ingress_http.downstream_rq_header_timeout") == 1)
        // A prompt client is unaffected.
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
    }
}

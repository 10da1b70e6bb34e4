import Foundation
import NuncioTestSupport
import Testing

/// The router holds a request body while no upstream stream is attached (a cold pool, a retry's back-off) and
/// loses none of it, however much arrives: past the buffer limit it stops reading instead of dropping parts.
@Suite struct RouterBodyTests {
    @Test func aBodyArrivingDuringARetryBackOffReachesTheUpstreamWhole() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        // Nothing listens on the first endpoint: the first attempt fails at once and the retry waits its back-off
        // while the client keeps sending.
        let dead = NuncioBinary.freePort()
        let endpoints = """
                    - endpoint:
                        address:
                          socket_address: { address: 127.0.0.1, port_value: \(dead) }
            """ + "\n" + harness.endpoint("a")
        let yaml = ProxyHarness.config(clusters: [("one", endpoints, "")], routes: """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route:
                                cluster: one
                                timeout: 10s
                                retry_policy:
                                  retry_on: connect-failure
                                  num_retries: 1
                                  retry_back_off: { base_interval: 0.4s, max_interval: 0.4s }
            """)
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let total = 3 << 20
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: \(total)\r\n\r\n")
        let chunk = String(repeating: "z", count: 64 << 10)
        for _ in 0..<(total / chunk.utf8.count) { client.send(chunk) }
        let response = try #require(client.readResponse())
        #expect(response.status == 200)
        #expect(ProxyHarness.echo(response.body)["body_bytes"] as? Int == total)
        #expect(harness.stat("cluster.one.upstream_rq_retry") <= 1)
    }
}

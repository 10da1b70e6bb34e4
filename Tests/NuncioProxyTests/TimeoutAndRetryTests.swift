import Foundation
import Testing

@testable import NuncioProxy
import NuncioTestSupport

/// Route timeouts (504 UT) and retry policies (5xx, connect-failure).
@Suite struct TimeoutAndRetryTests {
    @Test func slowUpstreamGets504() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one, timeout: 0.2s }
            """
        try harness.start(yaml: ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: routes))
        let response = try RawHTTPClient.get(port: harness.port, path: "/delay/2000")
        #expect(response.statusLine == "HTTP/1.1 504 Gateway Timeout")
        #expect(response.body == "upstream request timeout")
        #expect(harness.stat("cluster.one.upstream_rq_timeout") == 1)
        let host = harness.server.clusterManager.cluster(named: "one")!.hosts.hosts[0]
        #expect(host.stats.rqTimeout.load(ordering: .relaxed) == 1)
        let upstream = try RawHTTPClient.get(port: harness.port, path: "/fast")
        #expect(upstream.status == 200)
        let headers = harness.upstreams["a"]!.requests.last ?? []
        #expect(headers.contains { $0 == ("x-envoy-expected-rq-timeout-ms", "200") })
    }

    @Test func retriesOn5xxAndConnectFailureMoveToTheNextHost() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route:
                                cluster: one
                                retry_policy: { retry_on: "5xx,connect-failure", num_retries: 2 }
            """
        let endpoints = harness.endpoint("a") + "\n" + harness.endpoint("b")
        try harness.start(yaml: ProxyHarness.config(clusters: [("one", endpoints, "")], routes: routes))
        harness.upstreams["a"]!.stop()
        for _ in 0..<4 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/ok")
            #expect(response.status == 200)
            #expect(ProxyHarness.echo(response.body)["server"] as? String == "b")
        }
        #expect(harness.stat("cluster.one.upstream_rq_retry") >= 2)
        let failing = try RawHTTPClient.get(port: harness.port, path: "/status/503")
        #expect(failing.status == 503)
        #expect(harness.upstreams["b"]!.requests.filter { $0.first?.1 == "/status/503" }.count >= 1)
    }
}

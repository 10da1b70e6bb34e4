import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `envoy.filters.http.health_check` (pass_through_mode false): answers the probe itself, 200 while healthy, 503 with
/// `x-envoy-immediate-health-check-fail` after `/healthcheck/fail`; other requests pass to the router.
@Suite struct HealthCheckFilterTests {
    @Test func probeFollowsTheServersHealthCheckState() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """).replacingOccurrences(of: """
                      http_filters:
                      - name: envoy.filters.http.router
            """, with: """
                      http_filters:
                      - name: envoy.filters.http.health_check
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck
                          pass_through_mode: false
                          headers:
                          - name: ":path"
                            string_match: { exact: "/healthz" }
                      - name: envoy.filters.http.router
            """)
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let healthy = try RawHTTPClient.get(port: harness.port, path: "/healthz")
        #expect(healthy.status == 200)
        #expect(healthy.body.isEmpty)
        #expect(harness.upstreams["a"]!.requestCount == 0)
        harness.server.state.healthCheckFailed = true
        let failing = try RawHTTPClient.get(port: harness.port, path: "/healthz")
        #expect(failing.status == 503)
        #expect(failing.header("x-envoy-immediate-health-check-fail") == "true")
        #expect(failing.header("connection") == "close")
        harness.server.state.healthCheckFailed = false
        #expect(try RawHTTPClient.get(port: harness.port, path: "/healthz").status == 200)
        // Anything else is proxied.
        #expect(try RawHTTPClient.get(port: harness.port, path: "/other").status == 200)
        #expect(harness.upstreams["a"]!.requestCount == 1)
    }
}

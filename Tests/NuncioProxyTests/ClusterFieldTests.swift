import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Cluster fields observed on loopback, beside real Envoy on the same YAML when `ENVOY_BIN` is set:
/// `alt_stat_name`, the `max_retries` and `max_pending_requests` breakers, a health check's `timeout`, `host` and
/// `expected_statuses`, and outlier detection's gateway-failure and enforcing percentages.
@Suite struct ClusterFieldTests {
    static let routes = """
                          - name: default
                            domains: ["*"]
                            retry_policy: { retry_on: 5xx, num_retries: 1 }
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """

    /// One upstream `a` behind cluster `one` with `clusterExtra`; the YAML is returned for a real Envoy.
    static func harness(_ clusterExtra: String, upstreams: [String] = ["a"]) throws -> (ProxyHarness, String) {
        let harness = ProxyHarness()
        try harness.addUpstreams(upstreams)
        let endpoints = upstreams.map(harness.endpoint).joined(separator: "\n")
        let yaml = ProxyHarness.config(clusters: [("one", endpoints, clusterExtra)], routes: Self.routes)
        try harness.start(yaml: yaml)
        return (harness, yaml)
    }

    /// Both proxies, when Envoy is there: `check` runs on Nuncio's port and stats, then on Envoy's.
    static func sideBySide(
        _ harness: ProxyHarness, _ yaml: String, _ check: (Int, (String) -> UInt64) throws -> Void
    ) throws {
        try check(harness.port, harness.stat)
        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        try check(envoy.port, envoy.stat)
    }

    @Test func altStatNameNamesTheClustersStats() throws {
        let (harness, yaml) = try Self.harness("    alt_stat_name: observed")
        defer { harness.stop() }
        try Self.sideBySide(harness, yaml) { port, stat throws in
            #expect(try RawHTTPClient.get(port: port, path: "/x").status == 200)
            #expect(waitUntil { stat("cluster.observed.upstream_rq_200") == 1 })
            #expect(stat("cluster.observed.upstream_rq_total") == 1)
            #expect(stat("cluster.one.upstream_rq_total") == 0)
        }
    }

    @Test func maxRetriesZeroOverflowsTheRetry() throws {
        let (harness, yaml) = try Self.harness("""
                circuit_breakers:
                  thresholds:
                  - { max_retries: 0 }
            """)
        defer { harness.stop() }
        let upstream = harness.upstreams["a"]!
        try Self.sideBySide(harness, yaml) { port, stat throws in
            let before = upstream.requestCount
            // Past the breaker the retry is not made and the upstream's own 503 stands.
            let response = try RawHTTPClient.get(port: port, path: "/status/503")
            #expect(response.status == 503)
            #expect(response.body.contains("\"server\":\"a\""))
            #expect(response.header("x-envoy-overloaded") == nil)
            #expect(upstream.requestCount - before == 1)
            #expect(waitUntil { stat("cluster.one.upstream_rq_retry_overflow") == 1 })
            #expect(stat("cluster.one.upstream_rq_retry") == 0)
        }
    }

    @Test func maxPendingRequestsZeroOverflowsARequestWithoutAConnection() throws {
        let (harness, yaml) = try Self.harness("""
                circuit_breakers:
                  thresholds:
                  - { max_pending_requests: 0 }
            """)
        defer { harness.stop() }
        let upstream = harness.upstreams["a"]!
        try Self.sideBySide(harness, yaml) { port, stat throws in
            let before = upstream.requestCount
            let response = try RawHTTPClient.get(port: port, path: "/x")
            #expect(response.status == 503)
            #expect(response.body
                == "upstream connect error or disconnect/reset before headers. reset reason: overflow")
            #expect(response.header("x-envoy-overloaded") == "true")
            #expect(upstream.requestCount == before)
            #expect(waitUntil { stat("cluster.one.upstream_rq_pending_overflow") == 1 })
        }
    }

    static func healthCheck(_ check: String, timeout: String = "0.3s") -> String {
        """
            health_checks:
            - timeout: \(timeout)
              interval: 0.1s
              no_traffic_interval: 0.1s
              unhealthy_threshold: 1
              healthy_threshold: 1
              http_health_check: \(check)
        """
    }

    /// A check whose answer comes after `timeout` fails as a network failure; a longer timeout lets it pass.
    @Test(arguments: [("0.2s", true), ("5s", false)])
    func healthCheckTimeoutFailsASlowAnswer(timeout: String, fails: Bool) throws {
        let (harness, _) = try Self.harness(Self.healthCheck("{ path: /delay/600 }", timeout: timeout))
        defer { harness.stop() }
        if fails {
            #expect(waitUntil { harness.stat("cluster.one.health_check.network_failure") >= 1 })
        } else {
            #expect(waitUntil { harness.stat("cluster.one.health_check.success") >= 1 })
            #expect(harness.stat("cluster.one.health_check.network_failure") == 0)
        }
    }

    @Test func healthCheckHostAndExpectedStatuses() throws {
        let (harness, _) = try Self.harness(Self.healthCheck("""
            { path: /status/418, host: checks.example, expected_statuses: [{ start: 418, end: 419 }] }
            """))
        defer { harness.stop() }
        #expect(waitUntil { harness.stat("cluster.one.health_check.success") >= 1 })
        #expect(harness.stat("cluster.one.health_check.failure") == 0)
        let check = try #require(harness.upstreams["a"]!.requests.first)
        #expect(check.first { $0.0 == "host" }?.1 == "checks.example")

        // 418 outside the expected range is a failure.
        let (strict, _) = try Self.harness(Self.healthCheck("{ path: /status/418 }"))
        defer { strict.stop() }
        #expect(waitUntil { strict.stat("cluster.one.health_check.failure") >= 1 })
        #expect(strict.stat("cluster.one.health_check.success") == 0)
        let defaultHost = try #require(strict.upstreams["a"]!.requests.first)
        #expect(defaultHost.first { $0.0 == "host" }?.1 == "one")
    }

    /// Each request is tried twice (the virtual host retries 5xx). 500s are 5xx but not gateway failures:
    /// `consecutive_5xx` at `enforcing_consecutive_5xx: 0` detects and does not eject. 503s are gateway failures:
    /// `consecutive_gateway_failure` at `enforcing_consecutive_gateway_failure: 100` ejects.
    @Test func gatewayFailureAndEnforcingPercentages() throws {
        let (harness, _) = try Self.harness("""
                outlier_detection:
                  consecutive_5xx: 2
                  enforcing_consecutive_5xx: 0
                  consecutive_gateway_failure: 2
                  enforcing_consecutive_gateway_failure: 100
                  interval: 10s
                  base_ejection_time: 30s
                  max_ejection_percent: 100
            """)
        defer { harness.stop() }
        let prefix = "cluster.one.outlier_detection."
        for _ in 0..<2 { _ = try RawHTTPClient.get(port: harness.port, path: "/status/500") }
        #expect(waitUntil { harness.stat(prefix + "ejections_detected_consecutive_5xx") >= 1 })
        #expect(harness.stat(prefix + "ejections_enforced_consecutive_5xx") == 0)
        #expect(harness.stat(prefix + "ejections_active") == 0)
        for _ in 0..<4 { _ = try RawHTTPClient.get(port: harness.port, path: "/status/503") }
        #expect(waitUntil { harness.stat(prefix + "ejections_enforced_consecutive_gateway_failure") == 1 })
        #expect(harness.stat(prefix + "ejections_active") == 1)
    }

    /// Least request's power of N choices: with two hosts loaded and one idle, ten samples almost always include
    /// the idle one (98 %), Envoy's default two only 5 times in 9.
    @Test(arguments: [(10, true), (2, false)])
    func leastRequestChoiceCountSamplesThatManyHosts(choices: Int, mostlyIdle: Bool) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b", "c"])
        let endpoints = ["a", "b", "c"].map(harness.endpoint).joined(separator: "\n")
        let extra = "    least_request_lb_config: { choice_count: \(choices) }"
        try harness.start(yaml: ProxyHarness.config(clusters: [("one", endpoints, extra)], routes: Self.routes)
            .replacingOccurrences(of: "lb_policy: ROUND_ROBIN", with: "lb_policy: LEAST_REQUEST"))
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        let hosts = cluster.hosts.hosts
        hosts[0].stats.rqActive.store(50, ordering: .relaxed)
        hosts[1].stats.rqActive.store(50, ordering: .relaxed)
        defer { for host in hosts { host.stats.rqActive.store(0, ordering: .relaxed) } }
        let idlePicks = (0..<200).filter { _ in cluster.chooseHost() === hosts[2] }.count
        #expect((idlePicks >= 160) == mostlyIdle, "\(idlePicks) of 200 on the idle host")
    }

    /// Whether STRICT_DNS cluster `one` (with `clusterExtra`) resolves `svc.nuncio.invalid` through the test DNS
    /// server, which answers A queries only; `@DNS_PORT@` in the YAML is that server's port. An unresolved
    /// cluster has no host and answers 503.
    static func resolvesThroughTestDNS(_ clusterExtra: String, bootstrapExtra: String = "") throws -> Bool {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("svc.nuncio.invalid", ["127.0.0.11"])
        let port = harness.upstreams["a"]!.port
        let yaml = ProxyHarness.config(clusters: [], routes: Self.routes) + """
              - name: one
                type: STRICT_DNS
            \(clusterExtra)
                load_assignment:
                  cluster_name: one
                  endpoints:
                  - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: svc.nuncio.invalid, port_value: \(port) } } }
            \(bootstrapExtra)
            """
        try harness.start(yaml: yaml.replacingOccurrences(of: "@DNS_PORT@", with: String(dns.port)))
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        let resolved = waitUntil(seconds: 3) { cluster.hosts.hosts.map(\.address.address) == ["127.0.0.11"] }
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == (resolved ? 200 : 503))
        return resolved
    }

    static let testResolver = "[{ socket_address: { address: 127.0.0.1, port_value: @DNS_PORT@ } }]"

    /// `V4_ONLY` asks for A records and resolves the name; `V6_ONLY` asks for AAAA and finds nothing.
    @Test(arguments: [("V4_ONLY", true), ("V6_ONLY", false)])
    func dnsLookupFamilyPicksTheQueryType(family: String, resolves: Bool) throws {
        #expect(try Self.resolvesThroughTestDNS("""
                dns_lookup_family: \(family)
                dns_resolvers: \(Self.testResolver)
            """) == resolves)
    }

    /// The bootstrap's resolver serves a cluster without one; `use_resolvers_as_fallback` asks the system's
    /// first, which knows no `.invalid` name.
    @Test(arguments: [(false, true), (true, false)])
    func bootstrapResolverAndUseResolversAsFallback(fallback: Bool, resolves: Bool) throws {
        #expect(try Self.resolvesThroughTestDNS("    dns_lookup_family: V4_ONLY", bootstrapExtra: """
            typed_dns_resolver_config:
              name: envoy.network.dns_resolver.cares
              typed_config:
                "@type": type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig
                resolvers: \(Self.testResolver)
                use_resolvers_as_fallback: \(fallback)
            """) == resolves)
    }
}

import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

@testable import NuncioConfig
@testable import NuncioProxy

/// Smaller engine behaviours: no healthy upstream (UH), x-forwarded-for with use_remote_address, the other load
/// balancers, LOGICAL_DNS, a connect timeout, TCP health checks.
@Suite struct EngineEdgeTests {
    @Test func aClusterWithoutHostsAnswersNoHealthyUpstream() throws {
        let harness = ProxyHarness()
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: empty }
            """
        let yaml = ProxyHarness.config(clusters: [], routes: routes) + """
              - name: empty
                type: STATIC
                load_assignment: { cluster_name: empty, endpoints: [] }
            """
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/x")
        #expect(response.statusLine == "HTTP/1.1 503 Service Unavailable")
        #expect(response.body == "no healthy upstream")
        #expect(harness.stat("cluster.empty.upstream_cx_none_healthy") == 1)
    }

    @Test func useRemoteAddressAppendsTheClientToXForwardedFor() throws {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: routes,
            managerExtra: "          use_remote_address: true"))
        defer { harness.stop() }
        _ = try RawHTTPClient.get(port: harness.port, path: "/x", extraHeaders: "X-Forwarded-For: 203.0.113.7\r\n")
        let headers = harness.upstreams["a"]!.requests[0]
        // A loopback peer: Envoy appends its machine's own address (see ConnectionManagerHeaderTests).
        #expect(headers.first { $0.0 == "x-forwarded-for" }?.1 == "203.0.113.7," + ForwardedAddress.local)
    }

    @Test func leastRequestAndRandomPickOnlyHealthyHosts() throws {
        let hosts = try (1...4).map {
            try NuncioProxy.Host(address: NuncioConfig.SocketAddress(address: "127.0.0.\($0)", port: 80), hostname: "")
        }
        hosts[3].setHealthFlag(.failedActiveHealthCheck, true)
        let set = HostSet(hosts: hosts)
        for policy in [Cluster.LbPolicy.RANDOM, .LEAST_REQUEST] {
            let balancer = LoadBalancer(policy: policy)
            var seen = Set<ObjectIdentifier>()
            for _ in 0..<400 { seen.insert(ObjectIdentifier(try #require(balancer.choose(from: set)))) }
            #expect(seen.count == 3, "\(policy)")
            #expect(!seen.contains(ObjectIdentifier(hosts[3])))
        }
        // Least request takes the idle host whenever it is among the ten it samples (98 % of the time).
        hosts[0].stats.rqActive.store(50, ordering: .relaxed)
        hosts[1].stats.rqActive.store(50, ordering: .relaxed)
        let balancer = LoadBalancer(policy: .LEAST_REQUEST, choiceCount: 10)
        let idlePicks = (0..<200).filter { _ in balancer.choose(from: set) === hosts[2] }.count
        #expect(idlePicks >= 150)
    }

    @Test func logicalDNSUsesTheFirstAddressOnly() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("svc", ["127.0.0.11", "127.0.0.12"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: logical }
            """
        let yaml = ProxyHarness.config(clusters: [], routes: routes) + """
              - name: logical
                type: LOGICAL_DNS
                dns_lookup_family: V4_ONLY
                dns_resolvers: [{ socket_address: { address: 127.0.0.1, port_value: \(dns.port) } }]
                load_assignment:
                  cluster_name: logical
                  endpoints:
                  - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: svc, port_value: \(harness.upstreams["a"]!.port) } } }
            """
        try harness.start(yaml: yaml)
        let cluster = try #require(harness.server.clusterManager.cluster(named: "logical"))
        #expect(cluster.hosts.hosts.map(\.address.address) == ["127.0.0.11"])
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
    }

    @Test func aConnectThatHangsTimesOut() throws {
        // A listener whose accept queue is full and never drained: further connects hang in SYN retries.
        let blackhole = try RawHTTPServerSocket(backlog: 0)
        defer { blackhole.close() }
        let fillers = (0..<4).compactMap { _ in try? RawHTTPClient(port: blackhole.port, connectTimeout: 1) }
        defer { fillers.forEach { $0.close() } }
        let harness = ProxyHarness()
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: hang }
            """
        let yaml = ProxyHarness.config(clusters: [], routes: routes) + """
              - name: hang
                type: STATIC
                connect_timeout: 0.25s
                load_assignment:
                  cluster_name: hang
                  endpoints:
                  - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: \(blackhole.port) } } }
            """
        try harness.start(yaml: yaml)
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/x")
        #expect(response.status == 503)
        #expect(response.body
            == "upstream connect error or disconnect/reset before headers. reset reason: connection timeout")
        #expect(harness.stat("cluster.hang.upstream_cx_connect_timeout") == 1)
    }

    @Test func tcpHealthCheckFollowsTheListener() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """
        let extra = """
                health_checks:
                - { timeout: 0.5s, interval: 0.1s, no_traffic_interval: 0.1s, unhealthy_threshold: 1, healthy_threshold: 1,
                    tcp_health_check: {} }
            """
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", harness.endpoint("a") + "\n" + harness.endpoint("b"), extra)], routes: routes))
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        #expect(cluster.hosts.hosts.allSatisfy { $0.isHealthy })
        harness.upstreams["b"]!.stop()
        #expect(waitUntil { cluster.hosts.hosts[1].healthFlags.contains(.failedActiveHealthCheck) })
        try harness.upstreams["b"]!.start(port: harness.upstreams["b"]!.port)
        #expect(waitUntil { cluster.hosts.hosts[1].isHealthy })
    }
}

import Foundation
import Testing

@testable import NuncioProxy
import NuncioTestSupport

/// STRICT_DNS: every address a name resolves to is a host; answers change, hosts follow, survivors keep stats.
@Suite struct DNSClusterTests {
    @Test func strictDNSFollowsTheAnswers() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let port = try harness.addUpstreamsOnOnePort(["a", "b", "c"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("service1", ["127.0.0.11", "127.0.0.12", "127.0.0.13"])
        let yaml = """
            static_resources:
              listeners:
              - address:
                  socket_address: { address: 127.0.0.1, port_value: 0 }
                filter_chains:
                - filters:
                  - name: envoy.http_connection_manager
                    config:
                      stat_prefix: ingress_http
                      route_config:
                        virtual_hosts:
                        - name: backend
                          domains: ["*"]
                          routes:
                          - match: { prefix: "/service/1" }
                            route: { cluster: service1 }
                      http_filters:
                      - name: envoy.router
              clusters:
              - name: service1
                connect_timeout: 0.25s
                type: strict_dns
                lb_policy: round_robin
                dns_refresh_rate: 0.1s
                dns_lookup_family: V4_ONLY
                dns_resolvers:
                - socket_address: { address: 127.0.0.1, port_value: \(dns.port) }
                hosts:
                - socket_address: { address: service1, port_value: \(port) }
            """
        try harness.start(yaml: yaml)
        let cluster = try #require(harness.server.clusterManager.cluster(named: "service1"))
        #expect(cluster.hosts.hosts.map(\.address.address) == ["127.0.0.11", "127.0.0.12", "127.0.0.13"])
        #expect(cluster.hosts.hosts.allSatisfy { $0.hostname == "service1" })
        var seen: [String] = []
        for _ in 0..<6 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
            seen.append(ProxyHarness.echo(response.body)["server"] as? String ?? "?")
        }
        #expect(seen == ["a", "b", "c", "a", "b", "c"])
        let survivor = cluster.hosts.hosts[0]

        dns.set("service1", ["127.0.0.11"])
        #expect(waitUntil { cluster.hosts.hosts.count == 1 })
        #expect(cluster.hosts.hosts[0] === survivor)
        #expect(survivor.stats.rqTotal.load(ordering: .relaxed) == 2)
        for _ in 0..<3 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
            #expect(ProxyHarness.echo(response.body)["server"] as? String == "a")
        }

        dns.set("service1", ["127.0.0.11", "127.0.0.12"])
        #expect(waitUntil { cluster.hosts.hosts.count == 2 })
        #expect(harness.stat("cluster.service1.membership_total") == 2)
        #expect(harness.stat("cluster.service1.membership_change") >= 3)
    }
}


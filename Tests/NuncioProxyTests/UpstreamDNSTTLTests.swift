import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `respect_dns_ttl`: a STRICT_DNS cluster refreshes after the answers' TTL (the test server answers with 1 s)
/// instead of `dns_refresh_rate`; the same on a real Envoy when `ENVOY_BIN` is set.
@Suite struct UpstreamDNSTTLTests {
    static func yaml(dnsPort: Int, upstreamPort: Int, respectTTL: Bool) -> String {
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: dns }
            """
        return ProxyHarness.config(clusters: [], routes: routes) + """
              - name: dns
                connect_timeout: 0.25s
                type: STRICT_DNS
                dns_refresh_rate: 60s
                respect_dns_ttl: \(respectTTL)
                dns_lookup_family: V4_ONLY
                typed_dns_resolver_config:
                  name: envoy.network.dns_resolver.cares
                  typed_config:
                    "@type": type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig
                    resolvers:
                    - socket_address: { address: 127.0.0.1, port_value: \(dnsPort) }
                load_assignment:
                  cluster_name: dns
                  endpoints:
                  - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: service1, port_value: \(upstreamPort) } } }

            """
    }

    static func check(_ proxy: String, respectTTL: Bool, stat: (String) -> UInt64) {
        if respectTTL {
            #expect(waitUntil(seconds: 8) { stat("cluster.dns.update_attempt") >= 3 }, "\(proxy)")
        } else {
            // Well past the TTL, still only the first resolution.
            usleep(2_500_000)
            #expect(stat("cluster.dns.update_attempt") == 1, "\(proxy)")
        }
    }

    @Test(arguments: [true, false])
    func refreshFollowsTheTTL(respectTTL: Bool) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("service1", ["127.0.0.11"])
        let yaml = Self.yaml(dnsPort: dns.port, upstreamPort: harness.upstreams["a"]!.port, respectTTL: respectTTL)
        try harness.start(yaml: yaml)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        Self.check("nuncio", respectTTL: respectTTL, stat: harness.stat)
        guard RealEnvoy.binary != nil else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try RawHTTPClient.get(port: envoy.port, path: "/x").status == 200)
        Self.check("envoy", respectTTL: respectTTL, stat: envoy.stat)
    }
}

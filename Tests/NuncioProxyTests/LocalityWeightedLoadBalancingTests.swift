import Foundation
import NuncioTestSupport
import NuncioStats
import Testing

@testable import NuncioConfig
@testable import NuncioProxy

/// `common_lb_config.locality_weighted_lb_config`: a locality by its `load_balancing_weight` first, then a host in
/// it, counted at the upstreams, and the same config on a real Envoy when `ENVOY_BIN` is set.
@Suite struct LocalityWeightedLoadBalancingTests {
    /// One locality: lines for its entry (`load_balancing_weight: 3`), and its endpoints as upstream names with
    /// lines for their `lb_endpoints` entries.
    typealias Locality = (fields: [String], endpoints: [(String, String)])

    static func yaml(_ harness: ProxyHarness, weighted: Bool, policy: String, _ localities: [Locality]) -> String {
        let entries = localities.map { locality in
            let endpoints = locality.endpoints.map { name, extra in
                harness.endpoint(name) + (extra.isEmpty ? "" : "\n          " + extra)
            }
            return (endpoints + locality.fields.map { "        " + $0 }).joined(separator: "\n")
        }.joined(separator: "\n      - lb_endpoints:\n")
        let common = weighted ? "\n    common_lb_config: { locality_weighted_lb_config: {} }" : ""
        let cluster = ("one", entries, "    lb_policy: \(policy)" + common)
        return ProxyHarness.config(clusters: [cluster], routes: ProxyHarness.routesToOne)
            .replacingOccurrences(of: "    lb_policy: ROUND_ROBIN\n", with: "")
    }

    /// Runs `body` on nuncio and, when `ENVOY_BIN` is set, on Envoy with the same YAML and upstreams.
    static func onBoth(
        weighted: Bool, policy: String = "ROUND_ROBIN", _ localities: [Locality],
        _ body: (String, [String: Int]) throws -> Void
    ) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(LoadBalancingWeightTests.names)
        let yaml = Self.yaml(harness, weighted: weighted, policy: policy, localities)
        try harness.start(yaml: yaml)
        try body("nuncio", try LoadBalancingWeightTests.spread(harness, port: harness.port))
        guard RealEnvoy.available else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        try body("envoy", try LoadBalancingWeightTests.spread(harness, port: envoy.port))
    }

    /// Zone 1 (weight 3, hosts a and b) against zone 2 (weight 1, host c); zone 3's only host is UNHEALTHY and
    /// zone 4 has no weight: neither gets traffic.
    static let fourZones: [Locality] = [
        (["load_balancing_weight: 3", "locality: { zone: z1 }"], [("a", ""), ("b", "")]),
        (["load_balancing_weight: 1", "locality: { zone: z2 }"], [("c", "")]),
        (["load_balancing_weight: 2", "locality: { zone: z3 }"], [("d", "health_status: UNHEALTHY")]),
        (["locality: { zone: z4 }"], [("e", "")]),
    ]

    @Test(arguments: ["ROUND_ROBIN", "LEAST_REQUEST", "RANDOM"])
    func localitiesSplitByWeight(policy: String) throws {
        try Self.onBoth(weighted: true, policy: policy, Self.fourZones) { proxy, counts in
            let zone1 = (counts["a"] ?? 0) + (counts["b"] ?? 0)
            #expect((285...315).contains(zone1), "\(proxy) \(policy): \(counts)")
            #expect((95...105).contains(counts["c"] ?? 0), "\(proxy) \(policy): \(counts)")
            #expect(counts["d"] == nil && counts["e"] == nil, "\(proxy) \(policy): \(counts)")
            // Within zone 1 the cluster's policy picks: round robin alternates exactly.
            if policy == "ROUND_ROBIN" { #expect(counts["a"] == 150 && counts["b"] == 150, "\(proxy): \(counts)") }
        }
    }

    /// Without `locality_weighted_lb_config` the locality weights weigh nothing: round robin over the healthy four.
    @Test func withoutTheConfigLocalityWeightsAreIgnored() throws {
        try Self.onBoth(weighted: false, Self.fourZones) { proxy, counts in
            #expect(Set(counts.keys) == ["a", "b", "c", "e"], "\(proxy): \(counts)")
            #expect(counts.values.allSatisfy { $0 == 100 }, "\(proxy): \(counts)")
        }
    }

    /// Entries with equal `locality` are one locality weighing the last one's weight: z1 (a and c, weight 1) and z2
    /// (b, weight 1) split evenly, where per entry a would take 3/5.
    @Test func entriesWithTheSameLocalityMergeOnTheWire() throws {
        let zones: [Locality] = [
            (["load_balancing_weight: 3", "locality: { zone: z1 }"], [("a", "")]),
            (["load_balancing_weight: 1", "locality: { zone: z2 }"], [("b", "")]),
            (["load_balancing_weight: 1", "locality: { zone: z1 }"], [("c", "")]),
        ]
        try Self.onBoth(weighted: true, zones) { proxy, counts in
            #expect(counts == ["a": 100, "b": 200, "c": 100], "\(proxy): \(counts)")
        }
    }

    /// With no locality of positive effective weight (z1 has no weight, z2's only host is unhealthy) there is no
    /// locality schedule, and picks go to the healthy hosts as without locality weighting.
    @Test func noWeightedLocalityFallsBackToTheHealthyHosts() throws {
        let zones: [Locality] = [
            (["locality: { zone: z1 }"], [("a", "")]),
            (["load_balancing_weight: 1", "locality: { zone: z2 }"], [("b", "health_status: UNHEALTHY")]),
        ]
        try Self.onBoth(weighted: true, zones) { proxy, counts in
            #expect(counts == ["a": 400], "\(proxy): \(counts)")
        }
    }

    /// STRICT_DNS: every address a name resolves to is a host of that endpoint's locality.
    @Test func strictDNSHostsTakeTheirEndpointsLocality() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let port = try harness.addUpstreamsOnOnePort(["a", "b", "c"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("zone1", ["127.0.0.11", "127.0.0.12"])
        dns.set("zone2", ["127.0.0.13"])
        let endpoint = { (name: String) in
            "        - endpoint: { address: { socket_address: { address: \(name), port_value: \(port) } } }"
        }
        let entries = [
            endpoint("zone1"), "        load_balancing_weight: 3", "      - lb_endpoints:", endpoint("zone2"),
            "        load_balancing_weight: 1", "        locality: { zone: z2 }",
        ].joined(separator: "\n")
        let extra = """
                common_lb_config: { locality_weighted_lb_config: {} }
                dns_lookup_family: V4_ONLY
                dns_resolvers: [{ socket_address: { address: 127.0.0.1, port_value: \(dns.port) } }]
            """
        let yaml = ProxyHarness.config(clusters: [("one", entries, extra)], routes: ProxyHarness.routesToOne)
            .replacingOccurrences(of: "    type: STATIC\n", with: "    type: STRICT_DNS\n")
        try harness.start(yaml: yaml)
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        #expect(cluster.hosts.hosts.map(\.localityIndex) == [0, 0, 1])
        #expect(cluster.hosts.hosts.map { $0.locality?.zone } == [nil, nil, "z2"])
        let counts = try LoadBalancingWeightTests.spread(harness, port: harness.port)
        #expect(counts == ["a": 150, "b": 150, "c": 100], "\(counts)")
    }

    /// A locality's effective weight is its weight x min(1, 1.4 x healthy / hosts): with one of its two hosts
    /// unhealthy, zone 1 (weight 1) weighs 0.7 against zone 2's 1, so 1700 picks split 700 : 1000.
    @Test func effectiveWeightFollowsHealthWithOverprovisioning() throws {
        let hosts = try [(1, 0), (2, 0), (3, 1)].map { last, locality in
            try NuncioProxy.Host(
                address: .init(address: "127.0.0.\(last)", port: 80), hostname: "", localityIndex: locality)
        }
        hosts[1].setHealthFlag(.failedEdsHealth, true)
        let set = HostSet(hosts: hosts, localityWeights: [1, 1])
        #expect(set.localities?.healthy.effectiveWeights.map { ($0 * 100).rounded() } == [70, 100])
        let balancer = LoadBalancer(policy: .ROUND_ROBIN, localityCount: 2)
        let zone1 = (0..<1700).filter { _ in balancer.choose(from: set) === hosts[0] }.count
        #expect((698...702).contains(zone1))
        // Without locality weights the same set rotates over its two healthy hosts.
        let plain = HostSet(hosts: hosts)
        #expect(plain.localities == nil)
        #expect((0..<1700).filter { _ in balancer.choose(from: plain) === hosts[0] }.count == 850)
    }

    /// Degraded picks choose a locality by the degraded hosts' availability: z1 (weight 1: a healthy, b degraded)
    /// and z2 (weight 3: c degraded, d unhealthy) weigh 0.7 and 2.1 for them, so b and c split 1 : 3, while the
    /// healthy share (35 %) all goes to z1's a.
    @Test func degradedPicksFollowTheDegradedLocalityWeights() throws {
        let hosts = try [(1, 0), (2, 0), (3, 1), (4, 1)].map { last, locality in
            try NuncioProxy.Host(
                address: .init(address: "127.0.0.\(last)", port: 80), hostname: "", localityIndex: locality)
        }
        hosts[1].setHealthFlag(.degradedEdsHealth, true)
        hosts[2].setHealthFlag(.degradedEdsHealth, true)
        hosts[3].setHealthFlag(.failedEdsHealth, true)
        let set = HostSet(hosts: hosts, localityWeights: [1, 3])
        #expect(set.healthyLoad == 35)
        let balancer = LoadBalancer(policy: .ROUND_ROBIN, localityCount: 2)
        var counts = [Int](repeating: 0, count: 4)
        for _ in 0..<4000 {
            if let host = balancer.choose(from: set), let index = hosts.firstIndex(where: { $0 === host }) {
                counts[index] += 1
            }
        }
        #expect((1200...1600).contains(counts[0]), "\(counts)")
        #expect(counts[3] == 0)
        #expect((2.5...3.5).contains(Double(counts[2]) / Double(max(1, counts[1]))), "\(counts)")
    }

    /// The same split on the wire (random, so loose bounds): a about 140, b about 65, c about 195 of 400.
    @Test func degradedLocalitiesOnTheWire() throws {
        let zones: [Locality] = [
            (["load_balancing_weight: 1", "locality: { zone: z1 }"], [("a", ""), ("b", "health_status: DEGRADED")]),
            (["load_balancing_weight: 3", "locality: { zone: z2 }"],
                [("c", "health_status: DEGRADED"), ("d", "health_status: UNHEALTHY")]),
        ]
        try Self.onBoth(weighted: true, zones) { proxy, counts in
            #expect((100...180).contains(counts["a"] ?? 0), "\(proxy): \(counts)")
            #expect((150...240).contains(counts["c"] ?? 0), "\(proxy): \(counts)")
            #expect((35...100).contains(counts["b"] ?? 0) && counts["d"] == nil, "\(proxy): \(counts)")
        }
    }

    /// Entries with equal `locality` are one locality (Envoy groups hosts by locality), weighing the last one's.
    @Test func entriesWithTheSameLocalityAreOne() throws {
        let entry = { (last: Int, zone: String, weight: UInt32) in
            LocalityLbEndpoints(
                lbEndpoints: [LbEndpoint(address: .init(address: "127.0.0.\(last)", port: 80))],
                locality: Node.Locality(region: "", zone: zone, subZone: ""), loadBalancingWeight: weight)
        }
        var config = Cluster(name: "one", loadAssignment: ClusterLoadAssignment(
            clusterName: "one", endpoints: [entry(1, "z1", 3), entry(2, "z2", 1), entry(3, "z1", 2)]))
        config.localityWeightedLbConfig = true
        let cluster = UpstreamCluster(config: config, store: StatsStore())
        #expect(cluster.endpoints.map(\.localityIndex) == [0, 1, 0])
        cluster.updateHosts(cluster.endpoints.map {
            UpstreamCluster.HostEntry(
                $0.endpoint.address, hostname: "", endpoint: $0.endpoint, localityIndex: $0.localityIndex)
        })
        #expect(cluster.hosts.localities?.healthy.effectiveWeights == [2, 1])
        #expect(cluster.hosts.localities?.healthy.hosts.map { $0.map(\.address.address) }
            == [["127.0.0.1", "127.0.0.3"], ["127.0.0.2"]])
    }
}

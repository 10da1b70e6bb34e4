import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioConfig
@testable import NuncioProxy

/// Endpoint `load_balancing_weight` under each policy and endpoint `health_status`, counted at the upstreams, and
/// the same config on a real Envoy when `ENVOY_BIN` is set.
@Suite struct LoadBalancingWeightTests {
    static let names = ["a", "b", "c", "d", "e"]
    static let routes = ProxyHarness.routesToOne

    /// `endpoints` pairs an upstream name with lines to add to its `lb_endpoints` entry.
    static func yaml(_ harness: ProxyHarness, policy: String, _ endpoints: [(String, String)]) -> String {
        let lines = endpoints.map { name, extra in
            harness.endpoint(name) + (extra.isEmpty ? "" : "\n          " + extra)
        }.joined(separator: "\n")
        return ProxyHarness.config(clusters: [("one", lines, "    lb_policy: \(policy)")], routes: routes)
            .replacingOccurrences(of: "    lb_policy: ROUND_ROBIN\n", with: "")
    }

    /// Sends `count` requests on one keep-alive connection and returns how many each upstream received.
    static func spread(_ harness: ProxyHarness, port: Int, count: Int = 400) throws -> [String: Int] {
        let before = harness.upstreams.mapValues(\.requestCount)
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        for _ in 0..<count {
            client.send("GET /x HTTP/1.1\r\nHost: localhost\r\n\r\n")
            guard client.readResponse()?.status == 200 else { break }
        }
        return harness.upstreams.mapValues(\.requestCount).merging(before) { $0 - $1 }.filter { $0.value > 0 }
    }

    /// Runs `body` on nuncio and, when `ENVOY_BIN` is set, on Envoy with the same YAML and upstreams.
    static func onBoth(
        policy: String, _ endpoints: [(String, String)], _ body: (String, [String: Int]) throws -> Void
    ) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(names)
        let yaml = Self.yaml(harness, policy: policy, endpoints)
        try harness.start(yaml: yaml)
        try body("nuncio", try spread(harness, port: harness.port))
        guard RealEnvoy.binary != nil else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        try body("envoy", try spread(harness, port: envoy.port))
    }

    @Test func roundRobinFollowsWeightsExactly() throws {
        try Self.onBoth(policy: "ROUND_ROBIN", [("a", "load_balancing_weight: 3"), ("b", "")]) { proxy, counts in
            #expect(counts == ["a": 300, "b": 100], "\(proxy)")
        }
    }

    /// With one request at a time no host has active requests, so `weight / (0 + 1)` is the weight itself.
    @Test func leastRequestFollowsWeights() throws {
        try Self.onBoth(policy: "LEAST_REQUEST", [("a", "load_balancing_weight: 3"), ("b", "")]) { proxy, counts in
            #expect(counts == ["a": 300, "b": 100], "\(proxy)")
        }
    }

    /// Envoy's RANDOM picks uniformly whatever the weights: `b` gets about half, not a quarter.
    @Test func randomIgnoresWeights() throws {
        try Self.onBoth(policy: "RANDOM", [("a", "load_balancing_weight: 3"), ("b", "")]) { proxy, counts in
            #expect((150...250).contains(counts["b"] ?? 0), "\(proxy): \(counts)")
        }
    }

    /// UNHEALTHY and DRAINING hosts take no traffic (DRAINING is not even counted); HEALTHY and UNKNOWN do.
    @Test func healthStatusExcludesHosts() throws {
        let endpoints = [
            ("a", "health_status: HEALTHY"), ("b", "health_status: UNKNOWN"), ("c", ""),
            ("d", "health_status: UNHEALTHY"), ("e", "health_status: DRAINING"),
        ]
        try Self.onBoth(policy: "ROUND_ROBIN", endpoints) { proxy, counts in
            #expect(counts == ["a": 134, "b": 133, "c": 133] || counts == ["a": 133, "b": 134, "c": 133]
                || counts == ["a": 133, "b": 133, "c": 134], "\(proxy): \(counts)")
        }
    }

    /// One healthy host of three is under the default 50 % panic threshold: Envoy picks among all three. With
    /// `healthy_panic_threshold: 0` it never panics and only the healthy one gets traffic.
    @Test(arguments: [nil, 0.0] as [Double?])
    func healthyPanicThreshold(threshold: Double?) throws {
        let endpoints = [("a", ""), ("b", "health_status: UNHEALTHY"), ("c", "health_status: UNHEALTHY")]
        let common = threshold.map { "\n    common_lb_config: { healthy_panic_threshold: { value: \($0) } }" } ?? ""
        try Self.onBoth(policy: "ROUND_ROBIN" + common, endpoints) { proxy, counts in
            if threshold == nil {
                #expect(counts.count == 3, "\(proxy): \(counts)")
            } else {
                #expect(counts == ["a": 400], "\(proxy): \(counts)")
            }
        }
    }

    /// Two healthy and two degraded hosts: healthy availability is 140 % x 2/4 = 70 %, so 30 % of picks go to
    /// the degraded hosts. With four healthy and one degraded, healthy availability is full and none do.
    @Test func degradedHostsTakeTheShareHealthyOnesCannot() throws {
        let half = [("a", ""), ("b", ""), ("c", "health_status: DEGRADED"), ("d", "health_status: DEGRADED")]
        try Self.onBoth(policy: "ROUND_ROBIN", half) { proxy, counts in
            let degraded = (counts["c"] ?? 0) + (counts["d"] ?? 0)
            #expect((80...160).contains(degraded), "\(proxy): \(counts)")
        }
        let few = [("a", ""), ("b", ""), ("c", ""), ("d", ""), ("e", "health_status: DEGRADED")]
        try Self.onBoth(policy: "ROUND_ROBIN", few) { proxy, counts in
            #expect(counts["e"] == nil, "\(proxy): \(counts)")
            #expect(counts.values.reduce(0, +) == 400, "\(proxy)")
        }
    }

    /// Least request with unequal weights schedules `weight / (active + 1)^bias`: `a` (weight 3, two active) weighs
    /// as much as an idle `b` with bias 1, and keeps its full weight with bias 0.
    @Test func activeRequestBiasScalesWeightByLoad() throws {
        let a = try NuncioProxy.Host(address: .init(address: "127.0.0.1", port: 80), hostname: "", weight: 3)
        let b = try NuncioProxy.Host(address: .init(address: "127.0.0.2", port: 80), hostname: "")
        a.stats.rqActive.store(2, ordering: .relaxed)
        let set = HostSet(hosts: [a, b])
        for (bias, expected) in [(1.0, 200), (0.0, 300)] {
            let balancer = LoadBalancer(policy: .LEAST_REQUEST, activeRequestBias: bias)
            let picks = (0..<400).filter { _ in balancer.choose(from: set) === a }.count
            #expect(picks == expected, "bias \(bias)")
        }
    }

    @Test func healthFlagsAsEnvoyPrintsThem() throws {
        let hosts = try ["UNHEALTHY", "TIMEOUT", "DRAINING", "DEGRADED", "HEALTHY"].enumerated().map { index, _ in
            try NuncioProxy.Host(address: .init(address: "127.0.0.\(index + 1)", port: 80), hostname: "")
        }
        for (host, status) in zip(hosts, [.UNHEALTHY, .TIMEOUT, .DRAINING, .DEGRADED, .HEALTHY] as [LbEndpointStatus]) {
            host.setHealthFlag(HealthFlags(edsHealthStatus: status), true)
        }
        #expect(hosts.map(\.healthFlags.description) == [
            "/failed_eds_health", "/failed_eds_health", "/eds_status_draining", "/degraded_eds_health", "healthy",
        ])
        // As real Envoy's /clusters?format=json shows them.
        #expect(hosts.map(\.edsHealthStatus) == ["UNHEALTHY", "UNHEALTHY", "DRAINING", "DEGRADED", "HEALTHY"])
        let set = HostSet(hosts: hosts)
        #expect(set.healthyHosts.map(\.address.address) == ["127.0.0.5"])
        #expect(set.degradedHosts.map(\.address.address) == ["127.0.0.4"])
        // One healthy and one degraded of four counted hosts (DRAINING is excluded): 50 %, not in panic.
        #expect(!set.panic)
    }
}

typealias LbEndpointStatus = LbEndpoint.HealthStatus

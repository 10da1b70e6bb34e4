import Testing

@testable import NuncioAdmin
@testable import NuncioConfig

/// `/config_dump`'s clusters, against what real Envoy 1.40 dumps for the same config.
@Suite struct ConfigDumpEncoderTests {
    @Test func clusterDumpsCommonLbConfigAndLocalities() throws {
        let endpoint = LbEndpoint(address: .init(address: "127.0.0.1", port: 9000))
        var cluster = Cluster(name: "one", loadAssignment: ClusterLoadAssignment(clusterName: "one", endpoints: [
            LocalityLbEndpoints(lbEndpoints: [endpoint], locality: Node.Locality(region: "r", zone: "a", subZone: ""),
                loadBalancingWeight: 3),
            LocalityLbEndpoints(lbEndpoints: [endpoint]),
        ]))
        cluster.healthyPanicThreshold = 25.5
        cluster.localityWeightedLbConfig = true
        let json = ConfigDumpEncoder.cluster(cluster).rendered(pretty: false)
        #expect(json.contains(#""common_lb_config":{"healthy_panic_threshold":{"value":25.5},"#
            + #""locality_weighted_lb_config":{}},"load_assignment""#))
        let address = #"{"endpoint":{"address":{"socket_address":{"address":"127.0.0.1","port_value":9000}}}}"#
        #expect(json.contains(#""endpoints":[{"locality":{"region":"r","zone":"a"},"lb_endpoints":["# + address
            + #"],"load_balancing_weight":3},{"lb_endpoints":["# + address + "]}]"))
        // Defaults leave `common_lb_config` out.
        #expect(!ConfigDumpEncoder.cluster(Cluster(name: "two", loadAssignment: ClusterLoadAssignment(
            clusterName: "two", endpoints: []))).rendered(pretty: false).contains("common_lb_config"))
    }
}

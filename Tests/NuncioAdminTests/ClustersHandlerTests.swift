import Foundation
import NuncioStats
import Testing

@testable import NuncioAdmin
@testable import NuncioConfig
@testable import NuncioProxy

/// `/clusters` shows each host's endpoint locality, as real Envoy 1.40 does (`region::r` lines in text; the
/// non-empty fields in JSON).
@Suite struct ClustersHandlerTests {
    @Test func hostsShowTheirLocality() throws {
        let entry = { (last: Int, locality: Node.Locality?) in
            LocalityLbEndpoints(
                lbEndpoints: [LbEndpoint(address: .init(address: "127.0.0.\(last)", port: 80))], locality: locality)
        }
        let config = Cluster(name: "one", loadAssignment: ClusterLoadAssignment(clusterName: "one", endpoints: [
            entry(1, Node.Locality(region: "r", zone: "a", subZone: "")), entry(2, nil),
        ]))
        let cluster = UpstreamCluster(config: config, store: StatsStore())
        cluster.updateHosts(cluster.endpoints.map {
            UpstreamCluster.HostEntry(
                $0.endpoint.address, hostname: "", endpoint: $0.endpoint, localityIndex: $0.localityIndex)
        })
        let text = ClustersHandler.text([cluster])
        #expect(text.contains(
            "one::127.0.0.1:80::region::r\none::127.0.0.1:80::zone::a\none::127.0.0.1:80::sub_zone::\n"))
        #expect(text.contains("one::127.0.0.2:80::region::\none::127.0.0.2:80::zone::\n"))
        let json = ClustersHandler.json([cluster]).rendered(pretty: false)
        #expect(json.contains(#""locality":{"region":"r","zone":"a"}"#))
        #expect(json.contains(#""locality":{}"#))
    }
}

import Foundation
import NuncioConfig
import Testing

@testable import NuncioDemo

@Suite struct DemoFrontEnvoyConfigTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func resource(_ name: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }

    @Test func compiledInTextIsTheResourceFile() throws {
        #expect(DemoFrontEnvoyConfig.yaml == (try Self.resource(DemoFrontEnvoyConfig.fileName)))
    }

    /// The demo file is the seed with only the laptop's changes: apply those to the seed's model and the two match.
    @Test func differsFromTheSeedOnlyWhereALaptopNeedsIt() throws {
        let demo = try BootstrapLoader.load(text: DemoFrontEnvoyConfig.yaml, file: "demo-front-envoy.yaml")
        #expect(demo.usesV2)
        var seed = try BootstrapLoader.load(text: try Self.resource("front-envoy.yaml"), file: "front-envoy.yaml")
            .bootstrap
        #expect(seed != demo.bootstrap)
        seed.listeners[0].address = SocketAddress(address: "127.0.0.1", port: 8000)
        seed.admin?.address = SocketAddress(address: "127.0.0.1", port: 8001)
        for index in seed.clusters.indices { seed.clusters[index].dnsRefreshRate = .seconds(1) }
        seed.dnsResolver = DnsResolverConfig(
            resolvers: [SocketAddress(address: "127.0.0.53", port: 5353)], noDefaultSearchDomain: true)
        #expect(seed == demo.bootstrap)
    }

    @Test func renderedWithOtherPortsStillLoads() throws {
        let addresses = DemoFrontEnvoyConfig.Addresses(
            listenerPort: 18000, adminPort: 18001, backendPort: 10080, dnsHost: "127.0.0.54", dnsPort: 15353)
        let text = DemoFrontEnvoyConfig.render(addresses)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count
            == DemoFrontEnvoyConfig.yaml.split(separator: "\n", omittingEmptySubsequences: false).count)
        let bootstrap = try BootstrapLoader.load(text: text, file: "rendered.yaml").bootstrap
        #expect(bootstrap.listeners[0].address == SocketAddress(address: "127.0.0.1", port: 18000))
        #expect(bootstrap.admin?.address == SocketAddress(address: "127.0.0.1", port: 18001))
        for cluster in bootstrap.clusters {
            #expect(cluster.loadAssignment.allEndpoints.map(\.address.port) == [10080])
        }
        #expect(bootstrap.dnsResolver?.resolvers == [SocketAddress(address: "127.0.0.54", port: 15353)])
        #expect(DemoFrontEnvoyConfig.render(DemoFrontEnvoyConfig.Addresses()) == DemoFrontEnvoyConfig.yaml)
    }
}

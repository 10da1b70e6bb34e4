import Foundation
import Testing

@testable import NuncioConfig

/// The seed's v2 file and its v3 translation must load, and to the same model.
@Suite struct SeedConfigTests {
    @Test func seedV2LoadsUnchanged() throws {
        let loaded = try BootstrapLoader.load(path: Fixtures.seedV2)
        #expect(loaded.usesV2)
        let bootstrap = loaded.bootstrap
        #expect(bootstrap.listeners.count == 1)
        #expect(bootstrap.listeners[0].address == SocketAddress(address: "0.0.0.0", port: 80))
        let manager = bootstrap.listeners[0].httpConnectionManager
        #expect(manager.codecType == .AUTO)
        #expect(manager.statPrefix == "ingress_http")
        #expect(manager.httpFilters.map(\.name) == ["envoy.filters.http.router"])
        #expect(manager.httpFilters.map(\.kind) == [.router(RouterFilterConfig())])
        let routes = manager.routeConfig.virtualHosts[0].routes
        #expect(routes.map(\.match.path) == [.prefix("/service/1"), .prefix("/service/2")])
        #expect(bootstrap.clusters.map(\.name) == ["service1", "service2"])
        for cluster in bootstrap.clusters {
            #expect(cluster.type == .STRICT_DNS)
            #expect(cluster.lbPolicy == .ROUND_ROBIN)
            #expect(cluster.connectTimeout == .milliseconds(250))
            #expect(cluster.upstreamProtocol == .http2(Http2ProtocolOptions()))
            #expect(cluster.loadAssignment.allEndpoints.map(\.address.port) == [80])
        }
        #expect(bootstrap.admin?.accessLog == [AccessLog(sink: .file(path: "/dev/null"))])
    }

    @Test func v3ReferenceLoads() throws {
        let loaded = try BootstrapLoader.load(path: Fixtures.referenceV3)
        #expect(!loaded.usesV2)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.bootstrap.dnsResolver == DnsResolverConfig(
            resolvers: [SocketAddress(address: "127.0.0.53", port: 5353)], noDefaultSearchDomain: true))
    }

    /// Apart from what the two files really say differently (addresses, the access log, the DNS server), equal.
    @Test func seedConfigsGiveEqualModels() throws {
        let v2 = try BootstrapLoader.load(path: Fixtures.seedV2).bootstrap
        var v3 = try BootstrapLoader.load(path: Fixtures.referenceV3).bootstrap
        v3.listeners[0].address = v2.listeners[0].address
        v3.admin?.address = v2.admin!.address
        v3.listeners[0].filterChains[0].httpConnectionManager.accessLog = []
        v3.dnsResolver = nil
        // The name as written, which per-route filter configs refer to: `envoy.router` in v2.
        v3.listeners[0].filterChains[0].httpConnectionManager.httpFilters[0].configName = "envoy.router"
        #expect(v2 == v3)
    }
}

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedV2 = root.appendingPathComponent("Resources/front-envoy.yaml").path
    static let referenceV3 = root.appendingPathComponent("Tests/Fixtures/front-envoy-v3.yaml").path
}

import Testing

@testable import NuncioConfig

/// `layered_runtime` and the DNS resolver settings (`typed_dns_resolver_config`, `dns_resolvers`).
@Suite struct RuntimeAndDnsLoadingTests {
    @Test func staticLayerIsFlattenedAndAdminLayerKept() throws {
        let runtime = try #require(try Fixtures.full().layeredRuntime)
        #expect(runtime.layers == [
            .staticLayer(name: "static", values: [
                "health_check.min_interval": "10",
                "upstream.use_http2": "true",
                "overload.global_downstream_max_connections": "50000",
            ]),
            .adminLayer(name: "admin"),
        ])
        #expect(runtime.hasAdminLayer)
        #expect(runtime.layers.map(\.name) == ["static", "admin"])
    }

    @Test func noRuntime() throws {
        #expect(try ConfigText.base.load().bootstrap.layeredRuntime == nil)
    }

    @Test func duplicateLayerNames() {
        let error = ConfigText.base.inserting(after: 31, """
            layered_runtime:
              layers:
              - {name: a, admin_layer: {}}
              - {name: a, static_layer: {}}
            """).loadError()
        #expect(error?.path == "layered_runtime.layers[1].name")
        #expect(error?.line == 35)
        #expect(error?.message == "duplicate runtime layer name 'a'")
    }

    @Test func diskLayerIsNotSupported() {
        let error = ConfigText.base.inserting(after: 31, """
            layered_runtime:
              layers:
              - {name: disk, disk_layer: {symlink_root: /srv/runtime}}
            """).loadError()
        #expect(error?.path == "layered_runtime.layers[0].disk_layer")
        #expect(error?.message.contains("'disk_layer' is not supported by nuncio") == true)
    }

    @Test func runtimeListsAreRejected() {
        let error = ConfigText.base.inserting(after: 31, """
            layered_runtime:
              layers:
              - name: a
                static_layer: {x: [1, 2]}
            """).loadError()
        #expect(error?.path == "layered_runtime.layers[0].static_layer.x")
        #expect(error?.line == 35)
    }

    @Test func bootstrapTypedDnsResolver() throws {
        let resolver = try Fixtures.full().dnsResolver
        #expect(resolver == DnsResolverConfig(
            resolvers: [SocketAddress(address: "127.0.0.53", port: 5353)], noDefaultSearchDomain: true, useTCP: true))
    }

    @Test func clusterDnsResolversListWarns() throws {
        let loaded = try ConfigText.base.replacing(line: 23, with: "    type: STRICT_DNS").inserting(after: 24, """
                dns_resolvers:
                - socket_address: {address: 8.8.8.8, port_value: 53}
            """).load()
        #expect(loaded.bootstrap.clusters[0].dnsResolver
            == DnsResolverConfig(resolvers: [SocketAddress(address: "8.8.8.8", port: 53)]))
        #expect(loaded.warnings.map(\.path) == ["static_resources.clusters[0].dns_resolvers"])
    }

    @Test func resolverMustBeAnIPAddress() {
        let error = ConfigText.base.inserting(after: 24, """
                dns_resolvers:
                - socket_address: {address: dns.example.com, port_value: 53}
            """).loadError()
        #expect(error?.path == "static_resources.clusters[0].dns_resolvers[0]")
        #expect(error?.line == 26)
        #expect(error?.message == "a DNS resolver must be an IP address, got \"dns.example.com\"")
    }

    @Test func bothResolverSpellingsOnOneCluster() {
        let error = ConfigText.base.inserting(after: 24, """
                dns_resolvers: []
                typed_dns_resolver_config: {name: envoy.network.dns_resolver.cares}
            """).loadError()
        #expect(error?.path == "static_resources.clusters[0].dns_resolvers")
        #expect(error?.message.contains("cannot both be set") == true)
    }

    @Test func deprecatedBootstrapDnsResolutionConfig() throws {
        let loaded = try ConfigText.base.inserting(after: 31, """
            dns_resolution_config:
              resolvers: [{socket_address: {address: 1.1.1.1, port_value: 53}}]
            """).load()
        #expect(loaded.bootstrap.dnsResolver
            == DnsResolverConfig(resolvers: [SocketAddress(address: "1.1.1.1", port: 53)]))
        #expect(loaded.warnings.map(\.path) == ["dns_resolution_config"])
    }
}

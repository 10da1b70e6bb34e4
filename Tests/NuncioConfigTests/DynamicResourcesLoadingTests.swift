import Foundation
import Testing

@testable import NuncioConfig

/// `dynamic_resources` with file config sources loads; the other config sources are refused by name.
@Suite struct DynamicResourcesLoadingTests {
    static let dynamic = ConfigText("""
        node: {id: id_1, cluster: test}
        dynamic_resources:
          cds_config:
            resource_api_version: V3
            path_config_source:
              path: /etc/envoy/cds.yaml
              watched_directory: {path: /etc/envoy}
          lds_config:
            path_config_source: {path: lds.yaml}
        """)

    @Test func pathConfigSources() throws {
        let loaded = try Self.dynamic.load()
        #expect(loaded.bootstrap.dynamicResources == DynamicResources(
            ldsConfig: ConfigSource(path: "lds.yaml"),
            cdsConfig: ConfigSource(path: "/etc/envoy/cds.yaml", watchedDirectory: "/etc/envoy")))
        #expect(loaded.warnings.isEmpty)
    }

    /// Envoy 1.40 still takes the deprecated `path` (with a warning).
    @Test func legacyPathWarns() throws {
        let loaded = try Self.dynamic.replacing(lines: 9...9, with: "    path: lds.yaml").load()
        #expect(loaded.bootstrap.dynamicResources?.ldsConfig == ConfigSource(path: "lds.yaml"))
        #expect(loaded.warnings.map(\.path) == ["dynamic_resources.lds_config.path"])
    }

    /// Envoy's own sandbox, with its LDS routes naming a cluster that only its CDS file defines.
    @Test func dynamicConfigFsSandboxLoads() throws {
        let path = Fixtures.root.appendingPathComponent("Tests/Fixtures/dynamic-config-fs/envoy.yaml").path
        let loaded = try BootstrapLoader.load(path: path)
        #expect(loaded.bootstrap.dynamicResources?.cdsConfig?.path == "/var/lib/envoy/cds.yaml")
        #expect(loaded.bootstrap.dynamicResources?.ldsConfig?.path == "/var/lib/envoy/lds.yaml")
        let lds = Fixtures.root.appendingPathComponent("Tests/Fixtures/dynamic-config-fs/lds.yaml").path
        let cds = Fixtures.root.appendingPathComponent("Tests/Fixtures/dynamic-config-fs/cds.yaml").path
        #expect(try ResourceFileLoader.load(path: lds, type: .listener).resources.names == ["listener_0"])
        #expect(try ResourceFileLoader.load(path: cds, type: .cluster).resources.names == ["example_proxy_cluster"])
    }

    /// As Envoy: file subscriptions need the node's id and cluster, from the file or the flags.
    @Test func fileSourcesNeedTheNodesIdAndCluster() throws {
        let message = "type.googleapis.com/envoy.config.cluster.v3.Cluster: node 'id' and 'cluster' are required. "
            + "Set it either in 'node' config or via --service-node and --service-cluster options."
        let withoutNode = try Self.dynamic.replacing(line: 1, with: "node: {id: id_1}").load().bootstrap
        #expect(withoutNode.localInfoError(serviceNode: nil, serviceCluster: nil) == message)
        #expect(withoutNode.localInfoError(serviceNode: nil, serviceCluster: "test") == nil)
        #expect(try Self.dynamic.load().bootstrap.localInfoError(serviceNode: nil, serviceCluster: nil) == nil)
        #expect(Bootstrap().localInfoError(serviceNode: nil, serviceCluster: nil) == nil)
    }

    static let refused: [BrokenConfig] = [
        BrokenConfig(
            name: "ads", config: dynamic.replacing(line: 9, with: "    ads: {}"),
            path: "dynamic_resources.lds_config.ads", line: 9, column: 10,
            phrase: "field 'ads' is not supported by nuncio; use path_config_source"),
        BrokenConfig(
            name: "api_config_source",
            config: dynamic.replacing(line: 9, with: "    api_config_source: {api_type: GRPC}"),
            path: "dynamic_resources.lds_config.api_config_source", line: 9, column: 24,
            phrase: "field 'api_config_source' is not supported by nuncio"),
        BrokenConfig(
            name: "ads_config", config: dynamic.inserting(after: 9, "  ads_config: {api_type: GRPC}"),
            path: "dynamic_resources.ads_config", line: 10, column: 3,
            phrase: "field 'ads_config' is not supported by nuncio"),
        BrokenConfig(
            name: "resource_api_version V2", config: dynamic.replacing(line: 4, with: "    resource_api_version: V2"),
            path: "dynamic_resources.cds_config.resource_api_version", line: 4, column: 27,
            phrase: "resource_api_version V2 is not supported"),
        BrokenConfig(
            name: "initial_fetch_timeout", config: dynamic.inserting(after: 9, "    initial_fetch_timeout: 1s"),
            path: "dynamic_resources.lds_config.initial_fetch_timeout", line: 10, column: 5,
            phrase: "field 'initial_fetch_timeout' is not supported by nuncio"),
        BrokenConfig(
            name: "no config source", config: dynamic.replacing(line: 9, with: "    resource_api_version: V3"),
            path: "dynamic_resources.lds_config", line: 9, column: 5,
            phrase: "missing the config source: expected one of path, path_config_source"),
        BrokenConfig(
            name: "watched_directory without path",
            config: dynamic.replacing(line: 7, with: "      watched_directory: {}"),
            path: "dynamic_resources.cds_config.path_config_source.watched_directory", line: 7, column: 26,
            phrase: "missing required field 'path'"),
    ]

    @Test(arguments: refused) func refusedSources(_ broken: BrokenConfig) throws {
        try broken.expectError()
    }
}

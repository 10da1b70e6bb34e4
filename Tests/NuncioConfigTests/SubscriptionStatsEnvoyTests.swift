import Foundation
import NuncioStats
import NuncioTestSupport
import Testing

@testable import NuncioConfig

/// Real Envoy 1.40 and nuncio's subscriptions on the dynamic-config-fs sandbox's files, put through the same
/// updates: the `listener_manager.lds.*` and `cluster_manager.cds.*` subscription stats agree by name and value.
@Suite(.serialized) struct SubscriptionStatsEnvoyTests {
    static let sandbox = Fixtures.root.appendingPathComponent("Tests/Fixtures/dynamic-config-fs")
    static let compared = ["update_attempt", "update_success", "update_rejected", "update_failure", "version"]

    final class Accepting: ConfigSubscriptionCallbacks {
        func onConfigUpdate(_ resources: DecodedResources, version: String) throws {}
    }

    /// The sandbox's files in `directory`, listening on loopback at `port` and resolving `localhost`.
    static func writeSandbox(to directory: URL, port: Int) throws {
        let lds = try String(contentsOf: sandbox.appendingPathComponent("lds.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "0.0.0.0", with: "127.0.0.1")
            .replacingOccurrences(of: "port_value: 10000", with: "port_value: \(port)")
        let cds = try String(contentsOf: sandbox.appendingPathComponent("cds.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "service1", with: "localhost")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try lds.write(to: directory.appendingPathComponent("lds.yaml"), atomically: true, encoding: .utf8)
        try cds.write(to: directory.appendingPathComponent("cds.yaml"), atomically: true, encoding: .utf8)
    }

    /// `sed -i`: the file rewritten elsewhere and renamed over the original.
    static func sedInPlace(_ file: URL, _ transform: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try transform(text).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func subscriptionStatsMatchRealEnvoy() throws {
        guard let binary = RealEnvoy.binary else { return }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-xds-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let envoyFiles = root.appendingPathComponent("envoy")
        let nuncioFiles = root.appendingPathComponent("nuncio")
        try Self.writeSandbox(to: envoyFiles, port: NuncioBinary.freePort())
        try Self.writeSandbox(to: nuncioFiles, port: NuncioBinary.freePort())
        let bootstrap = try String(contentsOf: Self.sandbox.appendingPathComponent("envoy.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "/var/lib/envoy", with: envoyFiles.path)
            .replacingOccurrences(of: "0.0.0.0", with: "127.0.0.1").replacingOccurrences(of: "19000", with: "0")
        let envoy = try RealEnvoy(binary: binary, config: bootstrap)
        defer { envoy.stop() }

        let store = StatsStore()
        let subscriptions = [
            PathConfigSubscription(
                source: ConfigSource(path: nuncioFiles.appendingPathComponent("lds.yaml").path), type: .listener,
                statPrefix: SubscriptionStats.Prefix.lds, store: store, callbacks: Accepting()),
            PathConfigSubscription(
                source: ConfigSource(path: nuncioFiles.appendingPathComponent("cds.yaml").path), type: .cluster,
                statPrefix: SubscriptionStats.Prefix.cds, store: store, callbacks: Accepting()),
        ]
        for subscription in subscriptions { try subscription.start() }
        defer { for subscription in subscriptions { subscription.stop() } }

        // One good update of each (a version long enough for xxHash's 32-byte rounds), then bad ones of CDS: a value
        // Envoy's validation refuses (update_rejected), a value of the wrong kind and a syntax error (update_failure).
        let zeroTimeout = "  type: LOGICAL_DNS\n  connect_timeout: 0s"
        let longVersion = "2026-12-04T23:00:00Z/lds-configmap-revision-42"
        let updates: [(String, (String) -> String)] = [
            ("lds.yaml", { "version_info: \"\(longVersion)\"\n" + $0 }),
            ("cds.yaml", { "version_info: v2\n" + $0.replacingOccurrences(of: "STRICT_DNS", with: "LOGICAL_DNS") }),
            ("cds.yaml", { $0.replacingOccurrences(of: "  type: LOGICAL_DNS", with: zeroTimeout) }),
            ("cds.yaml", { $0.replacingOccurrences(of: "connect_timeout: 0s", with: "connect_timeout: abc") }),
            ("cds.yaml", { _ in "resources: [\n" }),
        ]
        var expectedAttempts = ["listener_manager.lds.update_attempt": 1, "cluster_manager.cds.update_attempt": 1]
        for (name, transform) in updates {
            try Self.sedInPlace(envoyFiles.appendingPathComponent(name), transform)
            try Self.sedInPlace(nuncioFiles.appendingPathComponent(name), transform)
            let prefix = name == "lds.yaml" ? SubscriptionStats.Prefix.lds : SubscriptionStats.Prefix.cds
            let attempt = prefix + "update_attempt"
            expectedAttempts[attempt, default: 0] += 1
            let expected = UInt64(expectedAttempts[attempt]!)
            #expect(waitUntil(seconds: 10) { envoy.stat(attempt) == expected && store.values()[attempt] == expected })
        }

        let envoyStats = try envoy.stats()
        let ours = store.values()
        for prefix in [SubscriptionStats.Prefix.lds, SubscriptionStats.Prefix.cds] {
            for stat in Self.compared {
                let name = prefix + stat
                #expect(envoyStats[name] != nil, "Envoy has no \(name)")
                #expect(ours[name] == envoyStats[name], "\(name)")
            }
            // Every subscription stat nuncio has, Envoy has too.
            for name in ours.keys where name.hasPrefix(prefix) {
                #expect(envoyStats[name] != nil, "Envoy has no \(name)")
            }
        }
        // version_text, a text readout: the same lines in /stats.
        let envoyText = try RawHTTPClient.get(port: envoy.adminPort, path: "/stats?filter=version_text").body
        let query = StatsQuery(filter: try StatsFilter("version_text"))
        #expect(TextStatsRenderer.render(store.snapshot(), query: query) == envoyText)
        #expect(envoyText.contains("cluster_manager.cds.version_text: \"v2\""))
        #expect(ours["listener_manager.lds.version"] == XXHash64.hash(longVersion))
        #expect(ours["cluster_manager.cds.update_rejected"] == 1 && ours["cluster_manager.cds.update_failure"] == 2)
    }
}

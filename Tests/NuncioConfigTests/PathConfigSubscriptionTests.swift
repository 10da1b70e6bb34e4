import Foundation
import NuncioStats
import Testing

@testable import NuncioConfig

/// What a subscription delivered, for the tests to wait on.
final class RecordingCallbacks: ConfigSubscriptionCallbacks, @unchecked Sendable {
    private let lock = NSLock()
    private var updates: [(DecodedResources, String)] = []
    private var failures: [any Error] = []
    /// When set, `onConfigUpdate` throws it (the engine refusing an update).
    var rejection: (any Error)?

    func onConfigUpdate(_ resources: DecodedResources, version: String) throws {
        try lock.withLock {
            if let rejection { throw rejection }
            updates.append((resources, version))
        }
    }

    func onConfigUpdateFailed(_ error: any Error) {
        lock.withLock { failures.append(error) }
    }

    var versions: [String] { lock.withLock { updates.map(\.1) } }
    var last: DecodedResources? { lock.withLock { updates.last?.0 } }
    var failureCount: Int { lock.withLock { failures.count } }
    var failureMessages: [String] { lock.withLock { failures.map { "\($0)" } } }
    func reject(with error: (any Error)?) { lock.withLock { rejection = error } }
}

struct Refused: Error {}

/// A `PathConfigSubscription` on files in a temporary directory: each kind of change is seen and delivered.
@Suite(.serialized) struct PathConfigSubscriptionTests {
    static func clusters(_ version: String, port: Int = 8080) -> String {
        """
        version_info: "\(version)"
        resources:
        - "@type": type.googleapis.com/envoy.config.cluster.v3.Cluster
          name: app
          load_assignment:
            cluster_name: app
            endpoints:
            - lb_endpoints:
              - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: \(port)}}}
        """
    }

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-sub-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    private func subscribe(
        _ source: ConfigSource, _ callbacks: RecordingCallbacks, store: StatsStore = StatsStore()
    ) throws -> PathConfigSubscription {
        let subscription = PathConfigSubscription(
            source: source, type: .cluster, statPrefix: SubscriptionStats.Prefix.cds, store: store,
            callbacks: callbacks)
        try subscription.start()
        return subscription
    }

    /// Written elsewhere and renamed over the file, as `mv` and `sed -i` do.
    private func replace(_ name: String, with text: String) throws {
        let temporary = path(".\(name).tmp")
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        #expect(rename(temporary, path(name)) == 0)
    }

    @Test func startReadsTheFileAndCountsAsEnvoy() throws {
        try Self.clusters("1").write(toFile: path("cds.yaml"), atomically: false, encoding: .utf8)
        let store = StatsStore()
        let callbacks = RecordingCallbacks()
        let subscription = try subscribe(ConfigSource(path: path("cds.yaml")), callbacks, store: store)
        defer { subscription.stop() }
        #expect(callbacks.versions == ["1"])
        #expect(callbacks.last?.names == ["app"])
        let values = store.values()
        #expect(values["cluster_manager.cds.update_attempt"] == 1)
        #expect(values["cluster_manager.cds.update_success"] == 1)
        #expect(values["cluster_manager.cds.update_rejected"] == 0)
        #expect(values["cluster_manager.cds.update_failure"] == 0)
        // Envoy's gauge: xxHash64 of version_info.
        #expect(values["cluster_manager.cds.version"] == XXHash64.hash("1"))
        #expect((values["cluster_manager.cds.update_time"] ?? 0) > 1_700_000_000_000)
        #expect(subscription.versionInfo == "1")
    }

    @Test func aMissingFileIsRefusedAtStart() {
        let subscription = PathConfigSubscription(
            source: ConfigSource(path: path("absent.yaml")), type: .cluster, statPrefix: "x.", store: StatsStore(),
            callbacks: RecordingCallbacks())
        #expect(throws: ConfigError.self) { try subscription.start() }
    }

    @Test func renameIsSeen() throws {
        try Self.clusters("1").write(toFile: path("cds.yaml"), atomically: false, encoding: .utf8)
        let callbacks = RecordingCallbacks()
        let subscription = try subscribe(ConfigSource(path: path("cds.yaml")), callbacks)
        defer { subscription.stop() }
        try replace("cds.yaml", with: Self.clusters("2", port: 8081))
        #expect(waitFor { callbacks.versions == ["1", "2"] })
        guard case .clusters(let clusters) = callbacks.last else { Issue.record("no clusters"); return }
        #expect(clusters[0].loadAssignment.allEndpoints.map(\.address.port) == [8081])
    }

    /// Truncated and written where it is, as `cp` or a shell redirection do (Envoy misses this one).
    @Test func inPlaceWriteIsSeen() throws {
        try Self.clusters("1").write(toFile: path("cds.yaml"), atomically: false, encoding: .utf8)
        let callbacks = RecordingCallbacks()
        let subscription = try subscribe(ConfigSource(path: path("cds.yaml")), callbacks)
        defer { subscription.stop() }
        let handle = try #require(FileHandle(forWritingAtPath: path("cds.yaml")))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(Self.clusters("2").utf8))
        try handle.close()
        #expect(waitFor { callbacks.versions == ["1", "2"] })
    }

    /// The kubelet's atomic writer: a new timestamped directory, `..data_tmp` pointing at it, renamed over
    /// `..data`; the file is a symlink through `..data`.
    @Test func kubeletSymlinkSwapIsSeenInTheWatchedDirectory() throws {
        let first = path("..2026_12_04_00_00_00.1")
        try FileManager.default.createDirectory(atPath: first, withIntermediateDirectories: false)
        try Self.clusters("1").write(toFile: first + "/cds.yaml", atomically: false, encoding: .utf8)
        #expect(symlink("..2026_12_04_00_00_00.1", path("..data")) == 0)
        #expect(symlink("..data/cds.yaml", path("cds.yaml")) == 0)
        let callbacks = RecordingCallbacks()
        let source = ConfigSource(path: path("cds.yaml"), watchedDirectory: directory.path)
        let subscription = try subscribe(source, callbacks)
        defer { subscription.stop() }
        #expect(callbacks.versions == ["1"])

        let second = path("..2026_12_04_00_01_00.2")
        try FileManager.default.createDirectory(atPath: second, withIntermediateDirectories: false)
        try Self.clusters("2").write(toFile: second + "/cds.yaml", atomically: false, encoding: .utf8)
        #expect(symlink("..2026_12_04_00_01_00.2", path("..data_tmp")) == 0)
        #expect(rename(path("..data_tmp"), path("..data")) == 0)
        try FileManager.default.removeItem(atPath: first)
        #expect(waitFor { callbacks.versions == ["1", "2"] })
    }

    @Test func aBadFileIsRejectedAndTheNextGoodOneApplies() throws {
        try Self.clusters("1").write(toFile: path("cds.yaml"), atomically: false, encoding: .utf8)
        let store = StatsStore()
        let callbacks = RecordingCallbacks()
        let subscription = try subscribe(ConfigSource(path: path("cds.yaml")), callbacks, store: store)
        defer { subscription.stop() }
        // A field error rejects the file; a syntax error is a failure, as in Envoy.
        try replace("cds.yaml", with: Self.clusters("2").replacingOccurrences(of: "name: app", with: "nam: app"))
        #expect(waitFor { store.values()["cluster_manager.cds.update_rejected"] == 1 })
        try replace("cds.yaml", with: "resources: [\n")
        #expect(waitFor { store.values()["cluster_manager.cds.update_failure"] == 1 })
        #expect(callbacks.versions == ["1"])
        #expect(callbacks.failureCount == 2)
        #expect(store.values()["cluster_manager.cds.version"] == XXHash64.hash("1"))
        try replace("cds.yaml", with: Self.clusters("3"))
        #expect(waitFor { callbacks.versions == ["1", "3"] })
        #expect(store.values()["cluster_manager.cds.update_attempt"] == 4)
        #expect(store.values()["cluster_manager.cds.update_success"] == 2)
    }

    @Test func theCallbacksMayRejectAnUpdate() throws {
        try Self.clusters("1").write(toFile: path("cds.yaml"), atomically: false, encoding: .utf8)
        let store = StatsStore()
        let callbacks = RecordingCallbacks()
        let subscription = try subscribe(ConfigSource(path: path("cds.yaml")), callbacks, store: store)
        defer { subscription.stop() }
        callbacks.reject(with: Refused())
        try replace("cds.yaml", with: Self.clusters("2"))
        #expect(waitFor { store.values()["cluster_manager.cds.update_rejected"] == 1 })
        #expect(subscription.versionInfo == "1")
        #expect(store.values()["cluster_manager.cds.version"] == XXHash64.hash("1"))
    }

    @Test func nothingIsDeliveredAfterStop() throws {
        try Self.clusters("1").write(toFile: path("cds.yaml"), atomically: false, encoding: .utf8)
        let callbacks = RecordingCallbacks()
        let subscription = try subscribe(ConfigSource(path: path("cds.yaml")), callbacks)
        subscription.stop()
        try replace("cds.yaml", with: Self.clusters("2"))
        // A change would be seen within the settle time; a second is ample on a loaded machine.
        Thread.sleep(forTimeInterval: 1)
        #expect(callbacks.versions == ["1"])
        subscription.stop()
    }

    /// Waits up to 5 s (the brief is one second; the slack is for a loaded 2-core machine).
    private func waitFor(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }
}

/// RDS and EDS subscribe to one named resource: Envoy's checks of what the file holds.
@Suite struct NamedResourceSubscriptionTests {
    static func routes(_ names: [String]) -> String {
        "version_info: r\nresources:\n" + names.map { name in
            """
            - "@type": type.googleapis.com/envoy.config.route.v3.RouteConfiguration
              name: \(name)
            """
        }.joined(separator: "\n")
    }

    @Test(arguments: [
        ([String](), "", 1, 0),
        (["local_route"], "", 0, 0),
        (["other"], "Unexpected RDS configuration (expecting local_route): other", 0, 1),
        (["local_route", "other"], "Unexpected RDS resource length: 2", 0, 1),
    ])
    func rdsFile(names: [String], message: String, empty: UInt64, rejected: UInt64) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-rds-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.routes(names).write(to: file, atomically: true, encoding: .utf8)
        let store = StatsStore()
        let callbacks = RecordingCallbacks()
        let prefix = SubscriptionStats.Prefix.rds(statPrefix: "ingress", routeConfigName: "local_route")
        #expect(prefix == "http.ingress.rds.local_route.")
        let subscription = PathConfigSubscription(
            source: ConfigSource(path: file.path), type: .routeConfiguration, resourceName: "local_route",
            statPrefix: prefix, store: store, callbacks: callbacks)
        try subscription.start()
        subscription.stop()
        let values = store.values()
        #expect(values[prefix + "update_empty"] == empty)
        #expect(values[prefix + "update_rejected"] == rejected)
        #expect(values[prefix + "update_success"] == 1 - rejected)
        #expect(callbacks.versions == (names == ["local_route"] ? ["r"] : []))
        #expect(callbacks.failureMessages == (message.isEmpty ? [] : [message]))
    }
}

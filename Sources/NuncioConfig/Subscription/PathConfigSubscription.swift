import Foundation
import NuncioStats

/// What a subscription delivers to: the engine's listener manager (LDS), cluster manager (CDS), a connection
/// manager's routes (RDS) or an EDS cluster. Envoy's `SubscriptionCallbacks`.
public protocol ConfigSubscriptionCallbacks: AnyObject, Sendable {
    /// Applies a whole update (state of the world: every resource of the file). Throwing rejects it: counted in
    /// `update_rejected`, and the callbacks keep their last good config.
    func onConfigUpdate(_ resources: DecodedResources, version: String) throws
    /// An update that was not applied: a `ResourceFileError` (the file could not be read or is invalid), or what
    /// `onConfigUpdate` threw. For logging; the default does nothing.
    func onConfigUpdateFailed(_ error: any Error)
}

extension ConfigSubscriptionCallbacks {
    public func onConfigUpdateFailed(_ error: any Error) {}
}

/// Envoy's `FilesystemSubscriptionImpl`: reads a resource file when started and again on every change, parses it
/// and delivers the decoded resources to its callbacks, counting Envoy's subscription stats.
///
/// Updates are delivered one at a time: the first on the thread that calls `start`, later ones on the watcher's
/// thread. Its state is behind one lock.
public final class PathConfigSubscription: @unchecked Sendable {
    public let source: ConfigSource
    public let type: ResourceType
    public let stats: SubscriptionStats
    /// For RDS and EDS: the one route configuration or `cluster_name` the subscriber wants.
    public let resourceName: String?
    private let callbacks: any ConfigSubscriptionCallbacks
    /// Guards `watcher`, `stopped` and `lastVersion`, and serializes updates; recursive so that a callback may
    /// stop its subscription.
    private let lock = NSRecursiveLock()
    private var watcher: FileWatcher?
    private var stopped = false
    private var lastVersion = ""

    /// `resourceName` is an RDS subscription's `route_config_name` or an EDS cluster's service name (the
    /// `cluster_name` of its assignment); with one, the file must hold that resource alone, or nothing, as in Envoy.
    /// `statPrefix` is one of `SubscriptionStats.Prefix`.
    public init(
        source: ConfigSource, type: ResourceType, resourceName: String? = nil, statPrefix: String,
        store: StatsStore, callbacks: any ConfigSubscriptionCallbacks
    ) {
        self.source = source
        self.type = type
        self.resourceName = resourceName
        self.stats = SubscriptionStats(store: store, prefix: statPrefix, countsEmpty: resourceName != nil)
        self.callbacks = callbacks
    }

    deinit {
        watcher?.stop()
    }

    /// The `version_info` of the last accepted update ("" before one).
    public var versionInfo: String { lock.withLock { lastVersion } }

    /// Watches the file, then reads it once (a bad file is counted and reported, as later ones, and does not throw).
    /// Throws a `ConfigError` when the file does not exist or its directory cannot be watched, which Envoy refuses at
    /// start-up.
    public func start() throws {
        for path in [source.path] + (source.watchedDirectory.map { [$0] } ?? [])
        where !FileManager.default.fileExists(atPath: path) {
            throw ConfigError(
                file: path, line: 0, column: 0, path: "",
                message: "paths must refer to an existing path in the system: '\(path)' does not exist")
        }
        let watcher = try FileWatcher(file: source.path, watchedDirectory: source.watchedDirectory) { [weak self] in
            self?.refresh()
        }
        lock.withLock { self.watcher = watcher }
        watcher.start()
        refresh()
    }

    /// Stops watching; no update is delivered once it returns (unless called from the callbacks themselves).
    public func stop() {
        let watcher: FileWatcher? = lock.withLock {
            stopped = true
            defer { self.watcher = nil }
            return self.watcher
        }
        watcher?.stop()
    }

    /// One update attempt, as Envoy's `FilesystemSubscriptionImpl::refresh`.
    func refresh() {
        lock.withLock {
            guard !stopped else { return }
            stats.updateAttempt.inc()
            let file: ResourceFile
            do throws(ResourceFileError) {
                file = try ResourceFileLoader.load(path: source.path, type: type)
            } catch {
                (error.kind == .failure ? stats.updateFailure : stats.updateRejected).inc()
                callbacks.onConfigUpdateFailed(error)
                return
            }
            do {
                if try checkNamedResource(file.resources) {
                    try callbacks.onConfigUpdate(file.resources, version: file.versionInfo)
                }
            } catch {
                stats.updateRejected.inc()
                callbacks.onConfigUpdateFailed(error)
                return
            }
            lastVersion = file.versionInfo
            stats.updateTime.set(UInt64(max(0, Date().timeIntervalSince1970 * 1000)))
            stats.version.set(XXHash64.hash(file.versionInfo))
            stats.versionText.set(file.versionInfo)
            stats.updateSuccess.inc()
        }
    }

    /// Envoy's RDS and EDS checks of a state-of-the-world update for one named resource. False for an empty update,
    /// which is counted in `update_empty`, accepted, and not delivered.
    private func checkNamedResource(_ resources: DecodedResources) throws -> Bool {
        guard let resourceName, let updateEmpty = stats.updateEmpty else { return true }
        let kind = type == .routeConfiguration ? "RDS" : "EDS"
        if resources.count == 0 {
            updateEmpty.inc()
            return false
        }
        guard resources.count == 1 else {
            throw SubscriptionRejection(message: "Unexpected \(kind) resource length: \(resources.count)")
        }
        let given = resources.names[0]
        guard given == resourceName else {
            let what = type == .routeConfiguration ? "configuration" : "cluster"
            throw SubscriptionRejection(message: "Unexpected \(kind) \(what) (expecting \(resourceName)): \(given)")
        }
        return true
    }
}

/// An update refused by the subscription itself (Envoy's message), before its callbacks see it.
public struct SubscriptionRejection: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

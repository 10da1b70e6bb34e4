import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NuncioConfig
import NuncioStats

/// All clusters by name. Static clusters come from the bootstrap; CDS updates add, modify and remove the dynamic
/// ones at run time, as Envoy's `ClusterManagerImpl` does: a new or modified cluster warms (first hosts, first
/// health checks) before routes see it, and the workers drain the pools of clusters and hosts that left.
public final class ClusterManager: Sendable {
    private let active: ManagedAtomic<ClusterMap>
    /// Clusters added or modified by CDS whose warming has not finished, by name.
    private let warming = NIOLockedValueBox<[String: ActiveCluster]>([:])
    /// One update at a time: the diff is computed against what the previous update left.
    private let updateLock = NIOLock()
    private let resolver: DNSResolver
    private let store: StatsStore
    private let log: EngineLog
    private let group: EventLoopGroup
    private let workers: WorkerDirectory
    private let stats: ClusterManagerStats
    private let lastVersion = NIOLockedValueBox<String?>(nil)
    let eds: EdsSubscriptions
    /// A static EDS cluster whose file could not be read: Envoy refuses to start.
    private let staticError: (any Error)?

    /// An immutable name → cluster table, swapped whole when clusters are added or removed.
    final class ClusterMap: AtomicReference, Sendable {
        let entries: [ActiveCluster]
        let clusters: [String: UpstreamCluster]
        let ordered: [UpstreamCluster]

        init(_ entries: [ActiveCluster]) {
            self.entries = entries
            self.ordered = entries.map(\.cluster)
            var map: [String: UpstreamCluster] = [:]
            for cluster in ordered { map[cluster.name] = cluster }
            self.clusters = map
        }
    }

    init(
        clusters: [Cluster], store: StatsStore, resolver: DNSResolver, group: EventLoopGroup, log: EngineLog,
        workers: WorkerDirectory
    ) {
        self.resolver = resolver
        self.store = store
        self.log = log
        self.group = group
        self.workers = workers
        self.stats = ClusterManagerStats(store: store)
        self.active = ManagedAtomic(ClusterMap([]))
        let eds = EdsSubscriptions(store: store, log: log)
        self.eds = eds
        var staticError: (any Error)?
        let configs = clusters.map { config in
            do { return try eds.withAssignment(config) } catch {
                staticError = staticError ?? error
                return config
            }
        }
        self.staticError = staticError
        let statics = configs.map { makeCluster($0, versionInfo: nil) }
        active.store(ClusterMap(statics), ordering: .releasing)
        stats.clusterAdded.add(UInt64(statics.count))
        publishGauges()
        let loop = group.next()
        // Off the subscription's thread, and never inside an update holding the lock.
        eds.onUpdate { [weak self] name in loop.execute { self?.applyAssignment(of: name) } }
    }

    private func makeCluster(_ config: Cluster, versionInfo: String?) -> ActiveCluster {
        let workers = self.workers
        return ActiveCluster(
            config: config, versionInfo: versionInfo, store: store, resolver: resolver, group: group, log: log
        ) { removed in
            let ids = Set(removed.map(ObjectIdentifier.init))
            workers.forEach { $0.drainPools { ids.contains(ObjectIdentifier($0.host)) } }
        }
    }

    public func cluster(named name: String) -> UpstreamCluster? {
        active.load(ordering: .acquiring).clusters[name]
    }

    public var clusters: [UpstreamCluster] {
        active.load(ordering: .acquiring).ordered
    }

    /// The active clusters with how they were added, for `/config_dump`.
    public var activeClusters: [(cluster: Cluster, versionInfo: String?, lastUpdated: Date)] {
        active.load(ordering: .acquiring).entries.map { ($0.cluster.config, $0.versionInfo, $0.lastUpdated) }
    }

    /// The version of the last CDS update applied; nil before the first.
    public var versionInfo: String? { lastVersion.withLockedValue { $0 } }

    /// The CDS clusters still warming, for `/config_dump`'s `dynamic_warming_clusters`.
    public var warmingClusters: [(cluster: Cluster, versionInfo: String?, lastUpdated: Date)] {
        warming.withLockedValue { $0.values.sorted { $0.name < $1.name } }
            .map { ($0.cluster.config, $0.versionInfo, $0.lastUpdated) }
    }

    /// Warms the static clusters: the future completes when every one has hosts (or its first resolution failed)
    /// and its first health checks are done, so listeners open on a warm cluster manager.
    public func start() -> EventLoopFuture<Void> {
        if let staticError { return group.next().makeFailedFuture(staticError) }
        let entries = active.load(ordering: .acquiring).entries
        return EventLoopFuture.andAllComplete(entries.map { $0.start() }, on: group.next())
    }

    public func stop() {
        updateLock.withLock {
            for entry in active.load(ordering: .acquiring).entries { entry.stop() }
            for entry in warming.withLockedValue({ Array($0.values) }) { entry.stop() }
        }
        eds.stopAll()
    }

    /// A CDS update (state of the world): the dynamic clusters become `clusters`. New and modified ones warm and
    /// then replace what was there; dynamic clusters the update leaves out are removed; static clusters are
    /// never changed by it (Envoy skips them). Throws, changing nothing, for an update that names a cluster twice.
    /// The future completes when the update's clusters have warmed.
    @discardableResult
    public func applyUpdate(_ clusters: [Cluster], versionInfo: String) throws -> EventLoopFuture<Void> {
        var names = Set<String>()
        for cluster in clusters where !names.insert(cluster.name).inserted {
            throw ClusterUpdateError.duplicateName(cluster.name)
        }
        return try updateLock.withLock {
            let current = active.load(ordering: .acquiring).entries
            let byName = Dictionary(current.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let warmingNow = warming.withLockedValue { $0 }
            var changed: [Cluster] = []
            for config in clusters {
                if let existing = byName[config.name], existing.versionInfo == nil {
                    log.log(.warning, "upstream", "cds: cluster '\(config.name)' is static and cannot be updated")
                    continue
                }
                let pending = warmingNow[config.name]?.cluster.config ?? byName[config.name]?.cluster.config
                if let pending, Self.sameDefinition(pending, config) { continue }
                changed.append(config)
            }
            // Every EDS file is read before anything changes: one that cannot be rejects the whole update.
            let resolved = try changed.map { try eds.withAssignment($0) }
            let started = resolved.map { warm($0, versionInfo: versionInfo, modifies: byName[$0.name] != nil) }
            let removed = current.filter { $0.versionInfo != nil && !names.contains($0.name) }
            for entry in warmingNow.values where !names.contains(entry.name) {
                entry.stop()
                warming.withLockedValue { $0[entry.name] = nil }
            }
            if !removed.isEmpty {
                let removedNames = Set(removed.map(\.name))
                swapActive { $0.filter { !removedNames.contains($0.name) } }
                for entry in removed {
                    retire(entry)
                    eds.remove(entry.name)
                }
                stats.clusterRemoved.add(UInt64(removed.count))
            }
            publishGauges()
            lastVersion.withLockedValue { $0 = versionInfo }
            return EventLoopFuture.andAllComplete(started, on: group.next())
        }
    }

    /// Equal but for an EDS cluster's endpoints, which its subscription fills in.
    private static func sameDefinition(_ running: Cluster, _ update: Cluster) -> Bool {
        var running = running
        if running.type == .EDS { running.loadAssignment = update.loadAssignment }
        return running == update
    }

    /// An EDS update arrived for `name`: its hosts are swapped in place, or the cluster is rebuilt with it when
    /// its localities changed.
    private func applyAssignment(of name: String) {
        updateLock.withLock {
            guard let entry = active.load(ordering: .acquiring).entries.first(where: { $0.name == name }),
                let assignment = eds.assignment(of: name), assignment != entry.assignment,
                !entry.applyAssignment(assignment)
            else { return }
            var config = entry.cluster.config
            config.loadAssignment = assignment
            _ = warm(config, versionInfo: entry.versionInfo, modifies: nil)
        }
    }

    /// Starts a cluster warming; once warm, it takes its name's place among the active clusters. `modifies` says
    /// which counter the change counts in (nil: an EDS rebuild, counted in neither).
    private func warm(_ config: Cluster, versionInfo: String?, modifies: Bool?) -> EventLoopFuture<Void> {
        let entry = makeCluster(config, versionInfo: versionInfo)
        let replaced = warming.withLockedValue { warming in
            defer { warming[config.name] = entry }
            return warming[config.name]
        }
        replaced?.stop()
        if modifies == true { stats.clusterModified.inc() } else if modifies == false { stats.clusterAdded.inc() }
        let loop = group.next()
        // Submitted, never inline: a cluster that warms at once must not re-enter the update lock held here.
        return entry.start().flatMap {
            loop.submit { self.activate(entry) }
        }
    }

    private func activate(_ entry: ActiveCluster) {
        let config = entry.cluster.config
        updateLock.withLock {
            // A later update replaced or removed it while it warmed.
            guard !entry.isStopped,
                warming.withLockedValue({ $0[config.name] }) === entry
            else { return }
            warming.withLockedValue { $0[config.name] = nil }
            var old: ActiveCluster?
            swapActive { entries in
                var next = entries
                if let index = next.firstIndex(where: { $0.name == config.name }) {
                    old = next[index]
                    next[index] = entry
                } else {
                    next.append(entry)
                }
                return next
            }
            if let old { retire(old) }
            publishGauges()
            // An EDS update that came while it warmed.
            if let latest = eds.assignment(of: config.name), latest != entry.assignment {
                group.next().execute { self.applyAssignment(of: config.name) }
            }
            log.log(.info, "upstream", "cds: cluster '\(config.name)' warmed")
        }
    }

    /// A cluster that left: its timers stop and every worker drains its pools.
    private func retire(_ entry: ActiveCluster) {
        entry.stop()
        let cluster = entry.cluster
        workers.forEach { $0.drainPools { $0.cluster === cluster } }
    }

    private func swapActive(_ change: ([ActiveCluster]) -> [ActiveCluster]) {
        let current = active.load(ordering: .acquiring)
        active.store(ClusterMap(change(current.entries)), ordering: .releasing)
    }

    private func publishGauges() {
        stats.activeClusters.set(UInt64(active.load(ordering: .acquiring).entries.count))
        stats.warmingClusters.set(UInt64(warming.withLockedValue { $0.count }))
    }
}

/// Envoy's `cluster_manager.*` stats.
struct ClusterManagerStats: Sendable {
    let clusterAdded: Counter
    let clusterModified: Counter
    let clusterRemoved: Counter
    let activeClusters: Gauge
    let warmingClusters: Gauge

    init(store: StatsStore) {
        clusterAdded = store.counter("cluster_manager.cluster_added")
        clusterModified = store.counter("cluster_manager.cluster_modified")
        clusterRemoved = store.counter("cluster_manager.cluster_removed")
        activeClusters = store.gauge("cluster_manager.active_clusters")
        warmingClusters = store.gauge("cluster_manager.warming_clusters")
    }
}

public enum ClusterUpdateError: Error, CustomStringConvertible {
    case duplicateName(String)

    public var description: String {
        switch self {
        case .duplicateName(let name): return "duplicate cluster \(name) found"
        }
    }
}

import NIOConcurrencyHelpers
import NIOCore
import NuncioConfig
import NuncioStats

/// The bootstrap's `dynamic_resources`: LDS and CDS from files, each update applied whole to the listener or
/// cluster manager, or rejected whole (the manager throws) with the last good config kept.
final class DynamicResourceSubscriptions: Sendable {
    private let bootstrap: Bootstrap
    private let store: StatsStore
    private let log: EngineLog
    private let started = NIOLockedValueBox<[PathConfigSubscription]>([])

    init(bootstrap: Bootstrap, store: StatsStore, log: EngineLog) {
        self.bootstrap = bootstrap
        self.store = store
        self.log = log
    }

    /// Starts CDS and waits for the first update's clusters to warm, as Envoy does before it opens listeners.
    func startClusters(_ manager: ClusterManager) throws {
        guard let source = bootstrap.dynamicResources?.cdsConfig else { return }
        let firstWarm = NIOLockedValueBox<EventLoopFuture<Void>?>(nil)
        let prefix = SubscriptionStats.Prefix.cds
        try subscribe(source, type: .cluster, statPrefix: prefix, name: "cds", logger: "upstream") {
            resources, version in
            guard case .clusters(let clusters) = resources else { return nil }
            let warmed = try manager.applyUpdate(clusters, versionInfo: version)
            firstWarm.withLockedValue { $0 = $0 ?? warmed }
            return "cds: \(clusters.count) cluster(s), version '\(version)'"
        }
        try firstWarm.withLockedValue { $0 }?.wait()
    }

    /// Starts LDS: its first update is applied before this returns.
    func startListeners(_ manager: ListenerManager) throws {
        guard let source = bootstrap.dynamicResources?.ldsConfig else { return }
        let prefix = SubscriptionStats.Prefix.lds
        try subscribe(source, type: .listener, statPrefix: prefix, name: "lds", logger: "config") {
            resources, version in
            guard case .listeners(let listeners) = resources else { return nil }
            try manager.applyUpdate(listeners, versionInfo: version)
            return "lds: \(listeners.count) listener(s), version '\(version)'"
        }
    }

    /// A started subscription whose updates `apply` applies (returning what to log) or rejects by throwing.
    private func subscribe(
        _ source: ConfigSource, type: ResourceType, statPrefix: String, name: String, logger: String,
        apply: @escaping @Sendable (DecodedResources, String) throws -> String?
    ) throws {
        let log = self.log
        let callbacks = SubscriptionCallbacks(apply: { resources, version in
            if let applied = try apply(resources, version) { log.log(.info, logger, applied) }
        }, failed: { error in
            log.log(.warning, logger, "\(name): update rejected: \(error)")
        })
        let subscription = PathConfigSubscription(
            source: source, type: type, statPrefix: statPrefix, store: store, callbacks: callbacks)
        try subscription.start()
        started.withLockedValue { $0.append(subscription) }
    }

    func stop() {
        for subscription in started.withLockedValue({ $0 }) { subscription.stop() }
    }
}

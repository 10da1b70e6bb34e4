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
        let log = self.log
        let callbacks = SubscriptionCallbacks(apply: { resources, version in
            guard case .clusters(let clusters) = resources else { return }
            let warmed = try manager.applyUpdate(clusters, versionInfo: version)
            firstWarm.withLockedValue { $0 = $0 ?? warmed }
            log.log(.info, "upstream", "cds: \(clusters.count) cluster(s), version '\(version)'")
        }, failed: { error in
            log.log(.warning, "upstream", "cds: update rejected: \(error)")
        })
        let subscription = PathConfigSubscription(
            source: source, type: .cluster, statPrefix: SubscriptionStats.Prefix.cds, store: store,
            callbacks: callbacks)
        try subscription.start()
        started.withLockedValue { $0.append(subscription) }
        try firstWarm.withLockedValue { $0 }?.wait()
    }

    /// Starts LDS: its first update is applied before this returns.
    func startListeners(_ manager: ListenerManager) throws {
        guard let source = bootstrap.dynamicResources?.ldsConfig else { return }
        let log = self.log
        let callbacks = SubscriptionCallbacks(apply: { resources, version in
            guard case .listeners(let listeners) = resources else { return }
            try manager.applyUpdate(listeners, versionInfo: version)
            log.log(.info, "config", "lds: \(listeners.count) listener(s), version '\(version)'")
        }, failed: { error in
            log.log(.warning, "config", "lds: update rejected: \(error)")
        })
        let subscription = PathConfigSubscription(
            source: source, type: .listener, statPrefix: SubscriptionStats.Prefix.lds, store: store,
            callbacks: callbacks)
        try subscription.start()
        started.withLockedValue { $0.append(subscription) }
    }

    func stop() {
        for subscription in started.withLockedValue({ $0 }) { subscription.stop() }
    }
}

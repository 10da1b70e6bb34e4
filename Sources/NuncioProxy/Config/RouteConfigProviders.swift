import Foundation
import NIOConcurrencyHelpers
import NuncioConfig
import NuncioStats

/// The RDS route configurations, one provider and one file subscription per route configuration name and
/// source, shared by every connection manager that names them (as Envoy's `RouteConfigProviderManager`).
final class RouteConfigProviders: Sendable {
    private struct Entry {
        let provider: RouteConfigProvider
        let subscription: PathConfigSubscription
        var started: Bool
    }

    /// In the order they were first named (for `/config_dump`), behind one lock.
    private let entries = NIOLockedValueBox<[(key: String, entry: Entry)]>([])
    private let store: StatsStore
    private let log: EngineLog

    init(store: StatsStore, log: EngineLog) {
        self.store = store
        self.log = log
    }

    /// The provider of `rds`'s route configuration; its subscription starts with `startPending`.
    func provider(for rds: Rds, statPrefix: String) -> RouteConfigProvider {
        let key = rds.routeConfigName + "\u{0}" + rds.configSource.path
        return entries.withLockedValue { entries in
            if let found = entries.first(where: { $0.key == key }) { return found.entry.provider }
            // Until RDS delivers, an empty configuration with the awaited name: every request gets a 404 (NR).
            let provider = RouteConfigProvider(RouteConfiguration(name: rds.routeConfigName, virtualHosts: []))
            let log = self.log
            let callbacks = SubscriptionCallbacks(apply: { resources, version in
                guard case .routeConfigurations(let configs) = resources, let config = configs.first else { return }
                provider.update(config, versionInfo: version)
                log.log(.info, "config", "rds: loaded route configuration '\(config.name)' version '\(version)'")
            }, failed: { error in
                log.log(.warning, "config", "rds: route configuration '\(rds.routeConfigName)' rejected: \(error)")
            })
            let subscription = PathConfigSubscription(
                source: rds.configSource, type: .routeConfiguration, resourceName: rds.routeConfigName,
                statPrefix: SubscriptionStats.Prefix.rds(statPrefix: statPrefix, routeConfigName: rds.routeConfigName),
                store: store, callbacks: callbacks)
            entries.append((key, Entry(provider: provider, subscription: subscription, started: false)))
            return provider
        }
    }

    /// Starts the subscriptions made since the last call; each reads its file once before this returns, so a
    /// listener serves its routes from its first request. Throws when a file does not exist.
    func startPending() throws {
        let pending = entries.withLockedValue { entries in
            entries.indices.filter { !entries[$0].entry.started }.map { ($0, entries[$0].entry.subscription) }
        }
        for (index, subscription) in pending {
            try subscription.start()
            entries.withLockedValue { $0[index].entry.started = true }
        }
    }

    /// The route configurations RDS delivered, for `/config_dump`'s `dynamic_route_configs`.
    var snapshots: [RouteSnapshot] {
        entries.withLockedValue { entries in entries.map(\.entry.provider.current) }.filter { $0.versionInfo != nil }
    }

    func stopAll() {
        for entry in entries.withLockedValue({ $0.map(\.entry) }) { entry.subscription.stop() }
    }
}

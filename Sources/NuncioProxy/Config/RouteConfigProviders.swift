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

    private let entries = NIOLockedValueBox<[String: Entry]>([:])
    private let order = NIOLockedValueBox<[String]>([])
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
            if let entry = entries[key] { return entry.provider }
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
            entries[key] = Entry(provider: provider, subscription: subscription, started: false)
            order.withLockedValue { $0.append(key) }
            return provider
        }
    }

    /// Starts the subscriptions made since the last call; each reads its file once before this returns, so a
    /// listener serves its routes from its first request. Throws when a file does not exist.
    func startPending() throws {
        let pending = entries.withLockedValue { entries in
            entries.filter { !$0.value.started }.map { ($0.key, $0.value.subscription) }
        }
        for (key, subscription) in pending {
            try subscription.start()
            entries.withLockedValue { $0[key]?.started = true }
        }
    }

    /// The route configurations RDS delivered, for `/config_dump`'s `dynamic_route_configs`.
    var snapshots: [RouteSnapshot] {
        let keys = order.withLockedValue { $0 }
        return entries.withLockedValue { entries in keys.compactMap { entries[$0]?.provider.current } }
            .filter { $0.versionInfo != nil }
    }

    func stopAll() {
        for entry in entries.withLockedValue({ Array($0.values) }) { entry.subscription.stop() }
    }
}

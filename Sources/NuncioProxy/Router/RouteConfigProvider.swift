import Atomics
import Foundation
import NuncioConfig

/// One route configuration as streams use it: the config and its compiled table, taken whole at stream start.
final class RouteSnapshot: AtomicReference, Sendable {
    let config: RouteConfiguration
    let table: RouteTable
    /// The RDS version that delivered it; nil for an inline `route_config`.
    let versionInfo: String?
    let lastUpdated = Date()

    init(_ config: RouteConfiguration, versionInfo: String?) {
        self.config = config
        self.table = RouteTable(config)
        self.versionInfo = versionInfo
    }
}

/// The routes a connection manager uses (Envoy's `RouteConfigProvider`): fixed for an inline `route_config`,
/// swapped whole by each RDS update. A stream keeps the snapshot it started with, so a request in flight finishes
/// on the routes it began with.
final class RouteConfigProvider: Sendable {
    private let snapshot: ManagedAtomic<RouteSnapshot>

    init(_ config: RouteConfiguration, versionInfo: String? = nil) {
        snapshot = ManagedAtomic(RouteSnapshot(config, versionInfo: versionInfo))
    }

    var current: RouteSnapshot { snapshot.load(ordering: .acquiring) }

    func update(_ config: RouteConfiguration, versionInfo: String) {
        snapshot.store(RouteSnapshot(config, versionInfo: versionInfo), ordering: .releasing)
    }
}

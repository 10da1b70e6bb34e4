import Foundation
import NIOCore
import NuncioConfig
import NuncioStats

/// A listener as it runs: its connection manager's config compiled for the data path, its stats and loggers,
/// and the server-wide pieces its streams need.
final class ListenerRuntime: Sendable {
    let config: Listener
    /// Envoy names an unnamed listener with a UUID.
    let name: String
    let manager: HttpConnectionManager
    let routeTable: RouteTable
    let stats: ConnectionManagerStats
    let listenerStats: ListenerStats
    let accessLogs: [AccessLogWriter]
    let filterChain: HTTPFilterChainFactory
    let clusterManager: ClusterManager
    let state: ServerState
    let workers: WorkerDirectory
    let log: EngineLog

    init(
        config: Listener, store: StatsStore, clusterManager: ClusterManager, state: ServerState,
        workers: WorkerDirectory, log: EngineLog, logFiles: AccessLogManager
    ) {
        self.config = config
        self.name = config.name.isEmpty ? UUID().uuidString.lowercased() : config.name
        self.manager = config.httpConnectionManager
        self.routeTable = RouteTable(manager.routeConfig)
        let statName = ListenerStats.statName(for: config.address.address, port: Int(config.address.port))
        self.stats = ConnectionManagerStats(statPrefix: manager.statPrefix, listenerStatName: statName, store: store)
        self.listenerStats = ListenerStats(statName: statName, store: store)
        self.accessLogs = manager.accessLog.map { AccessLogWriter(config: $0, files: logFiles) }
        self.filterChain = HTTPFilterChainFactory(
            filters: manager.httpFilters, bufferLimit: Int(config.perConnectionBufferLimitBytes))
        self.clusterManager = clusterManager
        self.state = state
        self.workers = workers
        self.log = log
    }

    func closeAccessLogs() {
        for writer in accessLogs { writer.close() }
    }
}

import Atomics
import Foundation
import NIOCore
import NuncioConfig
import NuncioStats

/// A listener as it runs: its connection manager's config compiled for the data path, its stats and loggers,
/// and the server-wide pieces its streams need. Immutable: an update builds a new one, and the connections
/// accepted under this one keep it until they close.
final class ListenerRuntime: AtomicReference, Sendable {
    let config: Listener
    /// The LDS version that added it; nil for a static listener.
    let versionInfo: String?
    let lastUpdated = Date()
    /// The connections accepted under this config, so an update or removal drains exactly those.
    let connections = DownstreamConnections()
    /// When the drain began (uptime nanoseconds, 0 while not draining) and how long it lasts; `gradual` closes with
    /// a probability that grows from 0 to 1 over it.
    private let drainStart = ManagedAtomic<Int64>(0)
    private let drainLength = ManagedAtomic<Int64>(0)
    /// Envoy names an unnamed listener with a UUID.
    let name: String
    let manager: HttpConnectionManager
    let routes: RouteConfigProvider
    /// `normalize_path`, `merge_slashes` and `path_with_escaped_slashes_action`; nil when none is set.
    let pathNormalizer: PathNormalizer?
    let requestHeaderConfig: ConnectionManagerUtility.Config
    /// `headers_with_underscores_action` in each codec; nil under `ALLOW`.
    let http1Underscores: HeadersWithUnderscores?
    let http2Underscores: HeadersWithUnderscores?
    let stats: ConnectionManagerStats
    let listenerStats: ListenerStats
    let accessLogs: [AccessLogWriter]
    let filterChain: HTTPFilterChainFactory
    /// The transport step of each accepted connection: plaintext (no `transport_socket` is accepted yet).
    let transportSocket: any DownstreamTransportSocket = RawBufferTransportSocket()
    /// The filter chain's network filters, the HTTP connection manager last.
    let networkFilters: [any NetworkFilterFactory] = [HTTPConnectionManagerFilterFactory()]
    let clusterManager: ClusterManager
    let state: ServerState
    let workers: WorkerDirectory
    let log: EngineLog

    init(
        config: Listener, store: StatsStore, clusterManager: ClusterManager, state: ServerState,
        workers: WorkerDirectory, log: EngineLog, logFiles: AccessLogManager, versionInfo: String? = nil,
        routes: RouteConfigProvider? = nil
    ) {
        self.config = config
        self.versionInfo = versionInfo
        self.name = config.name.isEmpty ? UUID().uuidString.lowercased() : config.name
        self.manager = config.httpConnectionManager
        self.routes = routes ?? RouteConfigProvider(manager.routeConfig)
        self.pathNormalizer = PathNormalizer(manager)
        self.requestHeaderConfig = ConnectionManagerUtility.Config(manager)
        self.http1Underscores = HeadersWithUnderscores.make(
            manager.headersWithUnderscoresAction, codec: "http1", store: store)
        self.http2Underscores = HeadersWithUnderscores.make(
            manager.headersWithUnderscoresAction, codec: "http2", store: store)
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

    /// Set once an update replaced it or it was removed: connections it accepts from then on drain at once.
    var isDraining: Bool { drainStart.load(ordering: .relaxed) != 0 }

    /// Starts Envoy's drain sequence for this config's connections.
    func startDraining(over time: TimeAmount, strategy: DrainStrategy) {
        drainLength.store(strategy == .gradual ? time.nanoseconds : 0, ordering: .relaxed)
        drainStart.store(max(1, Int64(NIODeadline.now().uptimeNanoseconds)), ordering: .relaxed)
    }

    /// Envoy's `DrainManagerImpl::drainClose`, asked at each response: whether it should close its connection.
    /// Busy connections so leave at a rate that grows over the drain time rather than all at once.
    func drainClose() -> Bool {
        let start = drainStart.load(ordering: .relaxed)
        guard start != 0 else { return false }
        let length = drainLength.load(ordering: .relaxed)
        guard length > 0 else { return true }
        let elapsed = Int64(NIODeadline.now().uptimeNanoseconds) - start
        return elapsed >= length || Int64.random(in: 0..<length) < elapsed
    }

    func closeAccessLogs() {
        for writer in accessLogs { writer.close() }
    }
}

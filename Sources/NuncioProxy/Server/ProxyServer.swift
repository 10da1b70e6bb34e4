import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix
import NuncioConfig
import NuncioStats

/// The proxy engine: event loops (Envoy's workers), clusters, listeners and stats, built from a bootstrap.
/// A library object with no global state, so tests can run many in one process.
public final class ProxyServer: Sendable {
    public struct Options: Sendable {
        public var concurrency: Int
        public var drainTime: TimeAmount
        public var loggers: LoggerRegistry
        public var logSink: LogSink
        /// `--log-path`: the engine's log goes to this file (through the log files' flush thread), not `logSink`.
        public var logPath: String?
        /// `--file-flush-interval-msec`: how often buffered log lines are written out.
        public var fileFlushInterval: TimeAmount
        /// `--drain-strategy`: how `/drain_listeners?graceful` spreads the closes over `drainTime`.
        public var drainStrategy: DrainStrategy

        public init(
            concurrency: Int = System.coreCount, drainTime: TimeAmount = .seconds(600),
            loggers: LoggerRegistry = LoggerRegistry(), logSink: LogSink = FileLogSink(), logPath: String? = nil,
            fileFlushInterval: TimeAmount = .milliseconds(100), drainStrategy: DrainStrategy = .gradual
        ) {
            self.concurrency = concurrency
            self.drainTime = drainTime
            self.loggers = loggers
            self.logSink = logSink
            self.logPath = logPath
            self.fileFlushInterval = fileFlushInterval
            self.drainStrategy = drainStrategy
        }
    }

    public let bootstrap: Bootstrap
    public let options: Options
    public let stats: StatsStore
    public let state: ServerState
    public let log: EngineLog
    public let clusterManager: ClusterManager
    public let runtime: RuntimeLayers
    /// Every log file: the access logs and `--log-path`.
    let logFiles: AccessLogManager
    /// `admin.access_log`: written by the admin listener through `logAdminRequest`.
    let adminAccessLogs: [AccessLogWriter]
    let group: MultiThreadedEventLoopGroup
    let threadPool: NIOThreadPool
    let workers: WorkerDirectory
    let listenerManager: ListenerManager
    /// RDS: the route configurations listeners name, each from its file subscription.
    let routeProviders: RouteConfigProviders
    /// LDS and CDS from `dynamic_resources`.
    let subscriptions: DynamicResourceSubscriptions
    let connections = DownstreamConnections()
    /// 0 while running, 1 once `shutdown` has finished.
    private let stopped = ConditionLock(value: 0)
    private let stopping = ManagedAtomic<Bool>(false)

    public init(bootstrap: Bootstrap, options: Options = Options(), stats: StatsStore = StatsStore()) {
        self.bootstrap = bootstrap
        self.options = options
        self.stats = stats
        self.state = ServerState()
        self.runtime = RuntimeLayers(config: bootstrap.layeredRuntime)
        let logFiles = AccessLogManager(
            store: stats, flushInterval: Double(options.fileFlushInterval.nanoseconds) / 1_000_000_000)
        self.logFiles = logFiles
        self.adminAccessLogs = (bootstrap.admin?.accessLog ?? []).map { AccessLogWriter(config: $0, files: logFiles) }
        let engineLogFile = options.logPath.map { logFiles.file(.path($0)) }
        let log = EngineLog(registry: options.loggers, sink: engineLogFile.map(LogFileSink.init) ?? options.logSink)
        self.log = log
        // A failing engine log file is reported where it can still be read: stderr.
        let stderr = EngineLog(registry: options.loggers, sink: FileLogSink())
        logFiles.setReporter { event in
            let target = event.destination == engineLogFile?.destination ? stderr : log
            target.log(event.level, "file", event.message)
        }
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, options.concurrency))
        self.threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        self.workers = WorkerDirectory(group: group)
        let resolver = DNSResolver(config: bootstrap.dnsResolver, group: group, threadPool: threadPool)
        self.clusterManager = ClusterManager(
            clusters: bootstrap.clusters, store: stats, resolver: resolver, group: group, log: log, workers: workers)
        let (clusterManager, state, workers) = (self.clusterManager, self.state, self.workers)
        let routeProviders = RouteConfigProviders(store: stats, log: log)
        self.routeProviders = routeProviders
        let makeRuntime: @Sendable (Listener, String?) -> ListenerRuntime = { config, version in
            let manager = config.httpConnectionManager
            let routes = manager.rds.map { routeProviders.provider(for: $0, statPrefix: manager.statPrefix) }
            return ListenerRuntime(config: config, store: stats, clusterManager: clusterManager, state: state,
                workers: workers, log: log, logFiles: logFiles, versionInfo: version, routes: routes)
        }
        let socket = ListenerSocket(
            group: group, connections: connections,
            maxActiveDownstreamConnections: bootstrap.maxActiveDownstreamConnections.map { Int($0) },
            runtime: runtime, stats: stats)
        self.listenerManager = ListenerManager(
            statics: bootstrap.listeners.map { makeRuntime($0, nil) }, socket: socket, drainTime: options.drainTime,
            drainStrategy: options.drainStrategy, store: stats, log: log, makeRuntime: makeRuntime,
            prepare: { try routeProviders.startPending() })
        self.subscriptions = DynamicResourceSubscriptions(bootstrap: bootstrap, store: stats, log: log)
    }

    /// Warms the clusters (first DNS answers), then opens every listener. Throws when an address cannot be bound.
    public func start() throws {
        // Envoy refuses to start when a log file cannot be opened.
        if let error = logFiles.openError { throw ProxyServerError.cannotOpenLog(error) }
        log.log(
            .info, "main",
            "initializing nuncio \(NuncioVersion.number) (Envoy \(NuncioVersion.envoyCompatibility) compatible)")
        recordServerStats()
        log.log(.info, "config", "loading \(bootstrap.clusters.count) cluster(s)")
        try clusterManager.start().wait()
        // Envoy's initialization order: CDS clusters warm before any listener opens, then LDS.
        try subscriptions.startClusters(clusterManager)
        log.log(.info, "config", "loading \(bootstrap.listeners.count) listener(s)")
        try routeProviders.startPending()
        try listenerManager.startStatics()
        try subscriptions.startListeners(listenerManager)
        stats.counter("listener_manager.workers_started").inc()
        if bootstrap.maxActiveDownstreamConnections == nil {
            log.log(.warning, "main", "There is no configured limit to the number of allowed active downstream "
                + "connections. Configure a limit in `envoy.resource_monitors.global_downstream_max_connections` "
                + "resource monitor.")
        }
        scheduleServerStats()
        log.log(.info, "main", "starting main dispatch loop")
    }

    /// The addresses the listeners are bound to, in config order (port 0 in the config becomes the real port).
    public var listenerAddresses: [NIOCore.SocketAddress] {
        listenerManager.listeners.compactMap(\.channel.localAddress)
    }

    /// The listeners as `/listeners` prints them (Envoy gives unnamed listeners a UUID); drained ones stay listed.
    public var listenerStatuses: [(name: String, address: String, port: Int)] {
        listenerManager.listeners.map { ($0.runtime.name, $0.runtime.config.address.address, $0.port) }
    }

    /// The listeners with how they were added, for `/config_dump`: serving ones, then draining ones.
    public var listenerConfigs: [ListenerConfigState] {
        let serving = listenerManager.listeners.map { listener -> ListenerConfigState in
            var config = listener.runtime.config
            config.name = listener.runtime.name
            return ListenerConfigState(
                listener: config, versionInfo: listener.runtime.versionInfo, lastUpdated: listener.runtime.lastUpdated,
                draining: false)
        }
        return serving + listenerManager.drainingRuntimes.map {
            ListenerConfigState(listener: $0.config, versionInfo: $0.versionInfo, lastUpdated: $0.lastUpdated,
                draining: true)
        }
    }

    /// The route configurations for `/config_dump`: each serving listener's inline one (no version), then those
    /// RDS delivered.
    public var routeConfigStates: [(config: RouteConfiguration, versionInfo: String?, lastUpdated: Date)] {
        let inline = listenerManager.listeners.map(\.runtime).filter { $0.manager.rds == nil }
            .map { ($0.routes.current.config, nil as String?, $0.lastUpdated) }
        return inline + routeProviders.snapshots.map { ($0.config, $0.versionInfo, $0.lastUpdated) }
    }

    /// The version of the last LDS update applied; nil before the first.
    public var listenerVersionInfo: String? { listenerManager.versionInfo }

    /// An LDS update: the dynamic listeners become `listeners`; throws, changing nothing, when it is refused.
    public func applyListenerUpdate(_ listeners: [Listener], versionInfo: String) throws {
        try listenerManager.applyUpdate(listeners, versionInfo: versionInfo)
    }

    /// Serves one already-accepted HTTP/1.1 connection with listener `index`'s connection manager: for embedding
    /// the engine in another server, and for driving the request path in memory (fuzzing).
    public func serveHTTP1(on channel: Channel, listener index: Int = 0) throws {
        let listener = listenerManager.runtime(at: index)
        let account = DownstreamConnectionAccount(stats: listener.stats)
        channel.closeFuture.whenComplete { _ in account.closed() }
        try Self.configureHTTP1(channel, listener: listener, account: account)
    }

    static func configureHTTP1(
        _ channel: Channel, listener: ListenerRuntime, account: DownstreamConnectionAccount,
        connection: ConnectionInfo = .plaintext
    ) throws {
        listener.stats.downstreamCxHttp1Total.inc()
        listener.stats.downstreamCxHttp1Active.inc()
        channel.closeFuture.whenComplete { _ in listener.stats.downstreamCxHttp1Active.dec() }
        let sync = channel.pipeline.syncOperations
        // One handler: DownstreamHandler parses the request bytes, writes the response bytes and drives the timers.
        let manager = listener.manager
        func amount(_ duration: ConfigDuration?) -> TimeAmount? {
            guard let duration, duration.nanoseconds > 0 else { return nil }
            return .nanoseconds(duration.nanoseconds)
        }
        let limits = DownstreamTimeouts.Limits(
            requestHeaders: amount(manager.requestHeadersTimeout), idle: amount(manager.idleTimeout),
            streamIdle: amount(manager.streamIdleTimeout), maxConnectionDuration: amount(manager.maxConnectionDuration))
        let timeouts = DownstreamTimeouts(limits: limits, stats: listener.stats, account: account)
        try sync.addHandler(
            DownstreamHandler(listener: listener, account: account, connection: connection, timeouts: timeouts))
    }

    static func configureHTTP2(
        _ channel: Channel, listener: ListenerRuntime, account: DownstreamConnectionAccount,
        connection: ConnectionInfo = .plaintext
    ) throws {
        listener.stats.downstreamCxHttp2Total.inc()
        listener.stats.downstreamCxHttp2Active.inc()
        channel.closeFuture.whenComplete { _ in listener.stats.downstreamCxHttp2Active.dec() }
        let options = listener.manager.http2
        let settings: HTTP2Settings = [
            HTTP2Setting(
                parameter: .maxConcurrentStreams, value: Int(min(options.maxConcurrentStreams, 2_147_483_647))),
            HTTP2Setting(parameter: .initialWindowSize, value: Int(options.initialStreamWindowSize)),
            HTTP2Setting(parameter: .maxHeaderListSize, value: Int(listener.manager.maxRequestHeadersKb) * 1024),
        ]
        try channel.pipeline.syncOperations.addHandler(FlushCoalescingHandler(), position: .first)
        try channel.pipeline.syncOperations.addHandler(DownstreamConnectionAccounting(account: account), position: .first)
        // On the channel's loop this adds the handlers at once; the future is already complete.
        // A connection's streams live on its loop.
        let connectionAccount = NIOLoopBound(account, eventLoop: channel.eventLoop)
        let drainTimeout = TimeAmount.nanoseconds(listener.manager.drainTimeout.nanoseconds)
        _ = channel.configureHTTP2Pipeline(mode: .server, initialLocalSettings: settings) { stream in
            stream.eventLoop.makeCompletedFuture {
                let downstream = DownstreamHandler(
                    listener: listener, account: connectionAccount.value, connection: connection, http2Stream: true)
                try stream.pipeline.syncOperations.addHandlers(
                    HTTP2ServerStreamCodec(
                        deliver: downstream.receive, underscores: listener.http2Underscores,
                        rejected: downstream.rejectedByCodec),
                    downstream)
            }
        }
        // After the multiplexer: their frames pass through NIOHTTP2Handler, and they see the connection's events.
        try channel.pipeline.syncOperations.addHandlers(
            HTTP2ConnectionWindow(size: options.initialConnectionWindowSize),
            HTTP2DrainHandler(drainTimeout: drainTimeout))
    }

    // MARK: Server stats

    private func recordServerStats() {
        stats.gauge("server.concurrency").set(UInt64(options.concurrency))
        stats.gauge("server.live").set(1)
        stats.gauge("server.state").set(0)
        stats.gauge("server.hot_restart_epoch").set(0)
        stats.gauge("server.days_until_first_cert_expiring").set(UInt64(UInt32.max))
    }

    private func scheduleServerStats() {
        let interval = TimeAmount.nanoseconds(bootstrap.statsFlushInterval.nanoseconds)
        group.next().scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { task in
            if self.stopping.load(ordering: .relaxed) {
                task.cancel()
                return
            }
            self.stats.gauge("server.uptime").set(UInt64(max(0, -self.state.startTime.timeIntervalSinceNow)))
            self.stats.gauge("server.total_connections").set(UInt64(self.connections.count))
            self.stats.gauge("server.state").set(self.state.healthCheckFailed ? 1 : 0)
            self.stats.gauge("server.live").set(self.state.healthCheckFailed ? 0 : 1)
        }
        group.next().scheduleRepeatedTask(initialDelay: interval, delay: interval) { task in
            if self.stopping.load(ordering: .relaxed) {
                task.cancel()
                return
            }
            self.stats.flushHistograms()
        }
    }

    // MARK: Drain and shutdown

    /// Stops accepting on every listener; connections already open keep being served. From an event loop (the
    /// admin's), the closes are started but not waited for: waiting there would block that loop.
    public func stopListening() {
        listenerManager.stopListening()
    }

    /// `/reopen_logs`: every log file (access logs and `--log-path`) is closed and opened again by its flush
    /// thread, for log rotation.
    public func reopenAccessLogs() {
        logFiles.reopen()
    }

    /// Writes every buffered log line now (tests; Envoy writes them within the flush interval).
    public func flushLogs() {
        logFiles.flush()
    }

    /// `/drain_listeners`: stop accepting; with `graceful`, also ask open connections to finish and close, all at
    /// once or spread over the drain time as `--drain-strategy` says.
    public func drainListeners(graceful: Bool) {
        stopListening()
        if graceful { connections.drain(strategy: options.drainStrategy, over: options.drainTime) }
    }

    /// Graceful shutdown: stop accepting, let in-flight requests finish within the drain time, then close
    /// everything and stop the event loops. Returns how many connections were still open at the deadline.
    @discardableResult
    public func shutdown(drainTime: TimeAmount? = nil) -> Int {
        guard stopping.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else {
            return 0
        }
        log.log(.info, "main", "shutting down server instance")
        state.shuttingDown = true
        subscriptions.stop()
        routeProviders.stopAll()
        stopListening()
        connections.drain()
        try? connections.closed(within: drainTime ?? options.drainTime, on: group.next()).wait()
        let remaining = connections.count
        connections.closeAll()
        clusterManager.stop()
        workers.forEach { $0.closePools() }
        for listener in listenerManager.allRuntimes { listener.closeAccessLogs() }
        log.log(.info, "main", "exiting")
        logFiles.close()
        try? group.syncShutdownGracefully()
        try? threadPool.syncShutdownGracefully()
        stopped.lock()
        stopped.unlock(withValue: 1)
        return remaining
    }

    /// Blocks until `shutdown` has finished.
    public func waitUntilStopped() {
        stopped.lock(whenValue: 1)
        stopped.unlock()
    }
}

/// A listener as `/config_dump` shows it: static (no version) or dynamic, serving or draining.
public struct ListenerConfigState: Sendable {
    public var listener: Listener
    public var versionInfo: String?
    public var lastUpdated: Date
    public var draining: Bool
}

public enum ProxyServerError: Error, CustomStringConvertible {
    case cannotBind(address: String, reason: String)
    case cannotOpenLog(String)

    public var description: String {
        switch self {
        case .cannotBind(let address, let reason): return "cannot bind '\(address)': \(reason)"
        case .cannotOpenLog(let reason): return reason
        }
    }
}

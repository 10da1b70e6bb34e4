import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix

/// The connections of one worker to one host: idle HTTP/1.1 connections for reuse, or one multiplexed HTTP/2
/// connection when the cluster asks for HTTP/2 (and the draining ones that reached `max_requests_per_connection`).
/// Connections idle for the cluster's `idle_timeout` are closed. Event-loop bound: lives on the worker's loop.
final class HostConnectionPool {
    let host: Host
    let cluster: UpstreamCluster
    let eventLoop: EventLoop
    private var idle: [UpstreamHTTP1Connection] = []
    private var http2: UpstreamHTTP2Connection?
    private var http2Connecting: EventLoopFuture<UpstreamHTTP2Connection>?
    private var allChannels: [ObjectIdentifier: Channel] = [:]
    /// Requests waiting for a connection while the cluster is at `max_connections`.
    private var waiters: CircularBuffer<EventLoopPromise<UpstreamStream>> = []
    private var http2Waiters: [EventLoopPromise<UpstreamHTTP2Connection>] = []
    /// This pool's connections, connecting or open (Envoy's connecting, ready and busy clients).
    private var ownConnections = 0
    /// The cluster's `idle_timeout`; nil when 0 (disabled).
    let idleTimeout: TimeAmount?
    private let maxRequests: UInt32?
    /// Armed while a connection is idle, for the one that has been idle longest.
    private var idleTimer: Scheduled<Void>?
    /// Set once the pool's host or cluster left: no connection goes back to the idle list.
    private var draining = false

    init(host: Host, cluster: UpstreamCluster, eventLoop: EventLoop) {
        self.host = host
        self.cluster = cluster
        self.eventLoop = eventLoop
        let idle = cluster.config.idleTimeout.nanoseconds
        idleTimeout = idle > 0 ? .nanoseconds(idle) : nil
        // Envoy: 0 means no limit.
        maxRequests = cluster.config.maxRequestsPerConnection.flatMap { $0 > 0 ? $0 : nil }
    }

    /// A pooled HTTP/1.1 connection ready now, without a future: the common keep-alive case.
    func takeIdleStream() -> UpstreamStream? {
        if case .http2 = cluster.config.upstreamProtocol { return nil }
        while let connection = idle.popLast() {
            if !connection.handler.closed { return connection.stream(reused: true) }
        }
        return nil
    }

    /// A stream ready for one request: a reused or new HTTP/1.1 connection, or a new HTTP/2 stream.
    /// With `fresh`, never a pooled connection (the retry after a pooled one was found closed).
    func newStream(fresh: Bool = false) -> EventLoopFuture<UpstreamStream> {
        if case .http2 = cluster.config.upstreamProtocol {
            return http2Connection().flatMap { connection in
                // Drained by an earlier request that was waiting on the same connect: ask again.
                connection.draining ? self.newStream() : connection.openStream()
            }
        }
        while !fresh, let connection = idle.popLast() {
            if !connection.handler.closed {
                return eventLoop.makeSucceededFuture(connection.stream(reused: true))
            }
        }
        guard mayOpenConnection() else {
            // Envoy's connection pool: wait for one of this pool's connections rather than open one past the limit.
            let waiter = eventLoop.makePromise(of: UpstreamStream.self)
            waiters.append(waiter)
            return waiter.futureResult
        }
        return openHTTP1()
    }

    /// Envoy's `tryCreateNewConnection`: a connection under the cluster's `max_connections`, or past it when this pool
    /// has none of its own (its requests would otherwise queue with no connection to serve them). A refusal by the
    /// breaker counts `upstream_cx_overflow` either way, as there.
    private func mayOpenConnection() -> Bool {
        if cluster.resourceManager.connections.canCreate() { return true }
        cluster.poolStats.upstreamCxOverflow.inc()
        return ownConnections == 0
    }

    private func openHTTP1() -> EventLoopFuture<UpstreamStream> {
        connect(http2: false).map { channel in
            UpstreamHTTP1Connection(channel: channel, pool: self, maxRequests: self.maxRequests).stream(reused: false)
        }
    }

    func release(_ connection: UpstreamHTTP1Connection) {
        if let waiter = waiters.popFirst() {
            waiter.succeed(connection.stream(reused: true))
        } else if draining {
            connection.channel.close(promise: nil)
        } else {
            if idleTimeout != nil { connection.idleSince = .now() }
            idle.append(connection)
            armIdleTimer()
        }
    }

    /// An HTTP/2 connection's last stream ended.
    func connectionIdle() {
        armIdleTimer()
    }

    /// Envoy's codec client idle timer, one per pool: it fires for the connection idle longest, closes every
    /// connection idle for `idle_timeout` (counting `upstream_cx_idle_timeout`) and re-arms for the next.
    private func armIdleTimer() {
        guard idleTimer == nil, let idleTimeout, let since = oldestIdleSince() else { return }
        idleTimer = eventLoop.assumeIsolated().scheduleTask(deadline: since + idleTimeout) {
            self.idleTimer = nil
            self.closeIdleConnections(timeout: idleTimeout)
        }
    }

    private func oldestIdleSince() -> NIODeadline? {
        var oldest = idle.first?.idleSince
        if let http2, http2.activeStreams == 0, !http2.draining {
            oldest = min(oldest ?? http2.idleSince, http2.idleSince)
        }
        return oldest
    }

    private func closeIdleConnections(timeout: TimeAmount) {
        let expired = NIODeadline.now() - timeout
        // The idle list is oldest first: connections are taken from its end.
        while let first = idle.first, first.idleSince <= expired {
            idle.removeFirst()
            cluster.poolStats.upstreamCxIdleTimeout.inc()
            first.channel.close(promise: nil)
        }
        if let http2, http2.activeStreams == 0, !http2.draining, http2.idleSince <= expired {
            self.http2 = nil
            cluster.poolStats.upstreamCxIdleTimeout.inc()
            http2.channel.close(promise: nil)
        }
        armIdleTimer()
    }

    /// A connection closed (or failed to open): a waiter, if any, may open a new one now.
    private func connectionClosed() {
        if !http2Waiters.isEmpty {
            guard http2Connecting == nil, mayOpenConnection() else { return }
            let waiting = http2Waiters
            http2Waiters.removeAll()
            let future = http2Connection()
            for waiter in waiting { future.cascade(to: waiter) }
            return
        }
        guard !waiters.isEmpty, mayOpenConnection(), let waiter = waiters.popFirst() else { return }
        openHTTP1().cascade(to: waiter)
    }

    /// The host or cluster left: idle connections close now, busy ones once their request is done; requests
    /// already waiting here are still served.
    func drain() {
        draining = true
        idleTimer?.cancel()
        idleTimer = nil
        for connection in idle { connection.channel.close(promise: nil) }
        idle.removeAll()
        http2?.drain()
        http2 = nil
    }

    func closeAll() {
        idleTimer?.cancel()
        idleTimer = nil
        for channel in allChannels.values { channel.close(promise: nil) }
        idle.removeAll()
        http2 = nil
    }

    private func http2Connection() -> EventLoopFuture<UpstreamHTTP2Connection> {
        if let http2, http2.isUsable { return eventLoop.makeSucceededFuture(http2) }
        if let http2Connecting { return http2Connecting }
        guard mayOpenConnection() else {
            let waiter = eventLoop.makePromise(of: UpstreamHTTP2Connection.self)
            http2Waiters.append(waiter)
            return waiter.futureResult
        }
        let future = connect(http2: true).flatMapThrowing { channel -> UpstreamHTTP2Connection in
            let multiplexer = try channel.pipeline.syncOperations.handler(type: HTTP2StreamMultiplexer.self)
            return UpstreamHTTP2Connection(
                channel: channel, multiplexer: multiplexer, pool: self, maxStreams: self.maxRequests)
        }
        http2Connecting = future
        future.whenComplete { result in
            self.http2Connecting = nil
            if case .success(let connection) = result {
                self.http2 = connection
                connection.channel.closeFuture.whenComplete { _ in
                    if self.http2 === connection { self.http2 = nil }
                }
            }
        }
        return future
    }

    /// Opens a connection with the cluster's connect timeout; counts it in the cluster's and the host's stats.
    private func connect(http2: Bool) -> EventLoopFuture<Channel> {
        let stats = cluster.stats
        let hostStats = host.stats
        let connections = cluster.resourceManager.connections
        // Counted from the start of the connect, as Envoy's `ActiveClient`: a connecting connection holds the breaker.
        stats.upstreamCxTotal.inc()
        stats.upstreamCxActive.inc()
        hostStats.cxTotal.wrappingIncrement(ordering: .relaxed)
        hostStats.cxActive.wrappingIncrement(ordering: .relaxed)
        connections.inc()
        ownConnections += 1
        if http2 { stats.upstreamCxHttp2Total.inc() } else { stats.upstreamCxHttp1Total.inc() }
        let timeout = cluster.config.connectTimeout.nanoseconds
        let h2Options = cluster.http2Options
        let future = ClientBootstrap(group: eventLoop)
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelOption(ChannelOptions.writeBufferWaterMark, value: cluster.writeBufferWaterMark)
            .channelOption(ChannelOptions.maxMessagesPerRead, value: 1)
            .connectTimeout(.nanoseconds(timeout))
            .channelInitializer { channel in
                if http2 {
                    let settings: HTTP2Settings = [
                        HTTP2Setting(parameter: .maxConcurrentStreams, value: Int(min(h2Options.maxConcurrentStreams, 2_147_483_647))),
                        HTTP2Setting(parameter: .initialWindowSize, value: Int(h2Options.initialStreamWindowSize)),
                        HTTP2Setting(parameter: .enablePush, value: 0),
                    ]
                    do {
                        try channel.pipeline.syncOperations.addHandler(FlushCoalescingHandler(), position: .first)
                        try channel.pipeline.syncOperations.addHandler(
                            UpstreamByteCounter(rx: stats.upstreamCxRxBytesTotal, tx: stats.upstreamCxTxBytesTotal),
                            position: .first)
                    } catch {
                        return channel.eventLoop.makeFailedFuture(error)
                    }
                    return channel.configureHTTP2Pipeline(mode: .client, initialLocalSettings: settings,
                        inboundStreamInitializer: nil).flatMapThrowing { _ in
                        // After the multiplexer, so that its WINDOW_UPDATE passes through NIOHTTP2Handler.
                        try channel.pipeline.syncOperations.addHandler(
                            HTTP2ConnectionWindow(size: h2Options.initialConnectionWindowSize))
                    }
                }
                return channel.eventLoop.makeCompletedFuture {
                    // One handler: it writes the request bytes and parses the response bytes itself.
                    try channel.pipeline.syncOperations.addHandler(UpstreamChannelHandler(
                        http1: true, byteCounters: (stats.upstreamCxRxBytesTotal, stats.upstreamCxTxBytesTotal)))
                }
            }
            .connect(to: host.socketAddress)
        return future.flatMapErrorThrowing { error in
            stats.upstreamCxConnectFail.inc()
            stats.upstreamCxActive.dec()
            hostStats.cxConnectFail.wrappingIncrement(ordering: .relaxed)
            hostStats.cxActive.wrappingDecrement(ordering: .relaxed)
            connections.dec()
            self.ownConnections -= 1
            self.eventLoop.assumeIsolated().execute { self.connectionClosed() }
            if case ChannelError.connectTimeout = error {
                stats.upstreamCxConnectTimeout.inc()
                throw UpstreamConnectError(reason: .connectionTimeout)
            }
            throw UpstreamConnectError(reason: .connectionFailure)
        }.map { channel in
            let key = ObjectIdentifier(channel)
            self.allChannels[key] = channel
            channel.closeFuture.whenComplete { _ in
                stats.upstreamCxActive.dec()
                stats.upstreamCxDestroy.inc()
                hostStats.cxActive.wrappingDecrement(ordering: .relaxed)
                connections.dec()
                self.ownConnections -= 1
                self.allChannels[key] = nil
                self.idle.removeAll { $0.channel === channel }
                self.connectionClosed()
            }
            return channel
        }
    }
}

struct UpstreamConnectError: Error {
    var reason: UpstreamResetReason
}

extension UpstreamCluster {
    var http2Options: Http2Options {
        if case .http2(let options) = config.upstreamProtocol {
            return Http2Options(
                maxConcurrentStreams: options.maxConcurrentStreams,
                initialStreamWindowSize: options.initialStreamWindowSize,
                initialConnectionWindowSize: options.initialConnectionWindowSize)
        }
        return Http2Options(
            maxConcurrentStreams: 100, initialStreamWindowSize: 65_535, initialConnectionWindowSize: 65_535)
    }

    /// `per_connection_buffer_limit_bytes` as the channel's watermarks: past the limit the upstream is not writable
    /// and the router stops reading the downstream. Envoy's 0 means no limit.
    var writeBufferWaterMark: ChannelOptions.Types.WriteBufferWaterMark {
        let limit = Int(config.perConnectionBufferLimitBytes)
        guard limit > 0 else { return .init(low: Int.max / 4, high: Int.max / 2) }
        return .init(low: max(1, limit / 2), high: max(2, limit))
    }

    struct Http2Options: Sendable {
        var maxConcurrentStreams: UInt32
        var initialStreamWindowSize: UInt32
        var initialConnectionWindowSize: UInt32
    }
}


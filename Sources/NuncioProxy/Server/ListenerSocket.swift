import Atomics
import NIOCore
import NIOPosix
import NuncioConfig
import NuncioStats

/// Binds a listener's socket. Each accepted connection is built with the listener config current at accept
/// (`config`), which an update may swap without closing the socket.
struct ListenerSocket: Sendable {
    let group: EventLoopGroup
    /// Every open downstream connection, for the global connection limit and shutdown.
    let connections: DownstreamConnections
    let maxActiveDownstreamConnections: Int?
    let runtime: RuntimeLayers
    let stats: StatsStore

    func bind(_ config: ManagedAtomic<ListenerRuntime>) throws -> Channel {
        let initial = config.load(ordering: .acquiring)
        let address = initial.config.address
        let connections = self.connections
        let limit = maxActiveDownstreamConnections
        let overflow = stats.counter("listener.\(ListenerStats.statName(for: address.address, port: Int(address.port)))"
            + ".downstream_global_cx_overflow")
        let bufferLimit = Int(initial.config.perConnectionBufferLimitBytes)
        let runtime = self.runtime
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            // One read per readiness event: requests are small, and a second read would mostly meet EAGAIN.
            .childChannelOption(ChannelOptions.maxMessagesPerRead, value: 1)
            .childChannelOption(ChannelOptions.writeBufferWaterMark,
                value: .init(low: max(1, bufferLimit / 2), high: max(2, bufferLimit)))
            .childChannelInitializer { channel in
                let listener = config.load(ordering: .acquiring)
                // Overload: past the global limit a new connection is closed at once, never served.
                if let limit, connections.count >= limit {
                    overflow.inc()
                    return channel.close()
                }
                // Envoy's listener connection limit (runtime `envoy.resource_limits.listener.<name>.connection_limit`).
                if runtime.config != nil,
                    let text = runtime.value("envoy.resource_limits.listener.\(listener.name).connection_limit"),
                    let listenerLimit = UInt64(text), listener.listenerStats.downstreamCxActive.value >= listenerLimit
                {
                    listener.listenerStats.downstreamCxOverflow.inc()
                    return channel.close()
                }
                return Self.accept(channel, listener: listener, connections: connections)
            }
        do {
            return try bootstrap.bind(host: address.address, port: Int(address.port)).wait()
        } catch {
            throw ProxyServerError.cannotBind(address: address.description, reason: "\(error)")
        }
    }

    private static func accept(
        _ channel: Channel, listener: ListenerRuntime, connections: DownstreamConnections
    ) -> EventLoopFuture<Void> {
        // Best effort: some sandboxes refuse TCP_NODELAY to non-root, which must not drop the connection.
        _ = channel.setOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
        listener.listenerStats.downstreamCxTotal.inc()
        listener.listenerStats.downstreamCxActive.inc()
        listener.stats.downstreamCxTotal.inc()
        listener.stats.downstreamCxActive.inc()
        connections.add(channel)
        listener.connections.add(channel)
        let account = DownstreamConnectionAccount(stats: listener.stats)
        channel.closeFuture.whenComplete { _ in
            account.closed()
            listener.listenerStats.downstreamCxActive.dec()
            listener.listenerStats.downstreamCxDestroy.inc()
            listener.stats.downstreamCxActive.dec()
            listener.stats.downstreamCxDestroy.inc()
        }
        return channel.eventLoop.makeCompletedFuture {
            let connection = try listener.transportSocket.configure(channel)
            for filter in listener.networkFilters {
                try filter.install(on: channel, listener: listener, account: account, connection: connection)
            }
            // Accepted just as an update retired this config: it drains with the others.
            if listener.isDraining {
                channel.pipeline.fireUserInboundEventTriggered(ListenerUpdateDrain())
            }
        }
    }
}

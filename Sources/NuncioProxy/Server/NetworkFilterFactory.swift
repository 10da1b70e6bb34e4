import NIOCore

/// A network filter of a listener's filter chain, installed on each accepted connection after its transport step
/// (Envoy's network filter factories). The HTTP connection manager is the terminal one and, today, the only one;
/// a TCP proxy would be another.
protocol NetworkFilterFactory: Sendable {
    func install(
        on channel: Channel, listener: ListenerRuntime, account: DownstreamConnectionAccount, connection: ConnectionInfo
    ) throws
}

/// `envoy.filters.network.http_connection_manager`: the codec its `codec_type` names, or with AUTO the one the
/// first bytes pick, and the connection manager above it.
struct HTTPConnectionManagerFilterFactory: NetworkFilterFactory {
    func install(
        on channel: Channel, listener: ListenerRuntime, account: DownstreamConnectionAccount, connection: ConnectionInfo
    ) throws {
        func configure(_ channel: Channel, http2: Bool) throws {
            if http2 {
                try ProxyServer.configureHTTP2(channel, listener: listener, account: account, connection: connection)
            } else {
                try ProxyServer.configureHTTP1(channel, listener: listener, account: account, connection: connection)
            }
        }
        switch listener.manager.codecType {
        case .HTTP1: try configure(channel, http2: false)
        case .HTTP2: try configure(channel, http2: true)
        case .AUTO:
            // Envoy's `request_headers_timeout` starts at the first byte; `idle_timeout` at accept.
            let idle = listener.manager.idleTimeout.nanoseconds
            let sniffer = HTTPProtocolSniffer(silenceLimit: idle > 0 ? .nanoseconds(idle) : nil, timedOut: {
                account.closingLocally()
                listener.stats.downstreamCxIdleTimeout.inc()
            }) { channel, isHTTP2 in
                try configure(channel, http2: isHTTP2)
            }
            try channel.pipeline.syncOperations.addHandler(sniffer)
        }
    }
}

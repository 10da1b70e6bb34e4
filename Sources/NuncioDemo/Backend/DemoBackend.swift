import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix

/// One instance of a demo service — what one container of the sandbox's `service1` was: a real server on its own
/// loopback address, speaking HTTP/1.1 and h2c (prior knowledge) on one port, answering every request with its
/// greeting. `stop()` drops the listener and every open connection at once, as a crashed process would.
public final class DemoBackend: Sendable {
    public let greeting: BackendGreeting
    private let group: EventLoopGroup
    private let state: NIOLockedValueBox<State>

    private struct State {
        /// The port to bind: the one asked for, or once a port-0 start has bound, the port it got.
        var port: Int
        /// Set from the moment a start begins binding until a stop: connections are kept only while it holds,
        /// so none arriving between bind and bookkeeping is turned away.
        var accepting = false
        var listener: Channel?
        var connections: [ObjectIdentifier: Channel] = [:]
        var requestsServed = 0
    }

    /// - Parameters:
    ///   - port: 0 picks a free port at the first start; later starts reuse it, as a container keeps its port.
    ///   - hostname: the container id the greeting reports; a random one by default.
    public init(
        service: Int, address: String, port: Int, hostname: String = BackendGreeting.randomContainerID(),
        group: EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.greeting = BackendGreeting(service: service, hostname: hostname, address: address)
        self.group = group
        self.state = NIOLockedValueBox(State(port: port))
    }

    public var service: Int { greeting.service }
    public var hostname: String { greeting.hostname }
    public var address: String { greeting.address }
    /// The bound port once started (0 before a port-0 backend's first start).
    public var port: Int { state.withLockedValue { $0.port } }
    public var isRunning: Bool { state.withLockedValue { $0.listener != nil } }
    public var requestsServed: Int { state.withLockedValue { $0.requestsServed } }
    public var openConnections: Int { state.withLockedValue { $0.connections.count } }

    /// Binds and starts serving; does nothing when already running. Blocks until bound: never call on an event loop.
    public func start() throws {
        let port = state.withLockedValue { state -> Int? in
            guard !state.accepting else { return nil }
            state.accepting = true
            return state.port
        }
        guard let port else { return }
        let channel: Channel
        do {
            channel = try makeBootstrap().bind(host: address, port: port).wait()
        } catch {
            state.withLockedValue { $0.accepting = false }
            throw DemoError.bindFailure(
                error, socket: .backend, what: "service\(service) backend", address: address, port: port)
        }
        let stoppedMeanwhile = state.withLockedValue { state -> Bool in
            guard state.accepting else { return true }
            state.listener = channel
            state.port = channel.localAddress?.port ?? port
            return false
        }
        // A stop() that came while binding wins: it found no listener to close, so close this one.
        if stoppedMeanwhile { try? channel.close().wait() }
    }

    /// Closes the listener and every connection at once, without draining, so the proxy sees a crash:
    /// connections reset and new connects refused. Blocks until closed.
    public func stop() {
        let (listener, connections) = state.withLockedValue { state in
            defer {
                state.accepting = false
                state.listener = nil
                state.connections = [:]
            }
            return (state.listener, Array(state.connections.values))
        }
        try? listener?.close().wait()
        for connection in connections { try? connection.close().wait() }
    }

    private func makeBootstrap() -> ServerBootstrap {
        let greeting = self.greeting
        return ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                // A connection accepted while stopping is closed at once rather than left open.
                guard track(channel) else { return channel.close() }
                // Best effort: some sandboxes refuse TCP_NODELAY to unprivileged processes (EACCES), and the
                // demo must not drop every connection for that.
                try? channel.syncOptions?.setOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                let onRequest: @Sendable () -> Void = { [self] in
                    state.withLockedValue { $0.requestsServed += 1 }
                }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(HTTP2PrefaceSniffer { channel, isHTTP2 in
                        if isHTTP2 {
                            try Self.configureHTTP2(channel, greeting: greeting, onRequest: onRequest)
                        } else {
                            try Self.configureHTTP1(channel, greeting: greeting, onRequest: onRequest)
                        }
                    })
                }
            }
    }

    /// Records an accepted connection; false when the backend is stopping.
    private func track(_ channel: Channel) -> Bool {
        let key = ObjectIdentifier(channel)
        let accepted = state.withLockedValue { state -> Bool in
            guard state.accepting else { return false }
            state.connections[key] = channel
            return true
        }
        if accepted {
            channel.closeFuture.whenComplete { [self] _ in
                _ = state.withLockedValue { $0.connections.removeValue(forKey: key) }
            }
        }
        return accepted
    }

    private static func configureHTTP1(
        _ channel: Channel, greeting: BackendGreeting, onRequest: @escaping @Sendable () -> Void
    ) throws {
        let sync = channel.pipeline.syncOperations
        try sync.configureHTTPServerPipeline(withErrorHandling: true)
        try sync.addHandler(BackendRequestHandler(greeting: greeting, isHTTP2: false, onRequest: onRequest))
    }

    private static func configureHTTP2(
        _ channel: Channel, greeting: BackendGreeting, onRequest: @escaping @Sendable () -> Void
    ) throws {
        _ = try channel.pipeline.syncOperations.configureHTTP2Pipeline(
            mode: .server, connectionConfiguration: .init(), streamConfiguration: .init()
        ) { stream in
            stream.eventLoop.makeCompletedFuture {
                let sync = stream.pipeline.syncOperations
                try sync.addHandler(HTTP2FramePayloadToHTTP1ServerCodec())
                try sync.addHandler(BackendRequestHandler(greeting: greeting, isHTTP2: true, onRequest: onRequest))
            }
        }
    }
}

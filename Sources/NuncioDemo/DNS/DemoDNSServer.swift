import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A UDP DNS server on loopback standing in for Docker's embedded DNS: each registered name (`service1`) answers
/// with the addresses of its running instances, and names change live, as on `docker-compose scale`.
/// A-only: AAAA gets NOERROR with no answers, unknown names NXDOMAIN. Thread-safe.
public final class DemoDNSServer: Sendable {
    public let host: String
    /// The TTL of every answer; short, so any resolver that honours it sees scaling quickly.
    public let ttl: UInt32
    private let group: EventLoopGroup
    private let state: NIOLockedValueBox<State>

    private struct State {
        var port: Int
        var channel: Channel?
        var records: [String: [String]] = [:]
        var queriesAnswered = 0
    }

    /// - Parameter port: 0 picks a free port at start (read it back from `port`).
    public init(
        host: String = "127.0.0.53", port: Int = 5353, ttl: UInt32 = 1,
        group: EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.host = host
        self.ttl = ttl
        self.group = group
        self.state = NIOLockedValueBox(State(port: port))
    }

    /// The bound port once started.
    public var port: Int { state.withLockedValue { $0.port } }
    public var isRunning: Bool { state.withLockedValue { $0.channel != nil } }
    public var queriesAnswered: Int { state.withLockedValue { $0.queriesAnswered } }

    /// Sets the A records of `name` (matched case-insensitively), in answer order. An empty list removes the
    /// name, as Docker forgets a service with no running container: it then gets NXDOMAIN.
    public func setAddresses(_ addresses: [String], for name: String) {
        let key = Self.normalized(name)
        state.withLockedValue { $0.records[key] = addresses.isEmpty ? nil : addresses }
    }

    public func removeName(_ name: String) {
        setAddresses([], for: name)
    }

    /// The addresses `name` answers with now; nil when unknown.
    public func addresses(for name: String) -> [String]? {
        let key = Self.normalized(name)
        return state.withLockedValue { $0.records[key] }
    }

    public var names: [String] { state.withLockedValue { $0.records.keys.sorted() } }

    /// Binds the UDP socket; does nothing when already running. Blocks: never call on an event loop.
    public func start() throws {
        guard !isRunning else { return }
        let port = self.port
        let ttl = self.ttl
        let answer: @Sendable (ByteBuffer) -> ByteBuffer? = { [self] query in
            state.withLockedValue { state in
                let response = DNSResponder.response(to: query, ttl: ttl) { state.records[$0] }
                if response != nil { state.queriesAnswered += 1 }
                return response
            }
        }
        let channel: Channel
        do {
            // No SO_REUSEADDR: for UDP it would let a second demo share the port and take half the queries.
            channel = try DatagramBootstrap(group: group)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(DNSQueryHandler(answer: answer))
                    }
                }
                .bind(host: host, port: port).wait()
        } catch {
            throw DemoError.bindFailure(
                error, socket: .dnsServer, what: "the demo DNS server", address: host, port: port)
        }
        let boundPort = channel.localAddress?.port ?? port
        let raced = state.withLockedValue { state -> Bool in
            guard state.channel == nil else { return true }
            state.channel = channel
            state.port = boundPort
            return false
        }
        if raced { channel.close(promise: nil) }
    }

    /// Closes the socket; the names stay, for a later `start()`.
    public func stop() {
        let channel = state.withLockedValue { $0.channel.take() }
        try? channel?.close().wait()
    }

    private static func normalized(_ name: String) -> String {
        var name = name.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }
}

/// Answers each datagram with `answer`'s response, to the address it came from.
private final class DNSQueryHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>

    private let answer: @Sendable (ByteBuffer) -> ByteBuffer?

    init(answer: @escaping @Sendable (ByteBuffer) -> ByteBuffer?) {
        self.answer = answer
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let query = unwrapInboundIn(data)
        guard let response = answer(query.data) else { return }
        context.writeAndFlush(
            wrapOutboundOut(AddressedEnvelope(remoteAddress: query.remoteAddress, data: response)), promise: nil)
    }

    // A peer that went away (ICMP port unreachable) must not stop the server.
    func errorCaught(context: ChannelHandlerContext, error: Error) {}
}

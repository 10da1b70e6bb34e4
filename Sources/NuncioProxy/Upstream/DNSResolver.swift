import Foundation
import NIOCore
import NIOPosix
import NuncioConfig

/// Resolves host names for DNS clusters without blocking an event loop: over UDP to the configured servers
/// (Envoy's c-ares `resolvers`), or through the system resolver on a thread pool.
public final class DNSResolver: Sendable {
    private let config: DnsResolverConfig?
    private let group: EventLoopGroup
    private let threadPool: NIOThreadPool
    private let timeout: TimeAmount
    /// resolv.conf's search domains, applied to names asked of the configured servers.
    private let systemSearchList: DNSSearchList

    /// `searchList` is `/etc/resolv.conf`'s unless given (tests).
    public init(config: DnsResolverConfig?, group: EventLoopGroup, threadPool: NIOThreadPool,
        timeout: TimeAmount = .seconds(5), searchList: DNSSearchList? = nil)
    {
        self.config = config
        self.group = group
        self.threadPool = threadPool
        self.timeout = config?.queryTimeout.map { .nanoseconds($0.nanoseconds) } ?? timeout
        self.systemSearchList = searchList ?? DNSSearchList.system()
    }

    /// No search domains with `no_default_search_domain`.
    private var searchList: DNSSearchList {
        config?.noDefaultSearchDomain == true ? DNSSearchList(ndots: systemSearchList.ndots) : systemSearchList
    }

    /// The same resolver with other servers (a cluster's own `dns_resolvers`).
    public func with(config: DnsResolverConfig) -> DNSResolver {
        DNSResolver(config: config, group: group, threadPool: threadPool, timeout: timeout,
            searchList: systemSearchList)
    }

    /// What a lookup found: the addresses in answer order and, from a DNS server, the smallest TTL of the answers
    /// used (the system resolver gives none).
    public struct Resolution: Sendable {
        public var addresses: [String]
        public var ttl: UInt32?

        public init(addresses: [String], ttl: UInt32? = nil) {
            self.addresses = addresses
            self.ttl = ttl
        }
    }

    /// The addresses of `name` in answer order, as `family` asks. An IP literal resolves to itself.
    public func resolve(_ name: String, family: Cluster.DnsLookupFamily) -> EventLoopFuture<[String]> {
        resolution(of: name, family: family).map(\.addresses)
    }

    /// The addresses of `name` and their TTL (for `respect_dns_ttl`).
    public func resolution(of name: String, family: Cluster.DnsLookupFamily) -> EventLoopFuture<Resolution> {
        let loop = group.next()
        if NuncioConfig.SocketAddress.isIPLiteral(name) { return loop.makeSucceededFuture(Resolution(addresses: [name])) }
        guard let config, !config.resolvers.isEmpty, !config.useResolversAsFallback else {
            // The system resolver applies resolv.conf's search domains itself; a final dot turns them off.
            let asked = config?.noDefaultSearchDomain == true && !name.hasSuffix(".") ? name + "." : name
            return resolveWithSystem(asked, family: family, on: loop).map { Resolution(addresses: $0) }
        }
        return search(searchList.candidates(for: name)[...], family: family, servers: config.resolvers[...], on: loop)
    }

    /// c-ares' search: the next candidate name when one has no address (or fails); the last one's outcome stands.
    private func search(
        _ names: ArraySlice<String>, family: Cluster.DnsLookupFamily,
        servers: ArraySlice<NuncioConfig.SocketAddress>, on loop: EventLoop
    ) -> EventLoopFuture<Resolution> {
        let name = names[names.startIndex]
        let first = lookup(name, family: family, server: servers, on: loop)
        let rest = names.dropFirst()
        guard !rest.isEmpty else { return first }
        return first.map(Optional.some).flatMapError { _ in loop.makeSucceededFuture(nil) }.flatMap { found in
            if let found, !found.addresses.isEmpty { return loop.makeSucceededFuture(found) }
            return self.search(rest, family: family, servers: servers, on: loop)
        }
    }

    /// One name, asked as `family` says.
    private func lookup(
        _ name: String, family: Cluster.DnsLookupFamily, server: ArraySlice<NuncioConfig.SocketAddress>,
        on loop: EventLoop
    ) -> EventLoopFuture<Resolution> {
        switch family {
        case .V4_ONLY:
            return query(name, type: .a, server: server, on: loop)
        case .V6_ONLY:
            return query(name, type: .aaaa, server: server, on: loop)
        case .AUTO:
            // Envoy's AUTO asks for IPv6 first and falls back to IPv4 when there is none.
            return query(name, type: .aaaa, server: server, on: loop).flatMap { v6 in
                v6.addresses.isEmpty
                    ? self.query(name, type: .a, server: server, on: loop) : loop.makeSucceededFuture(v6)
            }
        case .V4_PREFERRED:
            return query(name, type: .a, server: server, on: loop).flatMap { v4 in
                v4.addresses.isEmpty
                    ? self.query(name, type: .aaaa, server: server, on: loop) : loop.makeSucceededFuture(v4)
            }
        case .ALL:
            let v4 = query(name, type: .a, server: server, on: loop)
            let v6 = query(name, type: .aaaa, server: server, on: loop)
            return v4.and(v6).map { v4, v6 in
                Resolution(addresses: v4.addresses + v6.addresses, ttl: [v4.ttl, v6.ttl].compactMap { $0 }.min())
            }
        }
    }

    /// Asks the servers in order, the next one when one fails or times out (c-ares' failover).
    private func query(
        _ name: String, type: DNSMessage.RecordType, server servers: ArraySlice<NuncioConfig.SocketAddress>,
        on loop: EventLoop
    ) -> EventLoopFuture<Resolution> {
        let first = query(name, type: type, server: servers[servers.startIndex], on: loop)
        let rest = servers.dropFirst()
        guard !rest.isEmpty else { return first }
        return first.flatMapError { _ in self.query(name, type: type, server: rest, on: loop) }
    }

    private func query(
        _ name: String, type: DNSMessage.RecordType, server: NuncioConfig.SocketAddress, on loop: EventLoop
    ) -> EventLoopFuture<Resolution> {
        let id = UInt16.random(in: 0...UInt16.max)
        let remote: NIOCore.SocketAddress
        do {
            remote = try NIOCore.SocketAddress(ipAddress: server.address, port: Int(server.port))
        } catch {
            return loop.makeFailedFuture(error)
        }
        if config?.useTCP == true { return tcpQuery(name, type: type, id: id, remote: remote, on: loop) }
        let promise = loop.makePromise(of: Resolution.self)
        let bind = remote.protocol == .inet6 ? "::" : "0.0.0.0"
        DatagramBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        DNSResponseHandler(id: id, type: type, promise: promise))
                }
            }
            .bind(host: bind, port: 0)
            .whenComplete { result in
                switch result {
                case .failure(let error):
                    promise.fail(error)
                case .success(let channel):
                    let envelope = AddressedEnvelope(
                        remoteAddress: remote, data: DNSMessage.query(id: id, name: name, type: type))
                    channel.writeAndFlush(envelope, promise: nil)
                    let timeoutTask = loop.scheduleTask(in: self.timeout) {
                        promise.fail(DNSResolverError.timeout(name))
                    }
                    promise.futureResult.whenComplete { _ in
                        timeoutTask.cancel()
                        channel.close(promise: nil)
                    }
                }
            }
        return promise.futureResult
    }

    /// `use_tcp_for_dns_lookups`: one connection per query, the message framed by its 2-byte length.
    private func tcpQuery(
        _ name: String, type: DNSMessage.RecordType, id: UInt16, remote: NIOCore.SocketAddress, on loop: EventLoop
    ) -> EventLoopFuture<Resolution> {
        let promise = loop.makePromise(of: Resolution.self)
        let timeoutTask = loop.scheduleTask(in: timeout) { promise.fail(DNSResolverError.timeout(name)) }
        ClientBootstrap(group: loop)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        DNSTCPResponseHandler(id: id, type: type, promise: promise))
                }
            }
            .connect(to: remote)
            .whenComplete { result in
                switch result {
                case .failure(let error):
                    promise.fail(error)
                case .success(let channel):
                    let message = DNSMessage.query(id: id, name: name, type: type)
                    var framed = channel.allocator.buffer(capacity: message.readableBytes + 2)
                    framed.writeInteger(UInt16(message.readableBytes))
                    framed.writeImmutableBuffer(message)
                    channel.writeAndFlush(framed, promise: nil)
                    promise.futureResult.whenComplete { _ in channel.close(promise: nil) }
                }
            }
        promise.futureResult.whenComplete { _ in timeoutTask.cancel() }
        return promise.futureResult
    }

    private func resolveWithSystem(
        _ name: String, family: Cluster.DnsLookupFamily, on loop: EventLoop
    ) -> EventLoopFuture<[String]> {
        threadPool.runIfActive(eventLoop: loop) {
            try Self.getaddrinfo(name, family: family)
        }
    }

    /// Blocking; runs on the thread pool only.
    static func getaddrinfo(_ name: String, family: Cluster.DnsLookupFamily) throws -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        switch family {
        case .V4_ONLY: hints.ai_family = AF_INET
        case .V6_ONLY: hints.ai_family = AF_INET6
        default: hints.ai_family = AF_UNSPEC
        }
        var result: UnsafeMutablePointer<addrinfo>?
        let status = Foundation.getaddrinfo(name, nil, &hints, &result)
        guard status == 0, let first = result else {
            if status == EAI_NONAME || status == -5 /* EAI_NODATA */ { return [] }
            throw DNSResolverError.system(name, String(validatingCString: gai_strerror(status)) ?? "error \(status)")
        }
        defer { freeaddrinfo(first) }
        var v4: [String] = []
        var v6: [String] = []
        var pointer: UnsafeMutablePointer<addrinfo>? = first
        while let info = pointer {
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(info.pointee.ai_addr, info.pointee.ai_addrlen, &host, socklen_t(host.count), nil, 0,
                NI_NUMERICHOST) == 0
            {
                let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if info.pointee.ai_family == AF_INET6 { if !v6.contains(text) { v6.append(text) } }
                else if !v4.contains(text) { v4.append(text) }
            }
            pointer = info.pointee.ai_next
        }
        switch family {
        case .V4_ONLY: return v4
        case .V6_ONLY: return v6
        case .AUTO: return v6.isEmpty ? v4 : v6
        case .V4_PREFERRED: return v4.isEmpty ? v6 : v4
        case .ALL: return v4 + v6
        }
    }
}

public enum DNSResolverError: Error, CustomStringConvertible {
    case timeout(String)
    case system(String, String)

    public var description: String {
        switch self {
        case .timeout(let name): return "DNS resolution of '\(name)' timed out"
        case .system(let name, let reason): return "DNS resolution of '\(name)' failed: \(reason)"
        }
    }
}

/// Completes the query's promise with the first response carrying its id.
private final class DNSResponseHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>

    private let id: UInt16
    private let type: DNSMessage.RecordType
    private let promise: EventLoopPromise<DNSResolver.Resolution>

    init(id: UInt16, type: DNSMessage.RecordType, promise: EventLoopPromise<DNSResolver.Resolution>) {
        self.id = id
        self.type = type
        self.promise = promise
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        guard let (responseID, answers) = try? DNSMessage.parse(envelope.data, type: type), responseID == id else {
            return
        }
        promise.succeed(DNSResolver.Resolution(addresses: answers.map(\.address), ttl: answers.map(\.ttl).min()))
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        promise.fail(error)
    }
}


/// Reads one length-prefixed DNS response off a TCP connection and completes the query with it.
private final class DNSTCPResponseHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let id: UInt16
    private let type: DNSMessage.RecordType
    private let promise: EventLoopPromise<DNSResolver.Resolution>
    private var received: ByteBuffer?

    init(id: UInt16, type: DNSMessage.RecordType, promise: EventLoopPromise<DNSResolver.Resolution>) {
        self.id = id
        self.type = type
        self.promise = promise
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        if received == nil { received = bytes } else { received!.writeBuffer(&bytes) }
        guard let buffer = received, let length = buffer.getInteger(at: buffer.readerIndex, as: UInt16.self),
            let message = buffer.getSlice(at: buffer.readerIndex + 2, length: Int(length))
        else { return }
        do {
            let (responseID, answers) = try DNSMessage.parse(message, type: type)
            guard responseID == id else { throw DNSMessage.ParseError.notAResponse }
            promise.succeed(DNSResolver.Resolution(addresses: answers.map(\.address), ttl: answers.map(\.ttl).min()))
        } catch {
            promise.fail(error)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.fail(ChannelError.eof)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        promise.fail(error)
        context.close(promise: nil)
    }
}

import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NuncioConfig
import NuncioProxy

/// The admin listener: Envoy's admin API over HTTP/1.1 on its own event loop (Envoy's main thread), so admin work
/// never runs on the proxy's workers.
public final class AdminServer: Sendable {
    public let context: AdminContext
    public let router: AdminRouter
    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel

    /// The largest admin request body accepted (form posts are small).
    static let maxBodyBytes = 64 * 1024

    public init(
        address: NuncioConfig.SocketAddress, context: AdminContext, router: AdminRouter = AdminRouter()
    ) throws {
        self.context = context
        self.router = router
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let stats = ConnectionManagerStats(statPrefix: "admin", listenerStatName: "admin", store: context.server.stats)
        do {
            channel = try ServerBootstrap(group: group)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    stats.downstreamCxTotal.inc()
                    stats.downstreamCxActive.inc()
                    channel.closeFuture.whenComplete { _ in stats.downstreamCxActive.dec() }
                    return channel.eventLoop.makeCompletedFuture {
                        var limits = NIOHTTPDecoderLimitConfiguration()
                        limits.maxHeaderListSize = 60 * 1024
                        let sync = channel.pipeline.syncOperations
                        try sync.addHandler(ByteToMessageHandler(HTTPRequestDecoder(limitConfiguration: limits)))
                        try sync.addHandler(HTTPResponseEncoder())
                        try sync.addHandler(AdminHTTPHandler(router: router, context: context, stats: stats))
                    }
                }
                .bind(host: address.address, port: Int(address.port)).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw ProxyServerError.cannotBind(address: address.description, reason: "\(error)")
        }
        context.server.log.log(.info, "admin", "admin address: \(channel.localAddress?.description ?? "")")
    }

    public var port: Int? { channel.localAddress?.port }

    public func shutdown() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// One admin connection: reads a request (and a small form body), answers it with Envoy's headers.
private final class AdminHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let router: AdminRouter
    private let context: AdminContext
    private let stats: ConnectionManagerStats
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var tooLarge = false
    /// For `admin.access_log`: when the request began and how many body bytes it had.
    private var startTime = Date()
    private var bytesReceived = 0
    private let dateCache = AdminDate()

    init(router: AdminRouter, context: AdminContext, stats: ConnectionManagerStats) {
        self.router = router
        self.context = context
        self.stats = stats
    }

    func channelRead(context channelContext: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
            tooLarge = false
            startTime = Date()
            bytesReceived = 0
        case .body(var chunk):
            bytesReceived += chunk.readableBytes
            if body.readableBytes + chunk.readableBytes > AdminServer.maxBodyBytes {
                tooLarge = true
            } else {
                body.writeBuffer(&chunk)
            }
        case .end:
            guard let head else { return }
            self.head = nil
            respond(to: head, channelContext: channelContext)
        }
    }

    private func respond(to head: HTTPRequestHead, channelContext: ChannelHandlerContext) {
        stats.downstreamRqTotal.inc()
        let response: AdminResponse
        if tooLarge {
            response = AdminResponse(status: 413, body: "Payload Too Large")
        } else {
            let isForm = head.headers.first(name: "content-type")?.hasPrefix("application/x-www-form-urlencoded")
                ?? false
            let form = isForm ? String(buffer: body) : ""
            let request = AdminRequest(method: head.method.rawValue, uri: head.uri, body: form)
            response = router.handle(request, context: context)
        }
        stats.recordResponse(status: response.status)
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: response.contentType)
        headers.add(name: "cache-control", value: "no-cache, max-age=0")
        headers.add(name: "x-content-type-options", value: "nosniff")
        for (name, value) in response.extraHeaders { headers.add(name: name, value: value) }
        headers.add(name: "date", value: dateCache.current())
        headers.add(name: "server", value: "envoy")
        if !head.isKeepAlive { headers.add(name: "connection", value: "close") }
        let status = HTTPResponseStatus(statusCode: response.status)
        channelContext.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status,
            headers: headers))), promise: nil)
        if head.method != .HEAD && !response.body.isEmpty {
            var buffer = channelContext.channel.allocator.buffer(capacity: response.body.utf8.count)
            buffer.writeString(response.body)
            channelContext.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        if context.server.hasAdminAccessLogs {
            logAccess(head, response: response, headers: headers, channel: channelContext.channel)
        }
        let keepAlive = head.isKeepAlive
        let channel = channelContext.channel
        channelContext.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
        }
    }

    private func logAccess(_ head: HTTPRequestHead, response: AdminResponse, headers: HTTPHeaders, channel: Channel) {
        let version = head.version
        context.server.logAdminRequest(AdminRequestRecord(
            startTime: startTime, method: head.method.rawValue, path: head.uri,
            httpProtocol: "HTTP/\(version.major).\(version.minor)", requestHeaders: head.headers,
            responseCode: response.status, responseHeaders: headers, bytesReceived: bytesReceived,
            bytesSent: head.method == .HEAD ? 0 : response.body.utf8.count,
            durationMs: Int64(Date().timeIntervalSince(startTime) * 1000),
            downstreamRemoteAddress: channel.remoteAddress.map(Self.address),
            downstreamLocalAddress: channel.localAddress.map(Self.address)))
    }

    /// `127.0.0.1:8001`, as the access log prints an address.
    private static func address(_ address: NIOCore.SocketAddress) -> String {
        let ip = address.ipAddress ?? ""
        let host = ip.contains(":") ? "[\(ip)]" : ip
        return "\(host):\(address.port ?? 0)"
    }

    func errorCaught(context channelContext: ChannelHandlerContext, error: Error) {
        channelContext.close(promise: nil)
    }
}

/// The admin's `date` header (once a second is plenty here).
private final class AdminDate {
    func current() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: Date())
    }
}

import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix

import NuncioProxy

/// A scriptable upstream on a loopback address, speaking HTTP/1.1 and h2c: it answers with a JSON echo of the
/// request it received, and its behaviour is steered by the request path:
/// `/status/503` answers 503, `/delay/300` waits 300 ms, `/reset` closes without answering, `/big/N` sends N bytes.
public final class TestUpstream: @unchecked Sendable {
    public let name: String
    public let host: String
    public private(set) var port: Int = 0
    private let group: EventLoopGroup
    private var channel: Channel?
    private let lock = NSLock()
    private var received: [[(String, String)]] = []
    private var children: [ObjectIdentifier: Channel] = [:]
    private var health = 200

    /// What `/healthz` answers (health checks), 200 unless set.
    public var healthStatus: Int {
        get {
            lock.lock()
            defer { lock.unlock() }
            return health
        }
        set {
            lock.lock()
            health = newValue
            lock.unlock()
        }
    }

    public init(name: String, host: String = "127.0.0.1", port: Int = 0, group: EventLoopGroup) throws {
        self.name = name
        self.host = host
        self.group = group
        try start(port: port)
    }

    public func start(port: Int) throws {
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            // Room for a proxy that opens thousands of connections at once (the many-connections test).
            .serverChannelOption(ChannelOptions.backlog, value: 8192)
            .childChannelInitializer { channel in
                self.track(channel)
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(HTTPProtocolSniffer { channel, isHTTP2 in
                        if isHTTP2 {
                            _ = channel.configureHTTP2Pipeline(mode: .server) { stream in
                                stream.eventLoop.makeCompletedFuture {
                                    try stream.pipeline.syncOperations.addHandler(HTTP2FramePayloadToHTTP1ServerCodec())
                                    try stream.pipeline.syncOperations.addHandler(EchoHandler(upstream: self, http2: true))
                                }
                            }
                        } else {
                            let sync = channel.pipeline.syncOperations
                            try sync.addHandler(ByteToMessageHandler(HTTPRequestDecoder()))
                            try sync.addHandler(HTTPResponseEncoder())
                            try sync.addHandler(EchoHandler(upstream: self, http2: false))
                        }
                    })
                }
            }
            .bind(host: host, port: port).wait()
        self.channel = channel
        self.port = channel.localAddress!.port!
    }

    /// Stops like a crashed process: the listener and every open connection close.
    public func stop() {
        try? channel?.close().wait()
        channel = nil
        lock.lock()
        let open = Array(children.values)
        lock.unlock()
        for child in open { try? child.close().wait() }
    }

    private func track(_ channel: Channel) {
        lock.lock()
        children[ObjectIdentifier(channel)] = channel
        lock.unlock()
        channel.closeFuture.whenComplete { _ in
            self.lock.lock()
            self.children[ObjectIdentifier(channel)] = nil
            self.lock.unlock()
        }
    }

    public func record(_ headers: [(String, String)]) {
        lock.lock()
        received.append(headers)
        lock.unlock()
    }

    public var requests: [[(String, String)]] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public var requestCount: Int { requests.count }
}

private final class EchoHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let upstream: TestUpstream
    private let http2: Bool
    private var head: HTTPRequestHead?
    private var bodyBytes = 0
    private var requestsOnConnection = 0

    init(upstream: TestUpstream, http2: Bool) {
        self.upstream = upstream
        self.http2 = http2
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            bodyBytes = 0
            var headers = [(":path", head.uri), (":method", head.method.rawValue)]
            headers += head.headers.map { ($0.name.lowercased(), $0.value) }
            upstream.record(headers)
        case .body(let body):
            bodyBytes += body.readableBytes
        case .end:
            guard let head else { return }
            respond(context: context, head: head)
        }
    }

    private func respond(context: ChannelHandlerContext, head: HTTPRequestHead) {
        let parts = head.uri.split(separator: "/")
        requestsOnConnection += 1
        // `/flaky`: a pooled connection closed under a request, as an upstream closing idle keep-alives does.
        if parts.first == "flaky" && requestsOnConnection > 1 {
            context.close(promise: nil)
            return
        }
        if parts.first == "cut" {
            // Promises 1 MB, sends 1 kB, then the connection dies: a reset mid-body.
            var headers = HTTPHeaders()
            headers.add(name: "content-length", value: "1000000")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
                promise: nil)
            var part = context.channel.allocator.buffer(capacity: 1000)
            part.writeRepeatingByte(UInt8(ascii: "y"), count: 1000)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(part)))).whenComplete { _ in
                context.close(promise: nil)
            }
            return
        }
        if parts.first == "reset" {
            context.close(promise: nil)
            return
        }
        if parts.first == "garbage" && !http2 {
            // Bytes that are not HTTP: the encoder steps aside so they go out as they are.
            let channel = context.channel
            if let encoder = try? channel.pipeline.syncOperations.handler(type: HTTPResponseEncoder.self) {
                channel.pipeline.syncOperations.removeHandler(encoder, promise: nil)
            }
            var junk = channel.allocator.buffer(capacity: 32)
            junk.writeString("THIS IS NOT HTTP\r\n\r\n")
            channel.writeAndFlush(junk, promise: nil)
            return
        }
        var status = head.uri == "/healthz" ? upstream.healthStatus : 200
        var delayMs = 0
        var bigBytes = -1
        if parts.count >= 2, let number = Int(parts[1]) {
            switch parts[0] {
            case "status": status = number
            case "delay": delayMs = number
            case "big": bigBytes = number
            default: break
            }
        }
        let echo: [String: Any] = [
            "server": upstream.name, "path": head.uri, "body_bytes": bodyBytes, "http2": http2,
            "headers": head.headers.map { [$0.name.lowercased(), $0.value] },
        ]
        var body = context.channel.allocator.buffer(capacity: 256)
        if bigBytes >= 0 {
            body.writeRepeatingByte(UInt8(ascii: "x"), count: bigBytes)
        } else {
            body.writeBytes(try! JSONSerialization.data(withJSONObject: echo))
        }
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "application/json")
        headers.add(name: "content-length", value: String(body.readableBytes))
        headers.add(name: "x-upstream", value: upstream.name)
        headers.add(name: "set-cookie", value: "a=1")
        headers.add(name: "set-cookie", value: "b=2")
        let response = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status),
            headers: headers)
        let write = {
            context.write(self.wrapOutboundOut(.head(response)), promise: nil)
            context.write(self.wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
        }
        if delayMs > 0 {
            context.eventLoop.scheduleTask(in: .milliseconds(Int64(delayMs))) { write() }
        } else {
            write()
        }
    }
}

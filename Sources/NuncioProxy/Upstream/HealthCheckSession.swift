import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix
import NuncioConfig

/// One host's active health checking: its streak, its timer, and (with `reuse_connection`, Envoy's default) the
/// connection its checks go over: HTTP/1.1, HTTP/2 (`codec_client_type: HTTP2`, one stream per check) or bare TCP.
/// Event-loop bound: only touched on its checker's loop (hence the unchecked `Sendable`).
final class HealthCheckSession: @unchecked Sendable {
    /// How one check ended, as Envoy tells them apart: a network failure or timeout counts towards
    /// `unhealthy_threshold`; an unexpected HTTP status makes the host unhealthy at once.
    enum Outcome {
        case passed
        case failedStatus
        case failedNetwork
        case timedOut
    }

    let host: Host
    var successes: UInt32 = 0
    var failures: UInt32 = 0
    var firstCheck = true
    var timer: Scheduled<Void>?
    var stopped = false
    private let config: HealthCheck
    private let hostHeader: String
    private let loop: EventLoop
    private var channel: Channel?
    private var http2: HTTP2StreamMultiplexer?
    private var responseHandler: HealthCheckResponseHandler?

    init(host: Host, config: HealthCheck, clusterName: String, loop: EventLoop) {
        self.host = host
        self.config = config
        self.loop = loop
        if case .http(let http) = config.kind, let name = http.host, !name.isEmpty {
            hostHeader = name
        } else {
            hostHeader = clusterName
        }
    }

    var reuseConnection: Bool { config.reuseConnection }

    /// One check; the future never fails. `onNetworkFailure` is called when the connect fails.
    func check() -> EventLoopFuture<Outcome> {
        let promise = loop.makePromise(of: Outcome.self)
        let timeout = loop.assumeIsolated().scheduleTask(in: .nanoseconds(config.timeout.nanoseconds)) {
            promise.succeed(.timedOut)
        }
        promise.futureResult.assumeIsolated().whenComplete { result in
            timeout.cancel()
            // Envoy closes the connection after a timeout, and after every check without `reuse_connection`.
            if case .success(let outcome) = result, outcome == .timedOut || !self.reuseConnection {
                self.closeConnection()
            }
        }
        connection().assumeIsolated().whenComplete { result in
            switch result {
            case .failure:
                promise.succeed(.failedNetwork)
            case .success(let channel):
                self.send(on: channel, promise: promise)
            }
        }
        return promise.futureResult
    }

    func closeConnection() {
        channel?.close(promise: nil)
        channel = nil
        http2 = nil
        responseHandler = nil
    }

    private func connection() -> EventLoopFuture<Channel> {
        if let channel, channel.isActive { return loop.makeSucceededFuture(channel) }
        closeConnection()
        let kind = config.kind
        let future = ClientBootstrap(group: loop)
            .connectTimeout(.nanoseconds(config.timeout.nanoseconds))
            .channelInitializer { channel in
                guard case .http(let http) = kind else { return channel.eventLoop.makeSucceededVoidFuture() }
                if http.useHTTP2 {
                    return channel.configureHTTP2Pipeline(mode: .client, inboundStreamInitializer: nil).map { _ in }
                }
                return channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(HTTPRequestEncoder())
                    try sync.addHandler(ByteToMessageHandler(HTTPResponseDecoder()))
                    try sync.addHandler(HealthCheckResponseHandler())
                }
            }
            .connect(to: host.socketAddress)
        return future.flatMapThrowing { channel in
            self.channel = channel
            if case .http(let http) = kind {
                if http.useHTTP2 {
                    self.http2 = try channel.pipeline.syncOperations.handler(type: HTTP2StreamMultiplexer.self)
                } else {
                    self.responseHandler = try channel.pipeline.syncOperations.handler(
                        type: HealthCheckResponseHandler.self)
                }
            }
            return channel
        }
    }

    private func send(on channel: Channel, promise: EventLoopPromise<Outcome>) {
        guard case .http(let http) = config.kind else {
            // TCP: a connection that is (still) open passes.
            promise.succeed(.passed)
            return
        }
        var headers = HTTPHeaders()
        headers.add(name: "host", value: hostHeader)
        headers.add(name: "user-agent", value: "Envoy/HC")
        if !reuseConnection && !http.useHTTP2 { headers.add(name: "connection", value: "close") }
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: http.path, headers: headers)
        let expected = http.expectedStatuses
        if let multiplexer = http2 {
            let streamPromise = loop.makePromise(of: Channel.self)
            multiplexer.createStreamChannel(promise: streamPromise) { stream in
                stream.eventLoop.makeCompletedFuture {
                    let handler = HealthCheckResponseHandler()
                    handler.start(expected: expected, promise: promise)
                    try stream.pipeline.syncOperations.addHandler(HTTP2FramePayloadToHTTP1ClientCodec(
                        httpProtocol: .http))
                    try stream.pipeline.syncOperations.addHandler(handler)
                }
            }
            streamPromise.futureResult.whenComplete { result in
                switch result {
                case .failure: promise.succeed(.failedNetwork)
                case .success(let stream):
                    stream.write(HTTPClientRequestPart.head(head), promise: nil)
                    stream.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
                    promise.futureResult.whenComplete { _ in stream.close(promise: nil) }
                }
            }
            return
        }
        responseHandler?.start(expected: expected, promise: promise)
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
    }
}

/// Completes the current check with whether the response status is expected; a closed or broken connection fails
/// it. Event-loop bound.
final class HealthCheckResponseHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart

    private var expected: [Range<Int>] = []
    private var promise: EventLoopPromise<HealthCheckSession.Outcome>?
    private var passed: Bool?

    func start(expected: [Range<Int>], promise: EventLoopPromise<HealthCheckSession.Outcome>) {
        self.expected = expected
        self.promise = promise
        passed = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let status = Int(head.status.code)
            passed = expected.contains { $0.contains(status) }
        case .body:
            break
        case .end:
            // Complete at the end of the response, so the connection is ready for the next check.
            let outcome: HealthCheckSession.Outcome = passed == true ? .passed : .failedStatus
            promise?.succeed(outcome)
            promise = nil
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.succeed(.failedNetwork)
        promise = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        promise?.succeed(.failedNetwork)
        promise = nil
        context.close(promise: nil)
    }
}

import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix

struct TestResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: String
}

/// Gathers one response per promise, in order: the first promise gets the first response.
final class ResponseCollector: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    private var waiting: [EventLoopPromise<TestResponse>] = []
    private var head: HTTPResponseHead?
    private var body = ""

    func expect(_ promise: EventLoopPromise<TestResponse>) {
        waiting.append(promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let responseHead):
            head = responseHead
            body = ""
        case .body(let buffer):
            body += String(buffer: buffer)
        case .end:
            guard let head = head.take(), !waiting.isEmpty else { return }
            let response = TestResponse(status: Int(head.status.code), headers: head.headers, body: body)
            waiting.removeFirst().succeed(response)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        for promise in waiting { promise.fail(ChannelError.eof) }
        waiting = []
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        for promise in waiting { promise.fail(error) }
        waiting = []
        context.close(promise: nil)
    }
}

/// One keep-alive HTTP/1.1 connection; requests go one after another.
final class TestHTTP1Client: Sendable {
    let channel: Channel

    static func connect(host: String, port: Int) async throws -> TestHTTP1Client {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(ResponseCollector())
                }
            }
            .connect(host: host, port: port).get()
        return TestHTTP1Client(channel: channel)
    }

    private init(channel: Channel) {
        self.channel = channel
    }

    func request(_ path: String, method: HTTPMethod = .GET, host: String = "localhost") async throws -> TestResponse {
        let channel = self.channel
        let response = try await channel.eventLoop.flatSubmit { () -> EventLoopFuture<TestResponse> in
            let promise = channel.eventLoop.makePromise(of: TestResponse.self)
            do {
                try channel.pipeline.syncOperations.handler(type: ResponseCollector.self).expect(promise)
            } catch {
                promise.fail(error)
            }
            var headers = HTTPHeaders()
            headers.add(name: "host", value: host)
            channel.write(HTTPClientRequestPart.head(
                HTTPRequestHead(version: .http1_1, method: method, uri: path, headers: headers)), promise: nil)
            channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
            return promise.futureResult
        }.get()
        return response
    }

    func close() async {
        try? await channel.close()
    }
}

/// One h2c (prior knowledge) connection; each request on its own stream.
final class TestHTTP2Client: Sendable {
    let channel: Channel
    let multiplexer: NIOHTTP2Handler.StreamMultiplexer

    static func connect(host: String, port: Int) async throws -> TestHTTP2Client {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .connect(host: host, port: port).get()
        let multiplexer = try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.configureHTTP2Pipeline(
                mode: .client, connectionConfiguration: .init(), streamConfiguration: .init()
            ) { stream in stream.close() }
        }.get()
        return TestHTTP2Client(channel: channel, multiplexer: multiplexer)
    }

    private init(channel: Channel, multiplexer: NIOHTTP2Handler.StreamMultiplexer) {
        self.channel = channel
        self.multiplexer = multiplexer
    }

    func request(_ path: String, authority: String = "localhost") async throws -> TestResponse {
        let promise = channel.eventLoop.makePromise(of: TestResponse.self)
        let stream = try await multiplexer.createStreamChannel { stream in
            stream.eventLoop.makeCompletedFuture {
                let collector = ResponseCollector()
                collector.expect(promise)
                try stream.pipeline.syncOperations.addHandler(HTTP2FramePayloadToHTTP1ClientCodec(httpProtocol: .http))
                try stream.pipeline.syncOperations.addHandler(collector)
            }
        }.get()
        var headers = HTTPHeaders()
        headers.add(name: "host", value: authority)
        stream.write(HTTPClientRequestPart.head(
            HTTPRequestHead(version: .http2, method: .GET, uri: path, headers: headers)), promise: nil)
        stream.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        return try await promise.futureResult.get()
    }

    func close() async {
        try? await channel.close()
    }
}

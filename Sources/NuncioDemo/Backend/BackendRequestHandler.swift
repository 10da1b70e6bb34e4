import NIOCore
import NIOHTTP1

/// Answers every request with the instance's greeting, over HTTP/1.1 or (behind
/// `HTTP2FramePayloadToHTTP1ServerCodec`) one HTTP/2 stream. The request body is read and dropped.
/// Event-loop bound.
final class BackendRequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let body: ByteBuffer
    private let isHTTP2: Bool
    private let onRequest: @Sendable () -> Void
    private var request: HTTPRequestHead?

    init(greeting: BackendGreeting, isHTTP2: Bool, onRequest: @escaping @Sendable () -> Void) {
        self.body = ByteBuffer(string: greeting.body)
        self.isHTTP2 = isHTTP2
        self.onRequest = onRequest
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
        case .body:
            break
        case .end:
            guard let head = request.take() else { return }
            respond(to: head, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        onRequest()
        let keepAlive = isHTTP2 || head.isKeepAlive
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: BackendGreeting.contentType)
        headers.add(name: "content-length", value: String(body.readableBytes))
        if !isHTTP2 && !keepAlive { headers.add(name: "connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))),
            promise: nil)
        if head.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        if keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
    }
}

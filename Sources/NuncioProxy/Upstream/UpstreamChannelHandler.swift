import NIOCore
import NIOHTTP1

/// What receives an upstream response: the proxy stream that sent the request.
protocol UpstreamResponseReceiver: AnyObject {
    func upstreamHead(_ head: HTTPResponseHead)
    func upstreamBody(_ body: ByteBuffer)
    func upstreamEnd()
    func upstreamReset(_ reason: UpstreamResetReason)
    func upstreamWritable()
    func upstreamReadComplete()
}

/// The last handler of an upstream pipeline (an HTTP/1 connection or an HTTP/2 stream channel). It hands response
/// parts to the current receiver and withholds `read()` while the downstream cannot take more (backpressure).
/// Event-loop bound.
final class UpstreamChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = HTTPClientRequestPart

    weak var receiver: UpstreamResponseReceiver?
    /// Called when a response completed: with whether the connection may carry another request.
    var onResponseComplete: ((Bool) -> Void)?
    var onClose: (() -> Void)?
    private var context: ChannelHandlerContext?
    private var readPaused = false
    private var readPending = false
    private var responseKeepAlive = true
    private(set) var closed = false
    /// HTTP/1 only: the request encoder, which writes an unchunked request's body and end itself.
    var requestEncoder: HTTP1RequestEncoder?

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    /// Dropping the context (and the callbacks that may hold the pool) breaks the reference cycles.
    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        requestEncoder = nil
        receiver = nil
        onResponseComplete = nil
        onClose = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            // HTTP/2: a response that ends is a stream that closes itself, with nothing to keep alive. Closing its
            // channel on the last frame would send RST_STREAM for every request (and Envoy or SwiftNIO upstreams
            // count those: SwiftNIO's rapid-reset guard stops answering after 200).
            responseKeepAlive = head.version.major >= 2 || head.isKeepAlive
            receiver?.upstreamHead(head)
        case .body(let body):
            receiver?.upstreamBody(body)
        case .end:
            let receiver = self.receiver
            self.receiver = nil
            receiver?.upstreamEnd()
            onResponseComplete?(responseKeepAlive)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        receiver?.upstreamReadComplete()
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        let receiver = self.receiver
        self.receiver = nil
        receiver?.upstreamReset(.connectionTermination)
        onClose?()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        let receiver = self.receiver
        self.receiver = nil
        receiver?.upstreamReset(error is HTTPParserError ? .protocolError : .connectionTermination)
        context.close(promise: nil)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { receiver?.upstreamWritable() }
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        if readPaused {
            readPending = true
        } else {
            context.read()
        }
    }

    func pauseReading() {
        readPaused = true
    }

    func resumeReading() {
        guard readPaused else { return }
        readPaused = false
        if readPending, let context {
            readPending = false
            context.read()
        }
    }

    func write(_ part: HTTPClientRequestPart, flush: Bool) {
        guard let context, !closed else { return }
        if let requestEncoder, requestEncoder.writeDirectly(part, flush: flush) { return }
        if flush {
            context.writeAndFlush(wrapOutboundOut(part), promise: nil)
        } else {
            context.write(wrapOutboundOut(part), promise: nil)
        }
    }

    var isWritable: Bool { context?.channel.isWritable ?? false }
}

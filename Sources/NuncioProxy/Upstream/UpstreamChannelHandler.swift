import NIOCore
import NIOHTTP1
import NuncioStats

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
/// parts to the current receiver and withholds `read()` while the downstream cannot take more (backpressure). On
/// HTTP/1.1 it is the only handler: it parses the response bytes (`HTTP1ResponseParser`) and writes the request
/// bytes (`HTTP1RequestWriter`) itself, so no part costs a pipeline hop; an HTTP/2 stream hands it parts through
/// `HTTP2ClientStreamCodec`. Event-loop bound.
final class UpstreamChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
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
    /// HTTP/1.1 only: the response parser (nil on an HTTP/2 stream), the bytes read but not yet parsed, the request
    /// writer, and whether a request's response is due.
    private var responseParser: HTTP1ResponseParser?
    private var inbound: ByteBuffer?
    private var requestWriter = HTTP1RequestWriter()
    private var awaitingResponse = false

    /// Response headers are held to Envoy's defaults.
    static let responseLimits = HTTP1FieldLines.Limits.envoyDefaults

    /// HTTP/1.1 only: the cluster's `upstream_cx_rx_bytes_total` and `upstream_cx_tx_bytes_total`, one add per read
    /// and per write (an HTTP/2 connection counts them in `UpstreamByteCounter`).
    private let byteCounters: (rx: Counter, tx: Counter)?

    init(http1: Bool, byteCounters: (rx: Counter, tx: Counter)? = nil) {
        if http1 { responseParser = HTTP1ResponseParser(limits: Self.responseLimits) }
        self.byteCounters = byteCounters
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    /// Dropping the context (and the callbacks that may hold the pool) breaks the reference cycles.
    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        inbound = nil
        receiver = nil
        onResponseComplete = nil
        onClose = nil
    }

    /// HTTP/1.1: the socket's bytes.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        byteCounters?.rx.add(UInt64(bytes.readableBytes))
        guard responseParser != nil, !closed else { return }
        guard awaitingResponse || responseParser!.inResponse else {
            // Bytes no request asked for: this connection can no longer be trusted with a request.
            context.close(promise: nil)
            return
        }
        if inbound == nil {
            inbound = bytes
        } else {
            inbound!.writeBuffer(&bytes)
        }
        while inbound != nil {
            let part: HTTPClientResponsePart?
            do {
                part = try responseParser!.next(from: &inbound!)
            } catch {
                inbound = nil
                let receiver = self.receiver
                self.receiver = nil
                receiver?.upstreamReset(.protocolError)
                context.close(promise: nil)
                return
            }
            guard let part else { break }
            if case .end = part, inbound!.readableBytes > 0 {
                // More than the response: not a connection to send another request on.
                responseKeepAlive = false
                inbound = nil
            }
            receive(part)
        }
        if let buffer = inbound, buffer.readableBytes == 0 { inbound = nil }
    }

    /// A response part, parsed here (HTTP/1.1) or from `HTTP2ClientStreamCodec` (an HTTP/2 stream).
    func receive(_ part: HTTPClientResponsePart) {
        switch part {
        case .head(let head):
            // HTTP/2: a response that ends is a stream that closes itself, with nothing to keep alive. Closing its
            // channel on the last frame would send RST_STREAM for every request (and Envoy or SwiftNIO upstreams
            // count those: SwiftNIO's rapid-reset guard stops answering after 200).
            responseKeepAlive = head.version.major >= 2 || head.isKeepAlive
            receiver?.upstreamHead(head)
        case .body(let body):
            receiver?.upstreamBody(body)
        case .end:
            awaitingResponse = false
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
        // A response whose body runs until the close ends here (and the connection is not reused: it is closed).
        if let end = responseParser?.connectionClosed() { receive(end) }
        let receiver = self.receiver
        self.receiver = nil
        receiver?.upstreamReset(.connectionTermination)
        onClose?()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        let receiver = self.receiver
        self.receiver = nil
        // A response head without `:status` is the upstream's protocol error (503 UPE), as a malformed HTTP/1 one.
        receiver?.upstreamReset(error is HTTP2ClientStreamCodec.MissingStatus ? .protocolError : .connectionTermination)
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
        if responseParser != nil {
            if case .head(let head) = part {
                awaitingResponse = true
                responseParser!.answersHEAD = head.method == .HEAD
            }
            var written = 0
            requestWriter.write(part, allocator: context.channel.allocator) {
                written += $0.readableBytes
                context.write(NIOAny($0), promise: nil)
            }
            byteCounters?.tx.add(UInt64(written))
            if flush { context.flush() }
            return
        }
        if flush {
            context.writeAndFlush(wrapOutboundOut(part), promise: nil)
        } else {
            context.write(wrapOutboundOut(part), promise: nil)
        }
    }

    var isWritable: Bool { context?.channel.isWritable ?? false }
}

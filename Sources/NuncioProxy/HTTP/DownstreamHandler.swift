import NIOCore
import NIOHTTP1

/// The connection manager's end of a downstream HTTP/1.1 connection, or of one HTTP/2 stream channel: turns
/// request parts into proxy streams, one at a time, and writes their responses. Pipelined requests wait their
/// turn; `read()` is withheld while a response is pending or the upstream cannot take more. Event-loop bound.
final class DownstreamHandler: ChannelDuplexHandler, DownstreamResponder {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let listener: ListenerRuntime
    private let isHTTP2: Bool
    private var context: ChannelHandlerContext?
    private var worker: WorkerContext?
    private var stream: ProxyStream?
    /// Parts of requests pipelined behind the current one.
    private var queued: CircularBuffer<HTTPServerRequestPart> = []
    private var currentRequestEnded = false
    private var readPaused = false
    private var readPending = false
    private var closing = false
    private var responseInFlight = false
    /// A protocol error was answered: close after `delayed_close_timeout`, as Envoy does.
    private var delayClose = false
    private(set) var remoteAddress: String?
    private(set) var localAddress: String?

    init(listener: ListenerRuntime, isHTTP2: Bool) {
        self.listener = listener
        self.isHTTP2 = isHTTP2
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        self.worker = listener.workers.worker(for: context.eventLoop)
        remoteAddress = Self.describe(context.channel.remoteAddress ?? context.channel.parent?.remoteAddress)
        localAddress = Self.describe(context.channel.localAddress ?? context.channel.parent?.localAddress)
    }

    private static func describe(_ address: SocketAddress?) -> String? {
        guard let address, let ip = address.ipAddress, let port = address.port else { return nil }
        return address.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }

    // MARK: Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if closing { return }
        if stream != nil || responseInFlight {
            if currentRequestEnded {
                queued.append(part)
                return
            }
        }
        handle(part)
    }

    private func handle(_ part: HTTPServerRequestPart) {
        switch part {
        case .head(let head):
            startStream(head)
        case .body(let body):
            stream?.requestBody(body)
        case .end:
            currentRequestEnded = true
            if !isHTTP2 { readPaused = true }
            stream?.requestEnd()
        }
    }

    private func startStream(_ head: HTTPRequestHead) {
        guard let worker else { return }
        currentRequestEnded = false
        responseInFlight = true
        let stream = ProxyStream(downstream: self, listener: listener, worker: worker, head: head, isHTTP2: isHTTP2)
        self.stream = stream
        if let reply = validate(head) {
            delayClose = true
            listener.stats.downstreamCxProtocolError.inc()
            stream.sendLocalReply(reply)
            return
        }
        stream.start()
    }

    /// Envoy's checks on a request head before routing: HTTP/1.0 gets 426, HTTP/1.1 needs a Host.
    private func validate(_ head: HTTPRequestHead) -> LocalReply? {
        if !isHTTP2 {
            if head.version.major != 1 || head.version.minor != 1 {
                if !(head.version == .http1_0 && listener.manager.acceptHTTP10) { return .upgradeRequired }
            }
            if head.headers["host"].isEmpty && head.version == .http1_1 { return .missingHost }
            if head.headers["host"].count > 1 { return .badRequest }
        }
        return nil
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is DrainRequested, !isHTTP2 {
            if stream == nil && !responseInFlight {
                closing = true
                context.close(promise: nil)
            } else {
                // The response in flight carries `connection: close`; the connection ends after it.
                closing = true
            }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        stream?.downstreamReadComplete()
        context.flush()
        context.fireChannelReadComplete()
    }

    func channelActive(context: ChannelHandlerContext) {
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closing = true
        if let stream {
            self.stream = nil
            stream.downstreamClosed()
        }
        queued.removeAll()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        guard let parserError = error as? HTTPParserError else {
            context.close(promise: nil)
            return
        }
        listener.stats.downstreamCxProtocolError.inc()
        guard !responseInFlight, stream == nil, let worker else {
            // Mid-response: the connection is unusable; close it.
            context.close(promise: nil)
            return
        }
        let reply: LocalReply
        switch parserError {
        case .headerOverflow: reply = .headersTooLarge
        case .invalidVersion: reply = .upgradeRequired
        default: reply = .badRequest
        }
        // Malformed requests are answered as if by a stream, so stats and access log see them (DPE).
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "", headers: [:])
        currentRequestEnded = true
        responseInFlight = true
        delayClose = true
        let stream = ProxyStream(downstream: self, listener: listener, worker: worker, head: head, isHTTP2: false)
        self.stream = stream
        stream.sendLocalReply(reply)
    }

    // MARK: Backpressure

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
        // While a pipelined request waits, keep reading paused: the queue must not grow.
        guard readPaused, !(currentRequestEnded && !isHTTP2) || stream == nil else { return }
        readPaused = false
        if readPending, let context {
            readPending = false
            context.read()
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { stream?.downstreamWritable() }
        context.fireChannelWritabilityChanged()
    }

    var isWritable: Bool { context?.channel.isWritable ?? false }

    // MARK: Responses

    func writeResponseHead(_ head: HTTPResponseHead, closeAfter: Bool) {
        guard let context else { return }
        var head = head
        if (closeAfter || closing || listener.state.shuttingDown) && !isHTTP2 {
            closing = true
            if !head.headers.contains(name: "connection") { head.headers.add(name: "connection", value: "close") }
        }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
    }

    func writeResponseBody(_ body: ByteBuffer, flush: Bool) {
        guard let context else { return }
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        if flush { context.flush() }
    }

    func flush() {
        context?.flush()
    }

    func writeResponseEnd() {
        guard let context else { return }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    func resetStream() {
        closing = true
        context?.close(promise: nil)
    }

    func streamFinished(_ finished: ProxyStream, keepAlive: Bool) {
        guard stream === finished, let context else { return }
        stream = nil
        responseInFlight = false
        if isHTTP2 {
            return
        }
        if !keepAlive || closing {
            closing = true
            scheduleClose(context)
            return
        }
        // Next pipelined request, if one is waiting.
        currentRequestEnded = false
        while let part = queued.popFirst() {
            handle(part)
            if stream != nil && currentRequestEnded { break }
        }
        if stream == nil || !currentRequestEnded {
            readPaused = false
            if readPending {
                readPending = false
                context.read()
            }
        }
    }

    /// Envoy closes after a `connection: close` response once written, or after `delayed_close_timeout` (1 s)
    /// for protocol-error replies, so the client reads the response before the close.
    private func scheduleClose(_ context: ChannelHandlerContext) {
        let delay = listener.manager.delayedCloseTimeout.nanoseconds
        let channel = context.channel
        context.flush()
        if delayClose && delay > 0 {
            context.eventLoop.scheduleTask(in: .nanoseconds(delay)) { channel.close(promise: nil) }
        } else {
            channel.close(promise: nil)
        }
    }
}

import NIOCore
import NIOHTTP1

/// The connection manager's end of a downstream HTTP/1.1 connection, or of one HTTP/2 stream channel: turns
/// request parts into active streams, one at a time, and writes their responses. On HTTP/1.1 it reads the socket's
/// bytes itself (`HTTP1RequestParser`), writes the response bytes itself (`HTTP1ResponseEncoding`) and drives the
/// connection's timers directly, so no part costs a pipeline hop. A pipelined request stays unparsed in the input
/// until the response before it is out, and `read()` is withheld meanwhile, as while the upstream cannot take
/// more. HTTP/2 streams hand it their parts through `HTTP2ServerStreamCodec`. Event-loop bound.
final class DownstreamHandler: ChannelDuplexHandler, ResponseEncoder {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    let listener: ListenerRuntime
    let isHTTP2: Bool
    /// HTTP/1.1 only: the connection manager's timers.
    let timeouts: DownstreamTimeouts?
    /// HTTP/1.1 only: the request parser and the bytes read but not yet parsed.
    var parser: HTTP1RequestParser?
    var inbound: ByteBuffer?
    /// `parseInbound` is running: a stream finishing inside it leaves the next request to its loop.
    var parsing = false
    /// HTTP/1.1 only: the response being written is chunked.
    var responseChunked = false
    var context: ChannelHandlerContext?
    var worker: WorkerContext?
    var stream: ActiveStream?
    var currentRequestEnded = false
    var readPaused = false
    var readPending = false
    var closing = false
    /// A listener update's drain reached this idle connection: its next response closes it.
    var drainOnNextResponse = false
    var responseInFlight = false
    /// A protocol error was answered: close after `delayed_close_timeout`, as Envoy does.
    var delayClose = false
    /// The current response has begun: a parse error now can only reset the connection, as in Envoy.
    var responseStarted = false
    /// The head of the request being read, for the local reply if its body turns out malformed.
    var currentHead: HTTPRequestHead?
    /// A parse error to answer (after abandoning the request it broke).
    var pendingError: LocalReply?
    /// The connection ends after the current response (CONNECT, as Envoy does when it does not tunnel).
    var closeAfterResponse = false
    /// The peer's and our address as text, made on first use (an HTTP/2 stream would otherwise format both for
    /// every request, about 7,000 instructions, for an access log or `x-forwarded-for` that may not exist).
    var addresses: (remote: String?, local: String?)?
    weak var addressChannel: Channel?

    var remoteAddress: String? { resolvedAddresses.remote }
    var localAddress: String? { resolvedAddresses.local }

    var resolvedAddresses: (remote: String?, local: String?) {
        if let addresses { return addresses }
        guard let channel = addressChannel else { return (nil, nil) }
        let resolved = (
            Self.describe(channel.remoteAddress ?? channel.parent?.remoteAddress),
            Self.describe(channel.localAddress ?? channel.parent?.localAddress))
        addresses = resolved
        return resolved
    }

    /// The connection's stats account (shared by an HTTP/2 connection's streams).
    let account: DownstreamConnectionAccount
    /// What the connection's transport said of it.
    let connection: ConnectionInfo

    init(
        listener: ListenerRuntime, account: DownstreamConnectionAccount, connection: ConnectionInfo = .plaintext,
        http2Stream: Bool = false, timeouts: DownstreamTimeouts? = nil
    ) {
        self.listener = listener
        self.account = account
        self.connection = connection
        self.isHTTP2 = http2Stream
        self.timeouts = timeouts
        // An HTTP/2 stream gets its parts from its codec: it has no bytes to parse.
        if !isHTTP2 {
            parser = HTTP1RequestParser(limits: HTTP1FieldLines.Limits(
                bytes: Int(listener.manager.maxRequestHeadersKb) * 1024, count: Int(listener.manager.maxHeadersCount)))
        }
    }

    /// The context is kept for writes from the stream; dropping it here breaks the handler-context-pipeline cycle.
    func handlerRemoved(context: ChannelHandlerContext) {
        timeouts?.stop()
        self.context = nil
        if let stream {
            self.stream = nil
            stream.downstreamClosed()
        }
        inbound = nil
    }

    var downstreamProtocol: DownstreamProtocol { isHTTP2 ? .http2 : .http11 }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        self.worker = listener.workers.worker(for: context.eventLoop)
        addressChannel = context.channel
        timeouts?.start(context, drain: { [weak self] in
            guard let self, let context = self.context else { return }
            self.drain(context)
        }, streamIdle: { [weak self] in
            guard let self, let context = self.context else { return }
            if let stream = self.stream, !stream.isComplete {
                stream.streamIdleTimedOut()
            } else {
                self.closing = true
                self.closeLocally(context)
            }
        })
    }

    private static func describe(_ address: SocketAddress?) -> String? {
        guard let address, let ip = address.ipAddress, let port = address.port else { return nil }
        return address.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }

    // MARK: Inbound

    /// HTTP/1.1: the socket's bytes.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        account.read(bytes.readableBytes)
        if closing { return }
        if inbound == nil {
            inbound = bytes
        } else {
            inbound!.writeBuffer(&bytes)
        }
        parseInbound()
    }

    /// Parses and handles requests from the input while no complete request waits for its response.
    func parseInbound() {
        guard !parsing, let context else { return }
        parsing = true
        defer { parsing = false }
        while inbound != nil && !closing {
            if (stream != nil || responseInFlight) && currentRequestEnded {
                // A pipelined request: it stays in the input, and no more is read until the response in flight is
                // out. Reading is not paused before one arrives, which would cost two epoll_ctl calls a request.
                if inbound!.readableBytes > 0 { readPaused = true }
                break
            }
            let part: HTTPServerRequestPart?
            do {
                part = try parser!.next(from: &inbound!)
            } catch {
                inbound = nil
                parseFailed(error, context: context)
                return
            }
            guard let part else { break }
            if let timeouts {
                if case .head = part { timeouts.read(isHead: true) } else { timeouts.read(isHead: false) }
            }
            handle(part)
        }
        if let buffer = inbound, buffer.readableBytes == 0 { inbound = nil }
    }

    /// HTTP/2: a request the stream's codec reset at its headers.
    func rejectedByCodec(_ head: HTTPRequestHead) {
        guard let worker else { return }
        ActiveStream(encoder: self, listener: listener, worker: worker, head: head).resetByCodec()
    }

    /// HTTP/2: a stream's request part, from `HTTP2ServerStreamCodec`.
    func receive(_ part: HTTPServerRequestPart) {
        if closing { return }
        handle(part)
    }

    func handle(_ part: HTTPServerRequestPart) {
        switch part {
        case .head(let head):
            startStream(head)
        case .body(let body):
            stream?.decodeData(body)
        case .end(let trailers):
            currentRequestEnded = true
            // Envoy drops HTTP/1 request trailers unless `enable_trailers` (which nuncio refuses).
            stream?.decodeEnd(trailers: isHTTP2 ? trailers : nil)
        }
    }

    func startStream(_ head: HTTPRequestHead) {
        guard let worker else { return }
        currentRequestEnded = false
        responseInFlight = true
        responseStarted = false
        var head = head
        let refusal = isHTTP2 ? nil : checkHTTP1(&head)
        currentHead = head
        let stream = ActiveStream(encoder: self, listener: listener, worker: worker, head: head)
        self.stream = stream
        if let refusal {
            delayClose = true
            if refusal.flags.contains(.downstreamProtocolError) { listener.stats.downstreamCxProtocolError.inc() }
            stream.sendProtocolError(refusal, alreadyCounted: false)
            return
        }
        stream.decodeHeaders(endStream: Self.hasNoBody(head))
    }

    /// A request without framing for a body ends with its headers (the HTTP/2 codec adds `content-length: 0` to a
    /// stream that ended with its HEADERS frame).
    private static func hasNoBody(_ head: HTTPRequestHead) -> Bool {
        var noBody = true
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 14 where HeaderName.equals(name, "content-length"): noBody = noBody && value == "0"
            case 17 where HeaderName.equals(name, "transfer-encoding"): return false
            default: continue
            }
        }
        return noBody
    }

    /// Envoy's HTTP/1 checks and edits (see `HTTP1RequestChecks`), plus what they mean for this connection.
    func checkHTTP1(_ head: inout HTTPRequestHead) -> LocalReply? {
        if let refusal = HTTP1RequestChecks.apply(
            to: &head, acceptHTTP10: listener.manager.acceptHTTP10, underscores: listener.http1Underscores)
        {
            return refusal
        }
        // `default_host_for_http_10`: an HTTP/1.0 request without a Host routes as if it had this one.
        if head.version == .http1_0, let host = listener.manager.defaultHostForHTTP10,
            !head.headers.contains(name: "host")
        {
            head.headers.add(name: "host", value: host)
        }
        // The parser reads nothing after CONNECT; Envoy closes after CONNECT's answer.
        if head.method == .CONNECT {
            closeAfterResponse = true
            delayClose = true
        }
        // Envoy answers `Expect: 100-continue` itself and does not forward it.
        if head.headers["expect"].contains(where: { $0.lowercased() == "100-continue" }), let context {
            head.headers.remove(name: "expect")
            var buffer = context.channel.allocator.buffer(capacity: 32)
            _ = HTTP1ResponseEncoding.writeHead(HTTPResponseHead(version: .http1_1, status: .continue), into: &buffer)
            timeouts?.wrote(isEnd: false)
            account.wrote(buffer.readableBytes)
            context.writeAndFlush(NIOAny(buffer), promise: nil)
        }
        return nil
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // NIO's quiescing: a drain (an HTTP/2 stream's connection answers it with GOAWAY instead).
        if event is ChannelShouldQuiesceEvent, !isHTTP2 {
            drain(context)
            return
        }
        if event is ListenerUpdateDrain, !isHTTP2 {
            drain(context, closeIdle: false)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// Closes now when idle (with `closeIdle`), else after the response in flight (which then carries
    /// `connection: close`).
    func drain(_ context: ChannelHandlerContext, closeIdle: Bool = true) {
        let idle = stream == nil && !responseInFlight
        guard closeIdle || !idle else {
            drainOnNextResponse = true
            return
        }
        closing = true
        if idle { closeLocally(context) }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        stream?.downstreamReadComplete()
        context.flush()
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timeouts?.stop()
        closing = true
        if let stream {
            if !stream.isComplete { account.closedWithActiveRequest = true }
            self.stream = nil
            stream.downstreamClosed()
        }
        inbound = nil
        context.fireChannelInactive()
    }

    /// Closes the connection (an HTTP/2 stream: the stream) from Nuncio's side.
    func closeLocally(_ context: ChannelHandlerContext) {
        if !isHTTP2 { account.closingLocally() }
        context.close(promise: nil)
    }

    /// A close asked for from outside the handler (a drain, shutdown, a delayed close) is a local one too.
    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        if !isHTTP2 { account.closingLocally() }
        context.close(mode: mode, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        closeLocally(context)
    }

    /// A request the parser refused gets Envoy's answer; the parser reads nothing after it.
    func parseFailed(_ error: HTTP1ParseError, context: ChannelHandlerContext) {
        guard !closing, pendingError == nil else { return }
        listener.stats.downstreamCxProtocolError.inc()
        pendingError = error.localReply
        answerPendingError(context)
    }

    /// Answers the parse error now: the request it broke (mid-body, trailers) is abandoned upstream first.
    /// Once that request's response has begun, Envoy can only reset, and so does this.
    func answerPendingError(_ context: ChannelHandlerContext) {
        guard let worker, let reply = pendingError.take() else { return }
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "", headers: [:])
        let aborting = stream != nil || responseInFlight
        if aborting {
            guard !responseStarted, let broken = stream else {
                closing = true
                closeLocally(context)
                return
            }
            head = currentHead ?? head
            stream = nil
            broken.downstreamClosed()
        }
        // Malformed requests are answered as if by a stream, so stats and access log see them (DPE).
        currentRequestEnded = true
        responseInFlight = true
        responseStarted = false
        delayClose = true
        let stream = ActiveStream(encoder: self, listener: listener, worker: worker, head: head)
        self.stream = stream
        stream.sendProtocolError(reply, alreadyCounted: aborting)
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
}

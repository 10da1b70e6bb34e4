import NIOCore
import NIOHTTP1

/// The response side of `DownstreamHandler` (Envoy's `ResponseEncoder`): HTTP/1.1 heads and bodies as bytes (chunked
/// when the response asks for it), HTTP/2 stream parts to the stream's codec, and what follows a response: the next
/// pipelined request, or the close Envoy makes. Event-loop bound.
extension DownstreamHandler {
    func writeResponseHead(_ head: HTTPResponseHead, closeAfter: Bool) {
        guard let context else { return }
        var head = head
        responseStarted = true
        // Envoy's drain decision holds while health checks fail: every response drains its connection. A listener
        // update's drain decides per response, as Envoy's drain manager does.
        let draining = listener.state.shuttingDown || listener.state.healthCheckFailed || listener.drainClose()
        if draining && isHTTP2 {
            context.channel.parent?.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        }
        let closeAfter = closeAfter || closing || drainOnNextResponse || draining
        if (closeAfter || closeAfterResponse) && !isHTTP2 {
            // `closing` drops further input; after CONNECT the request's end must still reach the stream.
            if closeAfter { closing = true }
            if !head.headers.contains(name: "connection") { head.headers.add(name: "connection", value: "close") }
        }
        if isHTTP2 {
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            return
        }
        timeouts?.wrote(isEnd: false)
        var buffer = context.channel.allocator.buffer(capacity: 256)
        responseChunked = HTTP1ResponseEncoding.writeHead(head, into: &buffer)
        account.wrote(buffer.readableBytes)
        context.write(NIOAny(buffer), promise: nil)
    }

    func writeResponseBody(_ body: ByteBuffer, flush: Bool) {
        guard let context else { return }
        if isHTTP2 {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        } else {
            timeouts?.wrote(isEnd: false)
            // An empty chunk would end a chunked body early: it is not framed, and so adds nothing.
            if responseChunked && body.readableBytes > 0 {
                let prefix = HTTP1HeadWriter.chunkPrefix(size: body.readableBytes, allocator: context.channel.allocator)
                account.wrote(prefix.readableBytes + body.readableBytes + 2)
                context.write(NIOAny(prefix), promise: nil)
                context.write(NIOAny(body), promise: nil)
                context.write(NIOAny(Self.crlf), promise: nil)
            } else {
                account.wrote(body.readableBytes)
                context.write(NIOAny(body), promise: nil)
            }
        }
        if flush { context.flush() }
    }

    static let crlf = ByteBuffer(staticString: "\r\n")
    static let lastChunk = ByteBuffer(staticString: "0\r\n\r\n")

    func flush() {
        context?.flush()
    }

    func writeResponseEnd(trailers: HTTPHeaders?) {
        guard let context else { return }
        if isHTTP2 {
            context.writeAndFlush(wrapOutboundOut(.end(trailers)), promise: nil)
            return
        }
        timeouts?.wrote(isEnd: true)
        if responseChunked {
            responseChunked = false
            if let trailers, !trailers.isEmpty {
                var buffer = context.channel.allocator.buffer(capacity: 64)
                buffer.writeStaticString("0\r\n")
                for (name, value) in trailers { buffer.writeString("\(name): \(value)\r\n") }
                buffer.writeStaticString("\r\n")
                account.wrote(buffer.readableBytes)
                context.write(NIOAny(buffer), promise: nil)
            } else {
                account.wrote(Self.lastChunk.readableBytes)
                context.write(NIOAny(Self.lastChunk), promise: nil)
            }
        }
        context.flush()
    }

    func resetStream() {
        closing = true
        if let context { closeLocally(context) }
    }

    func streamFinished(_ finished: ActiveStream, keepAlive: Bool) {
        guard stream === finished, let context else { return }
        stream = nil
        responseInFlight = false
        if isHTTP2 {
            return
        }
        if !keepAlive || closing || closeAfterResponse {
            closing = true
            scheduleClose(context)
            return
        }
        // Next pipelined request, if one is waiting.
        currentRequestEnded = false
        parseInbound()
        if closing { return }
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
    func scheduleClose(_ context: ChannelHandlerContext) {
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

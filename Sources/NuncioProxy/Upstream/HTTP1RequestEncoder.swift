import NIOCore
import NIOHTTP1

/// Encodes requests to an HTTP/1.1 upstream, framed by NIOHTTP1's `HTTPRequestEncoder` rules, with the head written
/// by `HTTP1HeadWriter` (NIOHTTP1's header writing was about 6,000 instructions a request). Event-loop bound.
final class HTTP1RequestEncoder: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = IOData

    private var chunked = false
    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    /// The body and end of an unchunked request, written from here: the response decoder and this encoder would
    /// only pass them on, after two dynamic casts. False when the part must take the pipeline (a head, chunking).
    func writeDirectly(_ part: HTTPClientRequestPart, flush: Bool) -> Bool {
        guard let context, !chunked else { return false }
        switch part {
        case .body(.byteBuffer(let buffer)):
            context.write(wrapOutboundOut(.byteBuffer(buffer)), promise: nil)
        case .end(nil):
            break
        default:
            return false
        }
        if flush { context.flush() }
        return true
    }

    /// Whether the body of `head` goes chunked: by method, a length, a coding and the version, as NIOHTTP1 decides.
    static func isChunked(_ head: HTTPRequestHead) -> Bool {
        guard head.version.major == 1 && head.version.minor >= 1 else { return false }
        switch head.method {
        case .TRACE:
            return false
        case .POST, .PUT, .PATCH:
            return !head.headers.contains(name: "content-length")
        default:
            return !head.headers.contains(name: "content-length")
                && head.headers["transfer-encoding"].first == "chunked"
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head):
            frame(&head)
            var buffer = context.channel.allocator.buffer(capacity: 0)
            HTTP1HeadWriter.write(HTTP1HeadWriter.requestLine(head), headers: head.headers, into: &buffer)
            context.write(wrapOutboundOut(.byteBuffer(buffer)), promise: promise)
        case .body(let body):
            guard chunked && body.readableBytes > 0 else {
                context.write(wrapOutboundOut(body), promise: promise)
                return
            }
            let prefix = HTTP1HeadWriter.chunkPrefix(size: body.readableBytes, allocator: context.channel.allocator)
            context.write(wrapOutboundOut(.byteBuffer(prefix)), promise: nil)
            context.write(wrapOutboundOut(body), promise: nil)
            context.write(wrapOutboundOut(.byteBuffer(ByteBuffer(staticString: "\r\n"))), promise: promise)
        case .end(let trailers):
            guard chunked else {
                // Nothing to write; an empty write keeps the promise in order with the writes before it.
                if let promise { context.write(wrapOutboundOut(.byteBuffer(ByteBuffer())), promise: promise) }
                return
            }
            chunked = false
            var buffer = context.channel.allocator.buffer(capacity: 8)
            buffer.writeStaticString("0\r\n")
            if let trailers {
                for (name, value) in trailers {
                    buffer.writeString(name)
                    buffer.writeStaticString(": ")
                    buffer.writeString(value)
                    buffer.writeStaticString("\r\n")
                }
            }
            buffer.writeStaticString("\r\n")
            context.write(wrapOutboundOut(.byteBuffer(buffer)), promise: promise)
        }
    }

    /// NIOHTTP1's framing: no body (TRACE), no framing headers; a length wins over a coding; a body expected
    /// (POST, PUT, PATCH) without either goes chunked on 1.1; other methods keep what they say.
    private func frame(_ head: inout HTTPRequestHead) {
        let expectsBody = head.method == .POST || head.method == .PUT || head.method == .PATCH
        if head.method == .TRACE {
            head.headers.remove(name: "content-length")
            head.headers.remove(name: "transfer-encoding")
            chunked = false
        } else if head.headers.contains(name: "content-length") {
            if head.headers.contains(name: "transfer-encoding") { head.headers.remove(name: "transfer-encoding") }
            chunked = false
        } else if head.version.major == 1 && head.version.minor >= 1 {
            if expectsBody { head.headers.replaceOrAdd(name: "transfer-encoding", value: "chunked") }
            chunked = Self.isChunked(head)
        } else {
            chunked = false
        }
    }
}

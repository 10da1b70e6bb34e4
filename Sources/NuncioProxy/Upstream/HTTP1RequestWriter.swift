import NIOCore
import NIOHTTP1

/// Encodes requests to an HTTP/1.1 upstream, framed by NIOHTTP1's `HTTPRequestEncoder` rules, with the head written
/// by `HTTP1HeadWriter` (NIOHTTP1's header writing was about 6,000 instructions a request). The upstream handler
/// writes what it gives straight to the socket's end of the pipeline. A value type, owned by one connection.
struct HTTP1RequestWriter {
    private var chunked = false

    private static let crlf = ByteBuffer(staticString: "\r\n")

    /// Hands the bytes of `part` to `emit`, in order.
    mutating func write(
        _ part: HTTPClientRequestPart, allocator: ByteBufferAllocator, emit: (ByteBuffer) -> Void
    ) {
        switch part {
        case .head(var head):
            frame(&head)
            var buffer = allocator.buffer(capacity: 0)
            HTTP1HeadWriter.write(HTTP1HeadWriter.requestLine(head), headers: head.headers, into: &buffer)
            emit(buffer)
        case .body(let body):
            guard case .byteBuffer(let buffer) = body else { preconditionFailure("file regions are not proxied") }
            guard chunked && buffer.readableBytes > 0 else {
                emit(buffer)
                return
            }
            emit(HTTP1HeadWriter.chunkPrefix(size: buffer.readableBytes, allocator: allocator))
            emit(buffer)
            emit(Self.crlf)
        case .end(let trailers):
            guard chunked else { return }
            chunked = false
            var buffer = allocator.buffer(capacity: 8)
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
            emit(buffer)
        }
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

    /// NIOHTTP1's framing: no body (TRACE), no framing headers; a length wins over a coding; a body expected
    /// (POST, PUT, PATCH) without either goes chunked on 1.1; other methods keep what they say.
    private mutating func frame(_ head: inout HTTPRequestHead) {
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

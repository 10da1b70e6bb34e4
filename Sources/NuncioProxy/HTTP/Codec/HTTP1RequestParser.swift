import NIOCore
import NIOHTTP1

/// The downstream HTTP/1.1 request parser: bytes in a `ByteBuffer` to request parts, with the framing rules and
/// tolerances of Envoy 1.40's Balsa parser (`Tests/Fixtures/hostile/corpus.json` holds its answers). It replaces
/// NIOHTTP1's llhttp decoder, whose `ByteToMessageHandler`, callbacks and pipeline hops cost about a fifth of a
/// proxied request. A head is parsed once all of it has arrived; the body is read by `HTTP1BodyReader`. After an
/// error it reads nothing more. A value type, owned by one connection.
struct HTTP1RequestParser {
    private enum State {
        case head
        case body
        /// After an error, or CONNECT (whose bytes are not HTTP).
        case stopped
    }

    private var state = State.head
    private var scan = HTTP1FieldLines.BlockScan()
    private var reader: HTTP1BodyReader
    private var stopAfterEnd = false
    private let limits: HTTP1FieldLines.Limits

    init(limits: HTTP1FieldLines.Limits) {
        self.limits = limits
        self.reader = HTTP1BodyReader(.none, limits: limits)
    }

    /// The next part from the front of `buffer`, consuming its bytes; nil when more bytes are needed (or none will
    /// be read again).
    mutating func next(from buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPServerRequestPart? {
        do {
            switch state {
            case .head:
                return try head(&buffer)
            case .body:
                let part: HTTPServerRequestPart? = try reader.next(from: &buffer)
                if reader.isDone { state = stopAfterEnd ? .stopped : .head }
                return part
            case .stopped:
                return nil
            }
        } catch {
            state = .stopped
            throw error
        }
    }

    // MARK: Head

    private mutating func head(_ buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPServerRequestPart? {
        // Empty lines before a request are skipped (RFC 9112 §2.2), as Envoy does.
        if scan.scanned == 0 {
            while let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) {
                if first == HTTP1FieldLines.lf {
                    buffer.moveReaderIndex(forwardBy: 1)
                } else if first == HTTP1FieldLines.cr, buffer.readableBytes >= 2 {
                    guard buffer.getInteger(at: buffer.readerIndex + 1, as: UInt8.self) == HTTP1FieldLines.lf else {
                        break
                    }
                    buffer.moveReaderIndex(forwardBy: 2)
                } else {
                    break
                }
            }
            if buffer.readableBytes == 0 || buffer.readableBytes == 1 && buffer.readableBytesView.first == 13 {
                return nil
            }
        }
        let limits = self.limits
        guard let head = try scan.take(from: &buffer, limits: limits, { block throws(HTTP1ParseError) in
            try Self.parseHead(block, limits: limits)
        }) else { return nil }
        reader = HTTP1BodyReader(try Self.framing(head), limits: limits)
        state = .body
        if head.method == .CONNECT { stopAfterEnd = true }
        return .head(head)
    }

    /// The request line and header fields of a complete head (its final empty line included).
    private static func parseHead(
        _ bytes: UnsafeRawBufferPointer, limits: HTTP1FieldLines.Limits
    ) throws(HTTP1ParseError) -> HTTPRequestHead {
        let (lineEnd, headersStart) = HTTP1FieldLines.startLine(bytes)
        // Method, target and version, separated by spaces or tabs.
        let isBlank = HTTP1FieldLines.isBlank
        var index = 0
        while index < lineEnd && HTTP1FieldLines.isTokenByte(bytes[index]) { index += 1 }
        guard let method = HTTP1Methods.method(UnsafeRawBufferPointer(rebasing: bytes[0..<index])) else {
            throw .badRequest
        }
        guard index < lineEnd, isBlank(bytes[index]) else { throw .badRequest }
        while index < lineEnd && isBlank(bytes[index]) { index += 1 }
        let targetStart = index
        while index < lineEnd && bytes[index] > 32 && bytes[index] < 127 { index += 1 }
        guard index > targetStart, index == lineEnd || isBlank(bytes[index]) else { throw .badRequest }
        let target = UnsafeRawBufferPointer(rebasing: bytes[targetStart..<index])
        while index < lineEnd && isBlank(bytes[index]) { index += 1 }
        let versionStart = index
        while index < lineEnd && !isBlank(bytes[index]) { index += 1 }
        let version = try Self.version(UnsafeRawBufferPointer(rebasing: bytes[versionStart..<index]))
        while index < lineEnd && isBlank(bytes[index]) { index += 1 }
        guard index == lineEnd else { throw .badRequest }

        let fields = try HTTP1FieldLines.fields(of: bytes, from: headersStart, counted: target.count, limits: limits)
        return HTTPRequestHead(
            version: version, method: method, uri: String(decoding: target, as: UTF8.self),
            headers: HTTPHeaders(fields))
    }

    /// `HTTP/d.d`; no version at all is HTTP/0.9, which the connection manager refuses (426) as Envoy does.
    private static func version(_ token: UnsafeRawBufferPointer) throws(HTTP1ParseError) -> HTTPVersion {
        if token.isEmpty { return HTTPVersion(major: 0, minor: 9) }
        guard let version = HTTP1FieldLines.version(token) else { throw .badRequest }
        return version
    }

    // MARK: Body framing

    /// RFC 9112 §6.3 as Envoy applies it: `transfer-encoding` must be a lone `chunked` (501 otherwise) and never
    /// comes with `content-length`; one `content-length` of digits only; neither means no body.
    private static func framing(_ head: HTTPRequestHead) throws(HTTP1ParseError) -> HTTP1BodyReader.Framing {
        var contentLength: Int?
        var lengths = 0
        var codings = 0
        var chunked = false
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 14 where HeaderName.equals(name, "content-length"):
                lengths += 1
                contentLength = HTTP1FieldLines.contentLength(value)
            case 17 where HeaderName.equals(name, "transfer-encoding"):
                codings += 1
                chunked = value.utf8.count == 7 && HeaderName.equals(value, "chunked")
            default:
                break
            }
        }
        if codings > 0 {
            guard lengths == 0 else { throw .badRequest }
            guard codings == 1, chunked, head.method != .CONNECT else { throw .notImplemented }
            return .chunked
        }
        guard lengths > 0 else { return .none }
        guard lengths == 1, let contentLength else { throw .badRequest }
        return .length(contentLength)
    }
}

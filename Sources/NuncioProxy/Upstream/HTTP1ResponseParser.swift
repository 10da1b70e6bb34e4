import NIOCore
import NIOHTTP1

/// The upstream HTTP/1.1 response parser: bytes to response parts, framed by RFC 9112 §6.3 — no body after HEAD,
/// 1xx, 204 and 304; `chunked`; a `content-length`; else every byte until the upstream closes. 1xx heads are
/// dropped, as NIOHTTP1's decoder did. What llhttp refused (both framings at once, a bad or repeated length) is a
/// protocol error (Envoy's 503 `protocol error`). A value type, owned by one upstream connection.
struct HTTP1ResponseParser {
    private enum State {
        case head
        case body
        case stopped
    }

    private var state = State.head
    private var scan = HTTP1FieldLines.BlockScan()
    private var reader: HTTP1BodyReader
    private let limits: HTTP1FieldLines.Limits
    /// The request being answered is a HEAD: its response has no body whatever its head says.
    var answersHEAD = false

    init(limits: HTTP1FieldLines.Limits) {
        self.limits = limits
        self.reader = HTTP1BodyReader(.none, limits: limits)
    }

    /// Whether a response is under way (its head read, its end not yet).
    var inResponse: Bool {
        if case .body = state { return true }
        return false
    }

    /// The next part from the front of `buffer`, consuming its bytes; nil when more bytes are needed.
    mutating func next(from buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPClientResponsePart? {
        do {
            switch state {
            case .head:
                return try head(&buffer)
            case .body:
                let part: HTTPClientResponsePart? = try reader.next(from: &buffer)
                if reader.isDone { state = .head }
                return part
            case .stopped:
                return nil
            }
        } catch {
            state = .stopped
            throw error
        }
    }

    /// The upstream closed: the end of a body that runs until then, else nothing (the response was cut short).
    mutating func connectionClosed() -> HTTPClientResponsePart? {
        guard case .body = state, reader.endsAtClose else { return nil }
        state = .stopped
        return .end(nil)
    }

    private mutating func head(_ buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPClientResponsePart? {
        let limits = self.limits
        while true {
            guard buffer.readableBytes > 0,
                let head = try scan.take(from: &buffer, limits: limits, { block throws(HTTP1ParseError) in
                    try Self.parseHead(block, limits: limits)
                })
            else { return nil }
            let code = head.status.code
            if code >= 100 && code < 200 && code != 101 { continue }
            let noBody = answersHEAD || code < 200 || code == 204 || code == 304
            reader = HTTP1BodyReader(noBody ? .none : try Self.framing(head), limits: limits)
            state = .body
            return .head(head)
        }
    }

    /// `HTTP/d.d SP 3DIGIT [SP reason]`, then header fields.
    private static func parseHead(
        _ bytes: UnsafeRawBufferPointer, limits: HTTP1FieldLines.Limits
    ) throws(HTTP1ParseError) -> HTTPResponseHead {
        let (lineEnd, headersStart) = HTTP1FieldLines.startLine(bytes)
        let digit = HTTP1FieldLines.digit
        guard lineEnd >= 12, let version = HTTP1FieldLines.version(UnsafeRawBufferPointer(rebasing: bytes[..<8])),
            bytes[8] == 32, let hundreds = digit(bytes[9]), let tens = digit(bytes[10]), let units = digit(bytes[11]),
            hundreds > 0, lineEnd == 12 || bytes[12] == 32
        else { throw .badRequest }
        let reasonStart = min(13, lineEnd)
        for index in reasonStart..<lineEnd where bytes[index] < 32 && bytes[index] != 9 || bytes[index] == 127 {
            throw .badRequest
        }
        let fields = try HTTP1FieldLines.fields(of: bytes, from: headersStart, counted: 0, limits: limits)
        let reason = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[reasonStart..<lineEnd]), as: UTF8.self)
        return HTTPResponseHead(
            version: version,
            status: HTTPResponseStatus(statusCode: hundreds * 100 + tens * 10 + units, reasonPhrase: reason),
            headers: HTTPHeaders(fields))
    }

    /// A final `chunked` coding frames the body, any other coding runs it to the close; one `content-length`
    /// otherwise (both, or a bad or repeated length, are refused); neither runs to the close.
    private static func framing(_ head: HTTPResponseHead) throws(HTTP1ParseError) -> HTTP1BodyReader.Framing {
        var contentLength: Int?
        var lengths = 0
        var lastCoding: Substring?
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 14 where HeaderName.equals(name, "content-length"):
                lengths += 1
                contentLength = HTTP1FieldLines.contentLength(value)
            case 17 where HeaderName.equals(name, "transfer-encoding"):
                lastCoding = value.split(separator: ",").last ?? ""
            default:
                break
            }
        }
        if let lastCoding {
            guard lengths == 0 else { throw .badRequest }
            var coding = lastCoding
            while coding.first == " " || coding.first == "\t" { coding = coding.dropFirst() }
            while coding.last == " " || coding.last == "\t" { coding = coding.dropLast() }
            return coding.utf8.count == 7 && HeaderName.equals(String(coding), "chunked") ? .chunked : .untilClose
        }
        guard lengths > 0 else { return .untilClose }
        guard lengths == 1, let contentLength else { throw .badRequest }
        return .length(contentLength)
    }
}

import NIOCore
import NIOHTTP1

/// The downstream HTTP/1.1 request parser: bytes in a `ByteBuffer` to request parts, with the framing rules and
/// tolerances of Envoy 1.40's Balsa parser (`Tests/Fixtures/hostile/corpus.json` holds its answers). It replaces
/// NIOHTTP1's llhttp decoder, whose `ByteToMessageHandler`, callbacks and pipeline hops cost about a fifth of a
/// proxied request. A head is parsed once all of it has arrived; bodies are handed on as slices of the input, not
/// copied. After an error it reads nothing more. A value type, owned by one connection.
struct HTTP1RequestParser {
    private enum State {
        case head
        /// The head had no body, or the body ended: `.end` comes next.
        case end(trailers: HTTPHeaders?)
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        /// The line break after a chunk's data (Balsa skips to the line's end).
        case chunkDataEnd
        case trailers
        /// After an error, or CONNECT (whose bytes are not HTTP).
        case stopped
    }

    private var state = State.head
    private var scan = HTTP1FieldLines.BlockScan()
    private var stopAfterEnd = false
    private let limits: HTTP1FieldLines.Limits

    /// The longest chunk-size line, or line end after chunk data, waited for.
    private static let maxChunkLine = 4096

    init(limits: HTTP1FieldLines.Limits) {
        self.limits = limits
    }

    /// The next part from the front of `buffer`, consuming its bytes; nil when more bytes are needed (or none will
    /// be read again).
    mutating func next(from buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPServerRequestPart? {
        do {
            return try step(&buffer)
        } catch {
            state = .stopped
            throw error
        }
    }

    private mutating func step(_ buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPServerRequestPart? {
        switch state {
        case .head:
            return try head(&buffer)
        case .end(let trailers):
            state = stopAfterEnd ? .stopped : .head
            return .end(trailers)
        case .fixedBody(let remaining):
            guard buffer.readableBytes > 0 else { return nil }
            let length = min(remaining, buffer.readableBytes)
            state = length == remaining ? .end(trailers: nil) : .fixedBody(remaining: remaining - length)
            return .body(buffer.readSlice(length: length)!)
        case .chunkSize:
            guard let line = try Self.chunkLine(&buffer) else { return nil }
            let size = try Self.chunkSize(line)
            state = size == 0 ? .trailers : .chunkData(remaining: size)
            return try step(&buffer)
        case .chunkData(let remaining):
            guard buffer.readableBytes > 0 else { return nil }
            let length = min(remaining, buffer.readableBytes)
            state = length == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - length)
            return .body(buffer.readSlice(length: length)!)
        case .chunkDataEnd:
            let skipped: Int? = buffer.withUnsafeReadableBytes { bytes in
                bytes.prefix(Self.maxChunkLine).firstIndex(of: HTTP1FieldLines.lf)
            }
            guard let skipped else {
                if buffer.readableBytes >= Self.maxChunkLine { throw .badRequest }
                return nil
            }
            buffer.moveReaderIndex(forwardBy: skipped + 1)
            state = .chunkSize
            return try step(&buffer)
        case .trailers:
            return try trailers(&buffer)
        case .stopped:
            return nil
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
        let parsed: (head: HTTPRequestHead, length: Int)? = try buffer.withUnsafeReadableBytes {
            bytes throws(HTTP1ParseError) in
            guard let end = scan.end(in: bytes) else {
                // Waiting for the rest of a head already past the limit would let one client hold any amount.
                if bytes.count > 2 * limits.bytes + 64 * limits.count { throw .headersTooLarge }
                return nil
            }
            let block = UnsafeRawBufferPointer(rebasing: bytes[..<end])
            return (try Self.parseHead(block, limits: limits), end)
        }
        guard let parsed else { return nil }
        scan = HTTP1FieldLines.BlockScan()
        buffer.moveReaderIndex(forwardBy: parsed.length)
        try frameBody(parsed.head)
        return .head(parsed.head)
    }

    /// The request line and header fields of a complete head (its final empty line included).
    private static func parseHead(
        _ bytes: UnsafeRawBufferPointer, limits: HTTP1FieldLines.Limits
    ) throws(HTTP1ParseError) -> HTTPRequestHead {
        var lineEnd = 0
        while bytes[lineEnd] != HTTP1FieldLines.lf { lineEnd += 1 }
        let headersStart = lineEnd + 1
        if lineEnd > 0 && bytes[lineEnd - 1] == HTTP1FieldLines.cr { lineEnd -= 1 }
        // Method, target and version, separated by spaces or tabs.
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

        var fields: [(String, String)] = []
        fields.reserveCapacity(8)
        let fieldsEnd = bytes.count - (bytes.count >= 2 && bytes[bytes.count - 2] == HTTP1FieldLines.cr ? 2 : 1)
        if fieldsEnd > headersStart {
            try HTTP1FieldLines.parse(
                UnsafeRawBufferPointer(rebasing: bytes[..<fieldsEnd]), from: headersStart,
                counted: target.count, limits: limits, into: &fields)
        } else if target.count > limits.bytes {
            throw .headersTooLarge
        }
        return HTTPRequestHead(
            version: version, method: method, uri: String(decoding: target, as: UTF8.self),
            headers: HTTPHeaders(fields))
    }

    /// `HTTP/d.d`; no version at all is HTTP/0.9, which the connection manager refuses (426) as Envoy does.
    private static func version(_ token: UnsafeRawBufferPointer) throws(HTTP1ParseError) -> HTTPVersion {
        if token.isEmpty { return HTTPVersion(major: 0, minor: 9) }
        guard token.count == 8, token[0] == 72, token[1] == 84, token[2] == 84, token[3] == 80, token[4] == 47,
            token[6] == 46, let major = digit(token[5]), let minor = digit(token[7])
        else { throw .badRequest }
        return HTTPVersion(major: major, minor: minor)
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9
    }

    // MARK: Body framing

    /// RFC 9112 §6.3 as Envoy applies it: `transfer-encoding` must be a lone `chunked` (501 otherwise) and never
    /// comes with `content-length`; one `content-length` of digits only; neither means no body.
    private mutating func frameBody(_ head: HTTPRequestHead) throws(HTTP1ParseError) {
        var contentLength: Int?
        var lengths = 0
        var codings = 0
        var chunked = false
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 14 where HeaderName.equals(name, "content-length"):
                lengths += 1
                contentLength = Self.decimal(value)
            case 17 where HeaderName.equals(name, "transfer-encoding"):
                codings += 1
                chunked = value.utf8.count == 7 && HeaderName.equals(value, "chunked")
            default:
                break
            }
        }
        if head.method == .CONNECT { stopAfterEnd = true }
        if codings > 0 {
            guard lengths == 0 else { throw .badRequest }
            guard codings == 1, chunked, head.method != .CONNECT else { throw .notImplemented }
            state = .chunkSize
        } else if lengths > 0 {
            guard lengths == 1, let contentLength else { throw .badRequest }
            state = contentLength == 0 ? .end(trailers: nil) : .fixedBody(remaining: contentLength)
        } else {
            state = .end(trailers: nil)
        }
    }

    /// A `content-length` value: digits only, at most 18 of them (no sign, list or overflow).
    private static func decimal(_ value: String) -> Int? {
        var result = 0
        var count = 0
        for byte in value.utf8 {
            guard let digit = digit(byte), count < 18 else { return nil }
            result = result * 10 + digit
            count += 1
        }
        return count > 0 ? result : nil
    }

    // MARK: Chunks

    /// A chunk-size line without its CRLF; nil until all of it has arrived. A bare LF ends none, as in Envoy.
    private static func chunkLine(_ buffer: inout ByteBuffer) throws(HTTP1ParseError) -> ByteBuffer? {
        let lf: Int? = buffer.withUnsafeReadableBytes { bytes in
            bytes.prefix(maxChunkLine).firstIndex(of: HTTP1FieldLines.lf)
        }
        guard let lf else {
            if buffer.readableBytes >= maxChunkLine { throw .badRequest }
            return nil
        }
        guard lf > 0, buffer.getInteger(at: buffer.readerIndex + lf - 1, as: UInt8.self) == HTTP1FieldLines.cr else {
            throw .badRequest
        }
        let line = buffer.getSlice(at: buffer.readerIndex, length: lf - 1)!
        buffer.moveReaderIndex(forwardBy: lf + 1)
        return line
    }

    /// Hex digits (at most 16, no sign or prefix), optional spaces, then an optional `;` extension.
    private static func chunkSize(_ line: ByteBuffer) throws(HTTP1ParseError) -> Int {
        try line.withUnsafeReadableBytes { bytes throws(HTTP1ParseError) in
            var size = 0
            var index = 0
            while index < bytes.count, let digit = hexDigit(bytes[index]) {
                guard index < 15 else { throw .badRequest }
                size = size << 4 | digit
                index += 1
            }
            guard index > 0 else { throw .badRequest }
            while index < bytes.count && isBlank(bytes[index]) { index += 1 }
            if index < bytes.count {
                guard bytes[index] == 59 else { throw .badRequest }
                // A CR inside an extension is a bare CR: refused, as Envoy does.
                guard !bytes[index...].contains(HTTP1FieldLines.cr) else { throw .badRequest }
            }
            return size
        }
    }

    @inline(__always)
    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case 48...57: return Int(byte - 48)
        case 65...70: return Int(byte - 55)
        case 97...102: return Int(byte - 87)
        default: return nil
        }
    }

    private mutating func trailers(_ buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPServerRequestPart? {
        let limits = self.limits
        let parsed: (fields: [(String, String)], length: Int)? = try buffer.withUnsafeReadableBytes {
            bytes throws(HTTP1ParseError) in
            guard let end = scan.end(in: bytes) else {
                if bytes.count > 2 * limits.bytes + 64 * limits.count { throw .headersTooLarge }
                return nil
            }
            let fieldsEnd = end - (end >= 2 && bytes[end - 2] == HTTP1FieldLines.cr ? 2 : 1)
            var fields: [(String, String)] = []
            if fieldsEnd > 0 {
                try HTTP1FieldLines.parse(
                    UnsafeRawBufferPointer(rebasing: bytes[..<fieldsEnd]), from: 0, limits: limits, into: &fields)
            }
            return (fields, end)
        }
        guard let parsed else { return nil }
        scan = HTTP1FieldLines.BlockScan()
        buffer.moveReaderIndex(forwardBy: parsed.length)
        state = stopAfterEnd ? .stopped : .head
        return .end(parsed.fields.isEmpty ? nil : HTTPHeaders(parsed.fields))
    }
}

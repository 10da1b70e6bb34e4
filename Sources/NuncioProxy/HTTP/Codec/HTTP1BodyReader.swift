import NIOCore
import NIOHTTP1

/// The body of an HTTP/1.1 message after its head, framed as its head said: a length, chunks (then trailers), or,
/// for a response, every byte until the connection closes. Chunks are read as Envoy's Balsa parser reads them: the
/// size line must end in CRLF, spaces may follow the size, and the line's end after a chunk's data is skipped to.
/// Data is handed on as slices of the input, not copied. A value type, owned by one parser.
struct HTTP1BodyReader {
    enum Framing {
        case none
        case length(Int)
        case chunked
        case untilClose
    }

    private enum State {
        case end
        case fixed(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        /// The line break after a chunk's data.
        case chunkDataEnd
        case trailers
        case untilClose
        case done
    }

    private var state: State
    private var scan = HTTP1FieldLines.BlockScan()
    private let limits: HTTP1FieldLines.Limits

    /// The longest chunk-size line, or line end after chunk data, waited for.
    private static let maxChunkLine = 4096

    init(_ framing: Framing, limits: HTTP1FieldLines.Limits) {
        self.limits = limits
        switch framing {
        case .none, .length(0): state = .end
        case .length(let length): state = .fixed(remaining: length)
        case .chunked: state = .chunkSize
        case .untilClose: state = .untilClose
        }
    }

    /// Whether the end has been handed on.
    var isDone: Bool {
        if case .done = state { return true }
        return false
    }

    /// Whether the body runs to the connection's close (which then ends it).
    var endsAtClose: Bool {
        if case .untilClose = state { return true }
        return false
    }

    /// The next body or end part from the front of `buffer`, consuming its bytes; nil when more bytes are needed,
    /// or after the end.
    mutating func next<Head>(from buffer: inout ByteBuffer) throws(HTTP1ParseError) -> HTTPPart<Head, ByteBuffer>? {
        switch state {
        case .end:
            state = .done
            return .end(nil)
        case .fixed(let remaining):
            guard buffer.readableBytes > 0 else { return nil }
            let length = min(remaining, buffer.readableBytes)
            state = length == remaining ? .end : .fixed(remaining: remaining - length)
            return .body(buffer.readSlice(length: length)!)
        case .chunkSize:
            guard let line = try Self.chunkLine(&buffer) else { return nil }
            let size = try Self.chunkSize(line)
            state = size == 0 ? .trailers : .chunkData(remaining: size)
            return try next(from: &buffer)
        case .chunkData(let remaining):
            guard buffer.readableBytes > 0 else { return nil }
            let length = min(remaining, buffer.readableBytes)
            state = length == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - length)
            return .body(buffer.readSlice(length: length)!)
        case .chunkDataEnd:
            guard let lf = try Self.lineFeed(in: buffer) else { return nil }
            buffer.moveReaderIndex(forwardBy: lf + 1)
            state = .chunkSize
            return try next(from: &buffer)
        case .trailers:
            return try trailers(&buffer)
        case .untilClose:
            guard buffer.readableBytes > 0 else { return nil }
            return .body(buffer.readSlice(length: buffer.readableBytes)!)
        case .done:
            return nil
        }
    }

    /// Where the first LF of `buffer` is; nil until one arrives, an error if none comes in `maxChunkLine` bytes.
    private static func lineFeed(in buffer: ByteBuffer) throws(HTTP1ParseError) -> Int? {
        let lf: Int? = buffer.withUnsafeReadableBytes { bytes in
            bytes.prefix(maxChunkLine).firstIndex(of: HTTP1FieldLines.lf)
        }
        if lf == nil && buffer.readableBytes >= maxChunkLine { throw .badRequest }
        return lf
    }

    /// A chunk-size line without its CRLF; nil until all of it has arrived. A bare LF ends none, as in Envoy.
    private static func chunkLine(_ buffer: inout ByteBuffer) throws(HTTP1ParseError) -> ByteBuffer? {
        guard let lf = try lineFeed(in: buffer) else { return nil }
        guard lf > 0, buffer.getInteger(at: buffer.readerIndex + lf - 1, as: UInt8.self) == HTTP1FieldLines.cr else {
            throw .badRequest
        }
        let line = buffer.getSlice(at: buffer.readerIndex, length: lf - 1)!
        buffer.moveReaderIndex(forwardBy: lf + 1)
        return line
    }

    /// Hex digits (at most 15, no sign or prefix), optional spaces, then an optional `;` extension.
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
            while index < bytes.count && HTTP1FieldLines.isBlank(bytes[index]) { index += 1 }
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

    private mutating func trailers<Head>(
        _ buffer: inout ByteBuffer
    ) throws(HTTP1ParseError) -> HTTPPart<Head, ByteBuffer>? {
        let limits = self.limits
        let fields = try scan.take(from: &buffer, limits: limits) { block throws(HTTP1ParseError) in
            try HTTP1FieldLines.fields(of: block, from: 0, counted: 0, limits: limits)
        }
        guard let fields else { return nil }
        state = .done
        return .end(fields.isEmpty ? nil : HTTPHeaders(fields))
    }
}

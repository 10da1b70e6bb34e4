import NIOCore
import NIOHTTP1

/// Header and trailer field lines read as Envoy 1.40's Balsa parser reads them (see
/// `Tests/Fixtures/hostile/corpus.json`): lines end in LF with an optional CR before it; names are tokens with no
/// space before the colon; values lose their surrounding spaces and tabs and may hold bytes from 0x80 but no control
/// character; a line starting with a space or tab continues the previous value (obs-fold); a CR inside a line
/// becomes a space, so none is forwarded.
enum HTTP1FieldLines {
    struct Limits {
        /// Name and value bytes of the whole block (`max_request_headers_kb`).
        var bytes: Int
        /// Fields in the block (`max_headers_count`).
        var count: Int

        /// Envoy's defaults: 60 KiB and 100 fields.
        static let envoyDefaults = Limits(bytes: 60 * 1024, count: 100)

        /// How much of a block that has not ended is waited for: past it, waiting would let one peer hold any amount.
        var waitedBytes: Int { 2 * bytes + 64 * count }
    }

    /// Where a header block ends: the index after the LF of its empty line.
    struct BlockScan {
        /// Bytes from the block's start already looked at.
        var scanned = 0
        /// Where the line being scanned starts.
        var lineStart = 0

        /// Scans `bytes` (the block from its first byte) on from where it stopped; nil while the empty line that
        /// ends the block has not arrived.
        mutating func end(in bytes: UnsafeRawBufferPointer) -> Int? {
            var index = scanned
            let count = bytes.count
            while index < count {
                if bytes[index] == HTTP1FieldLines.lf {
                    let length = index - lineStart
                    if length == 0 || (length == 1 && bytes[lineStart] == HTTP1FieldLines.cr) { return index + 1 }
                    lineStart = index + 1
                }
                index += 1
            }
            scanned = index
            return nil
        }

        /// Hands the block at the front of `buffer` to `parse` once all of it is there, and consumes it; nil while
        /// it is not. The scan starts over for the next block.
        mutating func take<T>(
            from buffer: inout ByteBuffer, limits: Limits,
            _ parse: (UnsafeRawBufferPointer) throws(HTTP1ParseError) -> T
        ) throws(HTTP1ParseError) -> T? {
            let parsed: (value: T, length: Int)? = try buffer.withUnsafeReadableBytes { bytes throws(HTTP1ParseError) in
                guard let end = self.end(in: bytes) else {
                    if bytes.count > limits.waitedBytes { throw .headersTooLarge }
                    return nil
                }
                return (try parse(UnsafeRawBufferPointer(rebasing: bytes[..<end])), end)
            }
            guard let parsed else { return nil }
            self = BlockScan()
            buffer.moveReaderIndex(forwardBy: parsed.length)
            return parsed.value
        }
    }

    /// Where the field lines of `block` (a complete block, from its first field line) end: before its empty line.
    static func fieldsEnd(_ block: UnsafeRawBufferPointer) -> Int {
        block.count - (block.count >= 2 && block[block.count - 2] == cr ? 2 : 1)
    }

    /// Where the start line of a complete head ends (before its CRLF or LF), and where its field lines begin.
    static func startLine(_ block: UnsafeRawBufferPointer) -> (end: Int, next: Int) {
        var end = 0
        while block[end] != lf { end += 1 }
        return (end > 0 && block[end - 1] == cr ? end - 1 : end, end + 1)
    }

    /// The fields of a complete head from `start` (after its start line); `counted` bytes already count against
    /// the limit.
    static func fields(
        of block: UnsafeRawBufferPointer, from start: Int, counted: Int, limits: Limits
    ) throws(HTTP1ParseError) -> [(String, String)] {
        var fields: [(String, String)] = []
        fields.reserveCapacity(8)
        let end = fieldsEnd(block)
        if end > start {
            try parse(
                UnsafeRawBufferPointer(rebasing: block[..<end]), from: start, counted: counted, limits: limits,
                into: &fields)
        } else if counted > limits.bytes {
            throw .headersTooLarge
        }
        return fields
    }

    static let lf: UInt8 = 10
    static let cr: UInt8 = 13

    /// Parses the field lines of `bytes` from `start`: each ends in LF, and the block's empty line is not included.
    /// `counted` bytes (the request line's) already count against the limit, as in Envoy.
    static func parse(
        _ bytes: UnsafeRawBufferPointer, from start: Int, counted: Int = 0, limits: Limits,
        into fields: inout [(String, String)]
    ) throws(HTTP1ParseError) {
        var lineStart = start
        var total = counted
        let end = bytes.count
        while lineStart < end {
            var lineEnd = lineStart
            while bytes[lineEnd] != lf { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == cr { lineEnd -= 1 }
            let first = bytes[lineStart]
            if isBlank(first) {
                // obs-fold: the previous value goes on, after one space.
                guard !fields.isEmpty else { throw .badRequest }
                let more = try value(bytes, lineStart, lineEnd)
                total += more.utf8.count + 1
                if !more.isEmpty {
                    let previous = fields[fields.count - 1].1
                    fields[fields.count - 1].1 = previous.isEmpty ? more : previous + " " + more
                }
            } else {
                var colon = lineStart
                while colon < lineEnd && isTokenByte(bytes[colon]) { colon += 1 }
                guard colon > lineStart, colon < lineEnd, bytes[colon] == 58 else { throw .badRequest }
                total += colon - lineStart
                guard total <= limits.bytes else { throw .headersTooLarge }
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<colon]), as: UTF8.self)
                let fieldValue = try value(bytes, colon + 1, lineEnd)
                total += fieldValue.utf8.count
                fields.append((name, fieldValue))
                guard fields.count <= limits.count else { throw .headersTooLarge }
            }
            guard total <= limits.bytes else { throw .headersTooLarge }
            lineStart = next
        }
    }

    /// The value between `start` and `end`, without its surrounding spaces and tabs.
    private static func value(
        _ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int
    ) throws(HTTP1ParseError) -> String {
        var start = start
        var end = end
        while start < end && isBlank(bytes[start]) { start += 1 }
        while end > start && isBlank(bytes[end - 1]) { end -= 1 }
        var sawCR = false
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 32 && byte != 9 {
                guard byte == cr else { throw .badRequest }
                sawCR = true
            } else if byte == 127 {
                throw .badRequest
            }
            index += 1
        }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        guard sawCR else { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: raw.map { $0 == cr ? 32 : $0 }, as: UTF8.self)
    }

    /// A space or a tab (RFC 9110 `OWS`, and the request line's separators as Envoy reads them).
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9
    }

    @inline(__always)
    static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }

    /// `HTTP/d.d`, exactly: the version of a request or status line.
    static func version(_ token: UnsafeRawBufferPointer) -> HTTPVersion? {
        guard token.count == 8, token[0] == 72, token[1] == 84, token[2] == 84, token[3] == 80, token[4] == 47,
            token[6] == 46, let major = digit(token[5]), let minor = digit(token[7])
        else { return nil }
        return HTTPVersion(major: major, minor: minor)
    }

    /// A `content-length` value: digits only, at most 18 of them (no sign, list or overflow).
    static func contentLength(_ value: String) -> Int? {
        var result = 0
        var count = 0
        for byte in value.utf8 {
            guard let digit = digit(byte), count < 18 else { return nil }
            result = result * 10 + digit
            count += 1
        }
        return count > 0 ? result : nil
    }

    /// RFC 9110 `tchar`.
    @inline(__always)
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
            return true
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E:
            return true
        default:
            return false
        }
    }
}

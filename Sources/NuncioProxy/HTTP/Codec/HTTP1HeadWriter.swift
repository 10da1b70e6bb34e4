import NIOCore
import NIOHTTP1

/// Writes an HTTP/1.1 start line and header block into a `ByteBuffer` with one capacity check and plain copies.
/// `ByteBuffer.writeString` / `writeStaticString` cost about 260 instructions a call each (bounds, capacity,
/// exclusivity), and a head takes four calls per header: this is about a fifth of that.
enum HTTP1HeadWriter {
    /// The start line is the three parts separated by spaces (given apart, so that no string is built for it).
    static func write(_ start: (String, String, String), headers: HTTPHeaders, into buffer: inout ByteBuffer) {
        var size = start.0.utf8.count + start.1.utf8.count + start.2.utf8.count + 6
        for (name, value) in headers { size += name.utf8.count + value.utf8.count + 4 }
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { output in
            var offset = 0
            copy(start.0, to: output, at: &offset)
            output[offset] = 32
            offset += 1
            copy(start.1, to: output, at: &offset)
            output[offset] = 32
            offset += 1
            copy(start.2, to: output, at: &offset)
            put(13, 10, to: output, at: &offset)
            for (name, value) in headers {
                copy(name, to: output, at: &offset)
                put(58, 32, to: output, at: &offset)
                copy(value, to: output, at: &offset)
                put(13, 10, to: output, at: &offset)
            }
            put(13, 10, to: output, at: &offset)
            return offset
        }
    }

    @inline(__always)
    private static func put(
        _ first: UInt8, _ second: UInt8, to output: UnsafeMutableRawBufferPointer, at offset: inout Int
    ) {
        output[offset] = first
        output[offset + 1] = second
        offset += 2
    }

    @inline(__always)
    private static func copy(_ text: String, to output: UnsafeMutableRawBufferPointer, at offset: inout Int) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            UnsafeMutableRawBufferPointer(rebasing: output[offset...]).copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        }
        if let copied {
            offset += copied
        } else {
            for byte in text.utf8 {
                output[offset] = byte
                offset += 1
            }
        }
    }

    /// The chunk-size line that goes before a chunk of `size` bytes (either direction).
    static func chunkPrefix(size: Int, allocator: ByteBufferAllocator) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: 18)
        buffer.writeString(String(size, radix: 16))
        buffer.writeStaticString("\r\n")
        return buffer
    }

    /// The parts of a response's status line, `HTTP/1.1 200 OK` as NIOHTTP1 writes it.
    static func statusLine(_ head: HTTPResponseHead) -> (String, String, String) {
        (versionText(head.version), String(head.status.code), head.status.reasonPhrase)
    }

    /// The parts of a request line, `GET /path HTTP/1.1`.
    static func requestLine(_ head: HTTPRequestHead) -> (String, String, String) {
        (head.method.rawValue, head.uri, versionText(head.version))
    }

    private static func versionText(_ version: HTTPVersion) -> String {
        switch (version.major, version.minor) {
        case (1, 1): return "HTTP/1.1"
        case (1, 0): return "HTTP/1.0"
        default: return "HTTP/\(version.major).\(version.minor)"
        }
    }
}

import NIOCore

/// Runs the HTTP/1.1 parsers over bytes that arrive in pieces, to the end or the first error: for the fuzzer
/// (`Benchmarks/Fuzz`), which links the release library and so cannot reach internal types.
public enum HTTP1ParserDriver {
    /// Request parts from `bytes` fed `pieceSize` at a time (Envoy's default limits); -1 after an error.
    public static func requestParts(_ bytes: UnsafeRawBufferPointer, pieceSize: Int) -> Int {
        var parser = HTTP1RequestParser(limits: .envoyDefaults)
        return feed(bytes, pieceSize: pieceSize) { buffer throws(HTTP1ParseError) in
            try parser.next(from: &buffer) != nil
        }
    }

    /// Response parts from `bytes` fed `pieceSize` at a time, answering a HEAD request or not, then the close;
    /// -1 after an error.
    public static func responseParts(_ bytes: UnsafeRawBufferPointer, pieceSize: Int, answersHEAD: Bool) -> Int {
        var parser = HTTP1ResponseParser(limits: UpstreamChannelHandler.responseLimits)
        parser.answersHEAD = answersHEAD
        let count = feed(bytes, pieceSize: pieceSize) { buffer throws(HTTP1ParseError) in
            try parser.next(from: &buffer) != nil
        }
        guard count >= 0 else { return count }
        return count + (parser.connectionClosed() == nil ? 0 : 1)
    }

    private static func feed(
        _ bytes: UnsafeRawBufferPointer, pieceSize: Int, next: (inout ByteBuffer) throws(HTTP1ParseError) -> Bool
    ) -> Int {
        var buffer = ByteBuffer()
        var parts = 0
        var offset = 0
        let step = max(1, pieceSize)
        repeat {
            let end = min(bytes.count, offset + step)
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
            do {
                while try next(&buffer) { parts += 1 }
            } catch {
                return -1
            }
        } while offset < bytes.count
        return parts
    }
}

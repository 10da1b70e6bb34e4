import NIOCore
import NIOHTTP1

/// HTTP/1.1 response heads written straight into a `ByteBuffer`, framed exactly as NIOHTTP1's `HTTPResponseEncoder`
/// frames them (so local replies stay byte-identical to Envoy's captures). The connection manager writes the bytes
/// itself: an encoder handler in the pipeline cost two dynamic casts of `HTTPServerResponsePart` per part.
enum HTTP1ResponseEncoding {
    /// Writes the status line and headers; returns whether the body that follows must be chunked.
    static func writeHead(_ head: HTTPResponseHead, into buffer: inout ByteBuffer) -> Bool {
        var hasContentLength = false
        var hasTransferEncoding = false
        for (name, _) in head.headers {
            let length = name.utf8.count
            if length == 14 && !hasContentLength {
                hasContentLength = HeaderName.equals(name, "content-length")
            } else if length == 17 && !hasTransferEncoding {
                hasTransferEncoding = HeaderName.equals(name, "transfer-encoding")
            }
        }
        // NIOHTTP1's framing rules: no body, no framing headers; a length wins over a coding; otherwise chunked on 1.1.
        var headers = head.headers
        let chunked: Bool
        if !head.status.mayHaveResponseBody {
            if hasContentLength { headers.remove(name: "content-length") }
            if hasTransferEncoding { headers.remove(name: "transfer-encoding") }
            chunked = false
        } else if hasContentLength {
            if hasTransferEncoding { headers.remove(name: "transfer-encoding") }
            chunked = false
        } else if head.version.major == 1 && head.version.minor >= 1 {
            headers.replaceOrAdd(name: "transfer-encoding", value: "chunked")
            chunked = true
        } else {
            chunked = false
        }
        HTTP1HeadWriter.write(HTTP1HeadWriter.statusLine(head), headers: headers, into: &buffer)
        return chunked
    }
}

import NIOCore
import NIOHTTP1

/// The codec's side of one stream, where the connection manager writes the response (Envoy's `ResponseEncoder`):
/// a downstream HTTP/1.1 connection or one HTTP/2 stream. Each codec decides what its protocol makes of a close.
protocol ResponseEncoder: AnyObject {
    var downstreamProtocol: DownstreamProtocol { get }
    var isWritable: Bool { get }
    var remoteAddress: String? { get }
    var localAddress: String? { get }
    var connection: ConnectionInfo { get }
    /// `closeAfter`: the connection manager wants the connection closed after this response (HTTP/1 only).
    func writeResponseHead(_ head: HTTPResponseHead, closeAfter: Bool)
    func writeResponseBody(_ body: ByteBuffer, flush: Bool)
    func flush()
    func writeResponseEnd(trailers: HTTPHeaders?)
    func pauseReading()
    func resumeReading()
    /// The response cannot be completed: reset the stream (close the HTTP/1 connection).
    func resetStream()
    func streamFinished(_ stream: ActiveStream, keepAlive: Bool)
}

/// The downstream protocol of a stream, as stats, the access log and the response's version name it.
enum DownstreamProtocol {
    case http10
    case http11
    case http2

    var responseVersion: HTTPVersion {
        self == .http2 ? HTTPVersion(major: 2, minor: 0) : .http1_1
    }

    /// `%PROTOCOL%`.
    var name: String {
        switch self {
        case .http10: return "HTTP/1.0"
        case .http11: return "HTTP/1.1"
        case .http2: return "HTTP/2"
        }
    }
}

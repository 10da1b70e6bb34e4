import NIOCore
import NIOHTTP1

/// What a request-side call returns (Envoy's `FilterHeadersStatus`).
enum FilterHeadersStatus {
    /// The next filter gets the headers.
    case `continue`
    /// The next filters wait for `continueDecoding()` (or a data call that returns `continue`); the body still
    /// reaches this filter.
    case stopIteration
    /// No filter gets anything more until `continueDecoding()`; the body is held by the filter manager.
    case stopAllIterationAndBuffer
}

/// What a body call returns (Envoy's `FilterDataStatus`).
enum FilterDataStatus {
    case `continue`
    /// Held by the filter manager until the filter continues; past the buffer limit the request gets a 413.
    case stopIterationAndBuffer
    /// Held as above, but past the limit reading pauses instead (streaming, no 413).
    case stopIterationAndWatermark
    /// The filter keeps the data itself (or drops it).
    case stopIterationNoBuffer
}

/// What a trailers call returns (Envoy's `FilterTrailersStatus`).
enum FilterTrailersStatus {
    case `continue`
    case stopIteration
}

/// The request side of an HTTP filter. The request head is the stream's (`ActiveStream.requestHead`), which a
/// filter reads and edits in place, as Envoy's filters edit the header map. Event-loop bound.
protocol StreamDecoderFilter: AnyObject {
    func decodeHeaders(endStream: Bool) -> FilterHeadersStatus
    func decodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus
    func decodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus
    /// The downstream can take more again (Envoy's downstream watermark callbacks).
    func onDownstreamWritable()
    /// One downstream read batch is through.
    func onDownstreamReadComplete()
    /// The stream is over (complete, reset or abandoned): release what the filter holds. Called once.
    func onDestroy(downstreamReset: Bool)
}

/// The response side of an HTTP filter; the response head is `ActiveStream.responseHead`. Event-loop bound.
protocol StreamEncoderFilter: AnyObject {
    func encodeHeaders(endStream: Bool) -> FilterHeadersStatus
    func encodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus
    func encodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus
}

extension StreamDecoderFilter {
    func decodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus { .continue }
    func decodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus { .continue }
    func onDownstreamWritable() {}
    func onDownstreamReadComplete() {}
    func onDestroy(downstreamReset: Bool) {}
}

extension StreamEncoderFilter {
    func encodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus { .continue }
    func encodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus { .continue }
}

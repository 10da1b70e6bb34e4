import NIOCore
import NIOHTTP1
import NuncioConfig

/// `envoy.filters.http.buffer`: holds the whole request body before the next filters (the router) see the
/// request, so an upstream gets it in one piece; past `max_request_bytes` the filter manager answers 413. A route's
/// `BufferPerRoute` disables it or sets its own limit. When the request had no `content-length`, the buffered length
/// becomes one, as Envoy's filter does. Event-loop bound.
final class BufferStreamFilter: StreamDecoderFilter {
    private let config: BufferFilterConfig
    private let name: String
    private let stream: ActiveStream
    private var enabled = false
    private var contentLength = 0

    init(config: BufferFilterConfig, name: String, stream: ActiveStream) {
        self.config = config
        self.name = name
        self.stream = stream
    }

    func decodeHeaders(endStream: Bool) -> FilterHeadersStatus {
        // A request without a body needs no buffering.
        if endStream { return .continue }
        var limit = config.maxRequestBytes
        switch stream.perFilterConfig(name)?.buffer {
        case .disabled?: return .continue
        case .buffer(let routeConfig)?: limit = routeConfig.maxRequestBytes
        case nil: break
        }
        enabled = true
        stream.filterManager.decoderBufferLimit = Int(limit)
        return .stopIteration
    }

    func decodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus {
        guard enabled else { return .continue }
        contentLength += data.readableBytes
        if endStream {
            addContentLength()
            return .continue
        }
        return .stopIterationAndBuffer
    }

    func decodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus {
        if enabled { addContentLength() }
        return .continue
    }

    private func addContentLength() {
        guard !stream.requestHead.headers.contains(name: "content-length") else { return }
        stream.requestHead.headers.add(name: "content-length", value: String(contentLength))
    }
}

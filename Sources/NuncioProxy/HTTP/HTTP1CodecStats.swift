import NuncioStats

/// The HTTP/1 codec's server-wide stats (`http1.*`, no prefix: Envoy keeps one set for all listeners).
final class HTTP1CodecStats: Sendable {
    let droppedHeadersWithUnderscores: Counter
    let requestsRejectedWithUnderscoresInHeaders: Counter

    init(store: StatsStore) {
        droppedHeadersWithUnderscores = store.counter("http1.dropped_headers_with_underscores")
        requestsRejectedWithUnderscoresInHeaders = store.counter("http1.requests_rejected_with_underscores_in_headers")
    }
}

import NIOCore
import NIOHTTP1
import NuncioConfig

/// `envoy.filters.http.health_check` (non-pass-through): a request matching the probe headers is answered here,
/// 200 or, while the server fails health checks, 503 with `x-envoy-immediate-health-check-fail`. On the response
/// side it marks every other response with that header while failing, as Envoy's filter does. Event-loop bound.
final class HealthCheckStreamFilter: StreamDecoderFilter, StreamEncoderFilter {
    private let config: HealthCheckFilter
    private let stream: ActiveStream
    private var handling = false

    init(config: HealthCheckFilter, stream: ActiveStream) {
        self.config = config
        self.stream = stream
    }

    func decodeHeaders(endStream: Bool) -> FilterHeadersStatus {
        let head = stream.requestHead
        let matches = config.headers.allSatisfy { matcher in
            CompiledHeaderMatcher(matcher).matches(head: head, authority: stream.authority)
        }
        guard matches else { return .continue }
        handling = true
        if endStream { answer() }
        return .stopIteration
    }

    func decodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus {
        guard handling else { return .continue }
        if endStream { answer() }
        return .stopIterationNoBuffer
    }

    func decodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus {
        guard handling else { return .continue }
        answer()
        return .stopIteration
    }

    func encodeHeaders(endStream: Bool) -> FilterHeadersStatus {
        if stream.listener.state.healthCheckFailed
            && !stream.responseHead.headers.contains(name: "x-envoy-immediate-health-check-fail")
        {
            stream.responseHead.headers.add(name: "x-envoy-immediate-health-check-fail", value: "true")
        }
        return .continue
    }

    private func answer() {
        let failing = stream.listener.state.healthCheckFailed
        stream.sendLocalReply(LocalReply(
            status: failing ? .serviceUnavailable : .ok, body: "", flags: failing ? .failedLocalHealthCheck : []))
    }
}

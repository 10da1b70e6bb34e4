import Foundation
import NuncioStats

/// The HTTP connection manager's stats (`http.<stat_prefix>.*`) and the per-listener copies Envoy keeps
/// (`listener.<address>.http.<stat_prefix>.*`), resolved once.
public final class ConnectionManagerStats: Sendable {
    public let downstreamCxTotal: Counter
    public let downstreamCxActive: Gauge
    public let downstreamCxHttp1Total: Counter
    public let downstreamCxHttp1Active: Gauge
    public let downstreamCxHttp2Total: Counter
    public let downstreamCxHttp2Active: Gauge
    public let downstreamCxDestroy: Counter
    public let downstreamCxDestroyRemote: Counter
    public let downstreamCxDestroyLocal: Counter
    public let downstreamCxDestroyActiveRq: Counter
    public let downstreamCxDestroyLocalActiveRq: Counter
    public let downstreamCxDestroyRemoteActiveRq: Counter
    public let downstreamCxProtocolError: Counter
    public let downstreamCxRxBytesTotal: Counter
    public let downstreamCxTxBytesTotal: Counter
    public let downstreamRqTotal: Counter
    public let downstreamRqActive: Gauge
    public let downstreamRqCompleted: Counter
    public let downstreamRqHttp1Total: Counter
    public let downstreamRqHttp2Total: Counter
    public let downstreamRqTimeout: Counter
    public let downstreamRqTooLarge: Counter
    public let downstreamRqRxReset: Counter
    public let downstreamRqMaxDurationReached: Counter
    public let downstreamRqIdleTimeout: Counter
    public let downstreamRqHeaderTimeout: Counter
    public let downstreamCxIdleTimeout: Counter
    public let downstreamCxMaxDurationReached: Counter
    public let downstreamRqTime: Histogram
    public let noRoute: Counter
    public let noCluster: Counter
    public let rqTotal: Counter
    public let rqDirectResponse: Counter
    public let rqRedirect: Counter
    public let downstreamRqFailedPathNormalization: Counter
    public let downstreamRqRedirectedWithNormalizedPath: Counter
    private let classCounters: [Counter]
    private let listenerClassCounters: [Counter]
    private let listenerCompleted: Counter

    public init(statPrefix: String, listenerStatName: String, store: StatsStore) {
        let prefix = "http.\(statPrefix)."
        downstreamCxTotal = store.counter(prefix + "downstream_cx_total")
        downstreamCxActive = store.gauge(prefix + "downstream_cx_active")
        downstreamCxHttp1Total = store.counter(prefix + "downstream_cx_http1_total")
        downstreamCxHttp1Active = store.gauge(prefix + "downstream_cx_http1_active")
        downstreamCxHttp2Total = store.counter(prefix + "downstream_cx_http2_total")
        downstreamCxHttp2Active = store.gauge(prefix + "downstream_cx_http2_active")
        downstreamCxDestroy = store.counter(prefix + "downstream_cx_destroy")
        downstreamCxDestroyRemote = store.counter(prefix + "downstream_cx_destroy_remote")
        downstreamCxDestroyLocal = store.counter(prefix + "downstream_cx_destroy_local")
        downstreamCxDestroyActiveRq = store.counter(prefix + "downstream_cx_destroy_active_rq")
        downstreamCxDestroyLocalActiveRq = store.counter(prefix + "downstream_cx_destroy_local_active_rq")
        downstreamCxDestroyRemoteActiveRq = store.counter(prefix + "downstream_cx_destroy_remote_active_rq")
        downstreamCxProtocolError = store.counter(prefix + "downstream_cx_protocol_error")
        downstreamCxRxBytesTotal = store.counter(prefix + "downstream_cx_rx_bytes_total")
        downstreamCxTxBytesTotal = store.counter(prefix + "downstream_cx_tx_bytes_total")
        downstreamRqTotal = store.counter(prefix + "downstream_rq_total")
        downstreamRqActive = store.gauge(prefix + "downstream_rq_active")
        downstreamRqCompleted = store.counter(prefix + "downstream_rq_completed")
        downstreamRqHttp1Total = store.counter(prefix + "downstream_rq_http1_total")
        downstreamRqHttp2Total = store.counter(prefix + "downstream_rq_http2_total")
        downstreamRqTimeout = store.counter(prefix + "downstream_rq_timeout")
        downstreamRqTooLarge = store.counter(prefix + "downstream_rq_too_large")
        downstreamRqRxReset = store.counter(prefix + "downstream_rq_rx_reset")
        downstreamRqMaxDurationReached = store.counter(prefix + "downstream_rq_max_duration_reached")
        downstreamRqIdleTimeout = store.counter(prefix + "downstream_rq_idle_timeout")
        downstreamRqHeaderTimeout = store.counter(prefix + "downstream_rq_header_timeout")
        downstreamCxIdleTimeout = store.counter(prefix + "downstream_cx_idle_timeout")
        downstreamCxMaxDurationReached = store.counter(prefix + "downstream_cx_max_duration_reached")
        downstreamRqTime = store.histogram(prefix + "downstream_rq_time")
        noRoute = store.counter(prefix + "no_route")
        noCluster = store.counter(prefix + "no_cluster")
        rqTotal = store.counter(prefix + "rq_total")
        rqDirectResponse = store.counter(prefix + "rq_direct_response")
        rqRedirect = store.counter(prefix + "rq_redirect")
        downstreamRqFailedPathNormalization = store.counter(prefix + "downstream_rq_failed_path_normalization")
        downstreamRqRedirectedWithNormalizedPath = store.counter(
            prefix + "downstream_rq_redirected_with_normalized_path")
        classCounters = (1...5).map { store.counter(prefix + "downstream_rq_\($0)xx") }
        let listenerPrefix = "listener.\(listenerStatName).http.\(statPrefix)."
        listenerClassCounters = (1...5).map { store.counter(listenerPrefix + "downstream_rq_\($0)xx") }
        listenerCompleted = store.counter(listenerPrefix + "downstream_rq_completed")
    }

    public func recordResponse(status: Int) {
        let klass = status / 100
        if (1...5).contains(klass) {
            classCounters[klass - 1].inc()
            listenerClassCounters[klass - 1].inc()
        }
        downstreamRqCompleted.inc()
        listenerCompleted.inc()
    }
}

/// A listener's own stats (`listener.<address>.*`).
public final class ListenerStats: Sendable {
    public let downstreamCxTotal: Counter
    public let downstreamCxActive: Gauge
    public let downstreamCxDestroy: Counter
    public let downstreamCxOverflow: Counter

    public init(statName: String, store: StatsStore) {
        let prefix = "listener.\(statName)."
        downstreamCxTotal = store.counter(prefix + "downstream_cx_total")
        downstreamCxActive = store.gauge(prefix + "downstream_cx_active")
        downstreamCxDestroy = store.counter(prefix + "downstream_cx_destroy")
        downstreamCxOverflow = store.counter(prefix + "downstream_cx_overflow")
    }

    /// `127.0.0.1_18000`: Envoy's stat name for a listener address.
    public static func statName(for address: String, port: Int) -> String {
        "\(address.replacingOccurrences(of: ":", with: "_"))_\(port)"
    }
}

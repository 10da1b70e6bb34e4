import Atomics
import NuncioStats

/// A cluster's stats under Envoy's names (`cluster.<name>.*`), resolved once so the data path only increments.
public final class ClusterStats: Sendable {
    public let upstreamRqTotal: Counter
    public let upstreamRqCompleted: Counter
    public let upstreamRqActive: Gauge
    public let upstreamRqPendingTotal: Counter
    public let upstreamRqPendingActive: Gauge
    public let upstreamRqTimeout: Counter
    public let upstreamRqRetry: Counter
    public let upstreamRqPerTryTimeout: Counter
    public let upstreamRqPendingOverflow: Counter
    public let upstreamRqPendingFailureEject: Counter
    public let upstreamRqRetryLimitExceeded: Counter
    public let upstreamRqRetrySuccess: Counter
    public let upstreamRqRetryOverflow: Counter
    public let upstreamRqRxReset: Counter
    public let upstreamRqTxReset: Counter
    public let upstreamCxTotal: Counter
    public let upstreamCxActive: Gauge
    public let upstreamCxHttp1Total: Counter
    public let upstreamCxHttp2Total: Counter
    public let upstreamCxConnectFail: Counter
    public let upstreamCxConnectTimeout: Counter
    public let upstreamCxDestroy: Counter
    public let upstreamCxNoneHealthy: Counter
    public let upstreamCxRxBytesTotal: Counter
    public let upstreamCxTxBytesTotal: Counter
    public let upstreamRqTime: Histogram
    public let membershipTotal: Gauge
    public let membershipHealthy: Gauge
    public let membershipChange: Counter
    public let updateAttempt: Counter
    public let updateSuccess: Counter
    public let updateFailure: Counter
    public let updateNoRebuild: Counter
    private let classCounters: [Counter]
    /// `upstream_rq_<code>` counters, made on first use (as Envoy, so unused codes never show) and then read
    /// without the store's lock.
    private let codeCounters: [ManagedAtomicLazyReference<Counter>] = (100..<600).map { _ in .init() }
    private let store: StatsStore
    private let prefix: String

    public init(name: String, store: StatsStore) {
        let prefix = "cluster.\(name)."
        self.prefix = prefix
        self.store = store
        upstreamRqTotal = store.counter(prefix + "upstream_rq_total")
        upstreamRqCompleted = store.counter(prefix + "upstream_rq_completed")
        upstreamRqActive = store.gauge(prefix + "upstream_rq_active")
        upstreamRqPendingTotal = store.counter(prefix + "upstream_rq_pending_total")
        upstreamRqPendingActive = store.gauge(prefix + "upstream_rq_pending_active")
        upstreamRqTimeout = store.counter(prefix + "upstream_rq_timeout")
        upstreamRqRetry = store.counter(prefix + "upstream_rq_retry")
        upstreamRqPerTryTimeout = store.counter(prefix + "upstream_rq_per_try_timeout")
        upstreamRqPendingOverflow = store.counter(prefix + "upstream_rq_pending_overflow")
        upstreamRqPendingFailureEject = store.counter(prefix + "upstream_rq_pending_failure_eject")
        upstreamRqRetryLimitExceeded = store.counter(prefix + "upstream_rq_retry_limit_exceeded")
        upstreamRqRetrySuccess = store.counter(prefix + "upstream_rq_retry_success")
        upstreamRqRetryOverflow = store.counter(prefix + "upstream_rq_retry_overflow")
        upstreamRqRxReset = store.counter(prefix + "upstream_rq_rx_reset")
        upstreamRqTxReset = store.counter(prefix + "upstream_rq_tx_reset")
        upstreamCxTotal = store.counter(prefix + "upstream_cx_total")
        upstreamCxActive = store.gauge(prefix + "upstream_cx_active")
        upstreamCxHttp1Total = store.counter(prefix + "upstream_cx_http1_total")
        upstreamCxHttp2Total = store.counter(prefix + "upstream_cx_http2_total")
        upstreamCxConnectFail = store.counter(prefix + "upstream_cx_connect_fail")
        upstreamCxConnectTimeout = store.counter(prefix + "upstream_cx_connect_timeout")
        upstreamCxDestroy = store.counter(prefix + "upstream_cx_destroy")
        upstreamCxNoneHealthy = store.counter(prefix + "upstream_cx_none_healthy")
        upstreamCxRxBytesTotal = store.counter(prefix + "upstream_cx_rx_bytes_total")
        upstreamCxTxBytesTotal = store.counter(prefix + "upstream_cx_tx_bytes_total")
        upstreamRqTime = store.histogram(prefix + "upstream_rq_time")
        membershipTotal = store.gauge(prefix + "membership_total", importMode: .neverImport)
        membershipHealthy = store.gauge(prefix + "membership_healthy", importMode: .neverImport)
        membershipChange = store.counter(prefix + "membership_change")
        updateAttempt = store.counter(prefix + "update_attempt")
        updateSuccess = store.counter(prefix + "update_success")
        updateFailure = store.counter(prefix + "update_failure")
        updateNoRebuild = store.counter(prefix + "update_no_rebuild")
        classCounters = (1...5).map { store.counter(prefix + "upstream_rq_\($0)xx") }
    }

    /// `upstream_rq_2xx` and `upstream_rq_200` (and the `external.` copies Envoy keeps for non-internal requests).
    public func recordResponse(status: Int) {
        let klass = status / 100
        if (1...5).contains(klass) { classCounters[klass - 1].inc() }
        codeCounter(status).inc()
        upstreamRqCompleted.inc()
    }

    private func codeCounter(_ status: Int) -> Counter {
        guard (100..<600).contains(status) else { return store.counter(prefix + "upstream_rq_\(status)") }
        let slot = codeCounters[status - 100]
        if let counter = slot.load() { return counter }
        return slot.storeIfNilThenLoad(store.counter(prefix + "upstream_rq_\(status)"))
    }
}

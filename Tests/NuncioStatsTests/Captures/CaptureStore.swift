@testable import NuncioStats

/// Builds a store holding what `CaptureScenario` lists, histograms included, and flushes it once
/// (in the captures every sample fell in the first flush interval, so interval equals cumulative).
enum CaptureStore {
    /// Samples that reproduce the captured histograms: read off their quantiles, buckets and sums.
    static let histogramSamples: [String: [(value: UInt64, count: Int)]] = [
        "cluster.service1.external.upstream_rq_time": [(0, 9), (1, 3)],
        "cluster.service1.upstream_rq_time": [(0, 9), (1, 3)],
        "cluster.service2.external.upstream_rq_time": [(0, 4), (1, 1)],
        "cluster.service2.upstream_rq_time": [(0, 4), (1, 1)],
        "cluster.service1.upstream_cx_connect_ms": [(0, 3)],
        "cluster.service2.upstream_cx_connect_ms": [(0, 1)],
        "http.admin.downstream_cx_length_ms": [(0, 29), (1, 9), (4, 1), (6, 1), (7, 1)],
        "listener.admin.downstream_cx_length_ms": [(0, 29), (1, 9), (4, 1), (6, 1), (7, 1)],
        "http.admin.downstream_rq_time": [(0, 38), (3, 1), (5, 1), (6, 1)],
        "http.ingress_http.downstream_cx_length_ms": [(1, 12), (2, 6)],
        "listener.127.0.0.1_18000.downstream_cx_length_ms": [(1, 12), (2, 6)],
        "http.ingress_http.downstream_rq_time": [(0, 8), (1, 7), (2, 3)],
        "listener.127.0.0.1_18000.connections_accepted_per_socket_event": [(1, 18)],
        "listener.admin.connections_accepted_per_socket_event": [(1, 41)],
        "server.initialization_time_ms": [(13, 1)],
    ]

    /// Histograms that exist but never saw a sample.
    static let emptyHistograms = [
        "cluster.service1.http2.cookie_count", "cluster.service1.http2.cookie_size",
        "cluster.service1.http2.header_count", "cluster.service1.http2.header_list_size",
        "cluster.service1.upstream_cx_length_ms", "cluster.service1.upstream_rq_per_cx",
        "cluster.service2.http2.cookie_count", "cluster.service2.http2.cookie_size",
        "cluster.service2.http2.header_count", "cluster.service2.http2.header_list_size",
        "cluster.service2.upstream_cx_length_ms", "cluster.service2.upstream_rq_per_cx",
        "overload.refresh_interval_delay",
    ]

    static func make(values overrides: [String: UInt64] = [:]) -> StatsStore {
        let store = StatsStore()
        for (name, value) in CaptureScenario.counters {
            let counter = store.counter(name)
            if !CaptureScenario.unusedStats.contains(name) {
                counter.add(overrides[name] ?? value)
            }
        }
        for (name, value) in CaptureScenario.gauges {
            let gauge = store.gauge(name)
            if !CaptureScenario.unusedStats.contains(name) {
                gauge.set(overrides[name] ?? value)
            }
        }
        for (name, samples) in histogramSamples {
            let histogram = store.histogram(name)
            for (value, count) in samples {
                for _ in 0..<count {
                    histogram.record(value)
                }
            }
        }
        for name in emptyHistograms {
            _ = store.histogram(name)
        }
        store.flushHistograms()
        return store
    }
}

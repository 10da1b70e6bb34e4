import Benchmark
import MicroSupport
import NuncioStats

// The stats store: what the proxy does per request (counter increments, histogram records) and what the admin
// endpoints do per scrape (snapshot, `/stats` text, `/stats/prometheus`) for a store of about 1,000 stats.

let benchmarks: @Sendable () -> Void = {
    let perOperation = microConfiguration(scalingFactor: .kilo)
    let perScrape = microConfiguration(timeUnits: .microseconds)

    let store = populatedStore()
    let counter = store.counter("cluster.service_7.upstream_rq_total")
    Benchmark("Stats Counter.inc", configuration: perOperation) { benchmark in
        for _ in benchmark.scaledIterations {
            counter.inc()
        }
    }

    // Get-or-create under the store's lock: what a caller pays when it does not keep the object.
    Benchmark("Stats StatsStore.counter(name), existing", configuration: perOperation) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(store.counter("cluster.service_7.upstream_rq_total"))
        }
    }

    // Latencies spread over the log-linear bins, as request times are.
    let histogram = store.histogram("cluster.service_7.upstream_rq_time")
    let samples = (0..<1_000).map { UInt64(($0 * 7_919) % 5_000) }
    Benchmark("Stats Histogram.record", configuration: perOperation) { benchmark in
        for index in benchmark.scaledIterations {
            histogram.record(samples[index])
        }
    }

    let statCount = store.snapshot().count
    Benchmark("Stats snapshot, \(statCount) stats", configuration: perScrape) { benchmark in
        blackHole(store.snapshot())
    }

    let snapshot = store.snapshot()
    Benchmark("Stats /stats text, \(statCount) stats", configuration: perScrape) { benchmark in
        blackHole(TextStatsRenderer.render(snapshot))
    }
    Benchmark("Stats /stats/prometheus, \(statCount) stats", configuration: perScrape) { benchmark in
        blackHole(PrometheusStatsRenderer.render(snapshot))
    }
}

/// About 1,000 stats named as Envoy names them: 40 clusters of 18 counters, 4 gauges and 2 histograms, plus the
/// connection manager's, the listener's and the server's. Every stat has a value; histograms have samples and
/// were flushed, so the renderers print quantiles.
func populatedStore(clusters: Int = 40) -> StatsStore {
    let store = StatsStore()
    let clusterCounters = [
        "upstream_cx_total", "upstream_cx_connect_fail", "upstream_cx_destroy", "upstream_cx_destroy_local",
        "upstream_cx_destroy_remote", "upstream_rq_total", "upstream_rq_completed", "upstream_rq_timeout",
        "upstream_rq_retry", "upstream_rq_retry_success", "upstream_rq_2xx", "upstream_rq_4xx", "upstream_rq_5xx",
        "upstream_rq_200", "upstream_rq_404", "upstream_rq_503", "membership_change", "update_success",
    ]
    let clusterGauges = ["upstream_cx_active", "upstream_rq_active", "membership_healthy", "membership_total"]
    let clusterHistograms = ["upstream_rq_time", "upstream_cx_connect_ms"]
    for cluster in 0..<clusters {
        let prefix = "cluster.service_\(cluster)."
        for (index, name) in clusterCounters.enumerated() {
            store.counter(prefix + name).add(UInt64(cluster * 1_000 + index))
        }
        for (index, name) in clusterGauges.enumerated() {
            store.gauge(prefix + name).set(UInt64(index + 1))
        }
        for name in clusterHistograms {
            let histogram = store.histogram(prefix + name)
            for sample in 0..<200 {
                histogram.record(UInt64((sample * 37 + cluster) % 900))
            }
        }
    }
    for name in [
        "downstream_cx_total", "downstream_cx_destroy", "downstream_cx_http1_total", "downstream_cx_http2_total",
        "downstream_rq_total", "downstream_rq_http1_total", "downstream_rq_http2_total", "downstream_rq_2xx",
        "downstream_rq_3xx", "downstream_rq_4xx", "downstream_rq_5xx", "downstream_rq_completed", "no_route",
        "rq_total", "rq_direct_response", "downstream_rq_timeout", "downstream_cx_protocol_error",
        "downstream_rq_rx_reset", "downstream_rq_tx_reset", "downstream_cx_idle_timeout",
    ] {
        store.counter("http.ingress_http." + name).add(12_345)
    }
    for name in ["downstream_cx_total", "downstream_cx_destroy", "downstream_cx_overflow", "no_filter_chain_match"] {
        store.counter("listener.0.0.0.0_10000." + name).add(678)
    }
    for name in ["downstream_cx_active", "downstream_rq_active", "downstream_cx_http1_active"] {
        store.gauge("http.ingress_http." + name).set(64)
    }
    for name in ["live", "uptime", "concurrency", "memory_allocated", "memory_heap_size", "total_connections"] {
        store.gauge("server." + name, importMode: .neverImport).set(1)
    }
    for name in ["downstream_rq_time", "downstream_cx_length_ms"] {
        let histogram = store.histogram("http.ingress_http." + name)
        for sample in 0..<1_000 {
            histogram.record(UInt64(sample % 700))
        }
    }
    store.flushHistograms()
    return store
}

extension StatsSnapshot {
    var count: Int { counters.count + gauges.count + histograms.count }
}

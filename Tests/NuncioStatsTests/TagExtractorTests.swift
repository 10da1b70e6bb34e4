import Testing

@testable import NuncioStats

@Suite struct TagExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var stat: String
        var metric: String
        var labels: [String]

        var testDescription: String { stat }
    }

    static let cases: [Case] = [
        Case(stat: "cluster_manager.cluster_added", metric: "envoy_cluster_manager_cluster_added", labels: []),
        Case(
            stat: "cluster.service1.upstream_rq_total", metric: "envoy_cluster_upstream_rq_total",
            labels: ["envoy_cluster_name=service1"]),
        Case(
            stat: "cluster.service1.upstream_rq_2xx", metric: "envoy_cluster_upstream_rq_xx",
            labels: ["envoy_response_code_class=2", "envoy_cluster_name=service1"]),
        Case(
            stat: "cluster.service1.external.upstream_rq_200", metric: "envoy_cluster_external_upstream_rq",
            labels: ["envoy_response_code=200", "envoy_cluster_name=service1"]),
        Case(
            stat: "cluster.service1.upstream_rq_2000", metric: "envoy_cluster_upstream_rq_2000",
            labels: ["envoy_cluster_name=service1"]),
        Case(
            stat: "http.ingress_http.downstream_rq_5xx", metric: "envoy_http_downstream_rq_xx",
            labels: ["envoy_response_code_class=5", "envoy_http_conn_manager_prefix=ingress_http"]),
        Case(
            stat: "http.async-client.no_route", metric: "envoy_http_no_route",
            labels: ["envoy_http_conn_manager_prefix=async-client"]),
        Case(stat: "http1.response_flood", metric: "envoy_http1_response_flood", labels: []),
        Case(
            stat: "listener.127.0.0.1_18000.downstream_cx_total", metric: "envoy_listener_downstream_cx_total",
            labels: ["envoy_listener_address=127.0.0.1_18000"]),
        Case(
            stat: "listener.[__1]_18000.downstream_cx_total", metric: "envoy_listener_downstream_cx_total",
            labels: ["envoy_listener_address=[__1]_18000"]),
        Case(
            stat: "listener.127.0.0.1_18000.http.ingress_http.downstream_rq_2xx",
            metric: "envoy_listener_http_downstream_rq_xx",
            labels: [
                "envoy_response_code_class=2", "envoy_http_conn_manager_prefix=ingress_http",
                "envoy_listener_address=127.0.0.1_18000",
            ]),
        Case(
            stat: "listener.127.0.0.1_18000.worker_0.downstream_cx_active",
            metric: "envoy_listener_worker_downstream_cx_active",
            labels: ["envoy_worker_id=0", "envoy_listener_address=127.0.0.1_18000"]),
        Case(
            stat: "listener.admin.http.admin.downstream_rq_completed",
            metric: "envoy_listener_admin_http_downstream_rq_completed",
            labels: ["envoy_http_conn_manager_prefix=admin"]),
        Case(
            stat: "listener.admin.main_thread.downstream_cx_total",
            metric: "envoy_listener_admin_main_thread_downstream_cx_total", labels: []),
        Case(
            stat: "server.worker_0.watchdog_miss", metric: "envoy_server_worker_watchdog_miss",
            labels: ["envoy_worker_id=0"]),
        Case(
            stat: "thread_local_cluster_manager.worker_12.clusters_inflated",
            metric: "envoy_thread_local_cluster_manager_worker_clusters_inflated", labels: ["envoy_worker_id=12"]),
        Case(
            stat: "thread_local_cluster_manager.main_thread.clusters_inflated",
            metric: "envoy_thread_local_cluster_manager_main_thread_clusters_inflated", labels: []),
        Case(
            stat: "envoy.overload_actions.reset_high_memory_stream.count",
            metric: "envoy_envoy_overload_actions_reset_high_memory_stream_count", labels: []),
        Case(stat: "cluster.orphan", metric: "envoy_cluster_orphan", labels: []),
        Case(
            stat: "listener.my_listener.downstream_cx_total", metric: "envoy_listener_downstream_cx_total",
            labels: ["envoy_listener_address=my_listener"]),
        Case(
            stat: "listener.admin.worker_1.downstream_cx_total",
            metric: "envoy_listener_admin_worker_downstream_cx_total",
            labels: ["envoy_worker_id=1"]),
        Case(
            stat: "listener_manager.worker_3.dispatcher.loop_duration_us",
            metric: "envoy_listener_manager_worker_dispatcher_loop_duration_us", labels: ["envoy_worker_id=3"]),
        Case(
            stat: "vhost.backend.vcluster.other.upstream_rq_503", metric: "envoy_vhost_vcluster_upstream_rq",
            labels: [
                "envoy_response_code=503", "envoy_virtual_cluster_name=other", "envoy_virtual_host_name=backend",
            ]),
    ]

    @Test(arguments: cases)
    func extractsEnvoysDefaultTags(_ example: Case) {
        let extracted = TagExtractor.extract(example.stat)
        #expect(PrometheusStatsRenderer.metricName(extracted.name) == example.metric)
        #expect(extracted.tags.map { "\($0.name)=\($0.value)" } == example.labels)
    }

    @Test func labelValuesAreEscaped() {
        let store = StatsStore()
        store.counter("cluster.a\"b\\c.upstream_rq_total").inc()
        #expect(
            PrometheusStatsRenderer.render(store.snapshot())
                == "# TYPE envoy_cluster_upstream_rq_total counter\n"
                + "envoy_cluster_upstream_rq_total{envoy_cluster_name=\"a\\\"b\\\\c\"} 1\n"
        )
    }
}

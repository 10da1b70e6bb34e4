// Generated: the response bodies of the Envoy 1.40 reference captures, verbatim.

/// Expected output, one property per capture file.
enum CaptureBodies {
    /// `admin_stats.txt`
    static let stats = #"""
cluster.service1.assignment_stale: 0
cluster.service1.assignment_timeout_received: 0
cluster.service1.assignment_use_cached: 0
cluster.service1.bind_errors: 0
cluster.service1.circuit_breakers.default.cx_open: 0
cluster.service1.circuit_breakers.default.cx_pool_open: 0
cluster.service1.circuit_breakers.default.rq_open: 0
cluster.service1.circuit_breakers.default.rq_pending_open: 0
cluster.service1.circuit_breakers.default.rq_retry_open: 0
cluster.service1.circuit_breakers.high.cx_open: 0
cluster.service1.circuit_breakers.high.cx_pool_open: 0
cluster.service1.circuit_breakers.high.rq_open: 0
cluster.service1.circuit_breakers.high.rq_pending_open: 0
cluster.service1.circuit_breakers.high.rq_retry_open: 0
cluster.service1.default.total_match_count: 6
cluster.service1.external.upstream_rq_200: 12
cluster.service1.external.upstream_rq_2xx: 12
cluster.service1.external.upstream_rq_completed: 12
cluster.service1.http2.cookies_total_bytes_too_large: 0
cluster.service1.http2.deferred_stream_close: 0
cluster.service1.http2.dropped_headers_with_underscores: 0
cluster.service1.http2.goaway_sent: 0
cluster.service1.http2.header_list_size_too_large: 0
cluster.service1.http2.header_overflow: 0
cluster.service1.http2.headers_cb_no_stream: 0
cluster.service1.http2.inbound_empty_frames_flood: 0
cluster.service1.http2.inbound_priority_frames_flood: 0
cluster.service1.http2.inbound_window_update_frames_flood: 0
cluster.service1.http2.keepalive_timeout: 0
cluster.service1.http2.metadata_empty_frames: 0
cluster.service1.http2.nghttp2_downstream_connections: 0
cluster.service1.http2.nghttp2_upstream_connections: 3
cluster.service1.http2.oghttp2_downstream_connections: 0
cluster.service1.http2.oghttp2_upstream_connections: 0
cluster.service1.http2.outbound_control_flood: 0
cluster.service1.http2.outbound_control_frames_active: 0
cluster.service1.http2.outbound_flood: 0
cluster.service1.http2.outbound_frames_active: 0
cluster.service1.http2.pending_send_bytes: 0
cluster.service1.http2.requests_rejected_with_underscores_in_headers: 0
cluster.service1.http2.rx_messaging_error: 0
cluster.service1.http2.rx_reset: 0
cluster.service1.http2.stream_refused_errors: 0
cluster.service1.http2.streams_active: 0
cluster.service1.http2.trailers: 0
cluster.service1.http2.tx_flush_timeout: 0
cluster.service1.http2.tx_reset: 0
cluster.service1.lb_healthy_panic: 0
cluster.service1.lb_local_cluster_not_ok: 0
cluster.service1.lb_recalculate_zone_structures: 0
cluster.service1.lb_subsets_active: 0
cluster.service1.lb_subsets_created: 0
cluster.service1.lb_subsets_fallback: 0
cluster.service1.lb_subsets_fallback_panic: 0
cluster.service1.lb_subsets_removed: 0
cluster.service1.lb_subsets_selected: 0
cluster.service1.lb_zone_cluster_too_small: 0
cluster.service1.lb_zone_no_capacity_left: 0
cluster.service1.lb_zone_routing_all_directly: 0
cluster.service1.lb_zone_routing_cross_zone: 0
cluster.service1.lb_zone_routing_sampled: 0
cluster.service1.max_host_weight: 1
cluster.service1.membership_change: 1
cluster.service1.membership_degraded: 0
cluster.service1.membership_excluded: 0
cluster.service1.membership_healthy: 3
cluster.service1.membership_total: 3
cluster.service1.original_dst_host_invalid: 0
cluster.service1.retry_or_shadow_abandoned: 0
cluster.service1.update_attempt: 2
cluster.service1.update_empty: 0
cluster.service1.update_failure: 0
cluster.service1.update_no_rebuild: 1
cluster.service1.update_success: 2
cluster.service1.upstream_cx_active: 3
cluster.service1.upstream_cx_close_notify: 0
cluster.service1.upstream_cx_connect_attempts_exceeded: 0
cluster.service1.upstream_cx_connect_fail: 0
cluster.service1.upstream_cx_connect_timeout: 0
cluster.service1.upstream_cx_connect_with_0_rtt: 0
cluster.service1.upstream_cx_destroy: 0
cluster.service1.upstream_cx_destroy_local: 0
cluster.service1.upstream_cx_destroy_local_with_active_rq: 0
cluster.service1.upstream_cx_destroy_remote: 0
cluster.service1.upstream_cx_destroy_remote_with_active_rq: 0
cluster.service1.upstream_cx_destroy_with_active_rq: 0
cluster.service1.upstream_cx_http1_total: 0
cluster.service1.upstream_cx_http2_total: 3
cluster.service1.upstream_cx_http3_total: 0
cluster.service1.upstream_cx_idle_timeout: 0
cluster.service1.upstream_cx_max_duration_reached: 0
cluster.service1.upstream_cx_max_requests: 0
cluster.service1.upstream_cx_none_healthy: 0
cluster.service1.upstream_cx_overflow: 0
cluster.service1.upstream_cx_pool_overflow: 0
cluster.service1.upstream_cx_preconnect_skipped: 0
cluster.service1.upstream_cx_protocol_error: 0
cluster.service1.upstream_cx_rx_bytes_buffered: 324
cluster.service1.upstream_cx_rx_bytes_total: 1542
cluster.service1.upstream_cx_total: 3
cluster.service1.upstream_cx_tx_bytes_buffered: 0
cluster.service1.upstream_cx_tx_bytes_total: 1144
cluster.service1.upstream_flow_control_backed_up_total: 0
cluster.service1.upstream_flow_control_drained_total: 0
cluster.service1.upstream_flow_control_paused_reading_total: 0
cluster.service1.upstream_flow_control_resumed_reading_total: 0
cluster.service1.upstream_http3_broken: 0
cluster.service1.upstream_internal_redirect_failed_total: 0
cluster.service1.upstream_internal_redirect_succeeded_total: 0
cluster.service1.upstream_queue_overloaded: 0
cluster.service1.upstream_rq_0rtt: 0
cluster.service1.upstream_rq_200: 12
cluster.service1.upstream_rq_2xx: 12
cluster.service1.upstream_rq_active: 0
cluster.service1.upstream_rq_active_overflow: 0
cluster.service1.upstream_rq_cancelled: 0
cluster.service1.upstream_rq_completed: 12
cluster.service1.upstream_rq_maintenance_mode: 0
cluster.service1.upstream_rq_max_duration_reached: 0
cluster.service1.upstream_rq_pending_active: 0
cluster.service1.upstream_rq_pending_failure_eject: 0
cluster.service1.upstream_rq_pending_overflow: 0
cluster.service1.upstream_rq_pending_total: 3
cluster.service1.upstream_rq_per_try_idle_timeout: 0
cluster.service1.upstream_rq_per_try_timeout: 0
cluster.service1.upstream_rq_retry: 0
cluster.service1.upstream_rq_retry_backoff_exponential: 0
cluster.service1.upstream_rq_retry_backoff_ratelimited: 0
cluster.service1.upstream_rq_retry_limit_exceeded: 0
cluster.service1.upstream_rq_retry_overflow: 0
cluster.service1.upstream_rq_retry_success: 0
cluster.service1.upstream_rq_rx_reset: 0
cluster.service1.upstream_rq_rx_reset_no_error: 0
cluster.service1.upstream_rq_timeout: 0
cluster.service1.upstream_rq_total: 12
cluster.service1.upstream_rq_tx_reset: 0
cluster.service1.version: 0
cluster.service1.warming_state: 0
cluster.service2.assignment_stale: 0
cluster.service2.assignment_timeout_received: 0
cluster.service2.assignment_use_cached: 0
cluster.service2.bind_errors: 0
cluster.service2.circuit_breakers.default.cx_open: 0
cluster.service2.circuit_breakers.default.cx_pool_open: 0
cluster.service2.circuit_breakers.default.rq_open: 0
cluster.service2.circuit_breakers.default.rq_pending_open: 0
cluster.service2.circuit_breakers.default.rq_retry_open: 0
cluster.service2.circuit_breakers.high.cx_open: 0
cluster.service2.circuit_breakers.high.cx_pool_open: 0
cluster.service2.circuit_breakers.high.rq_open: 0
cluster.service2.circuit_breakers.high.rq_pending_open: 0
cluster.service2.circuit_breakers.high.rq_retry_open: 0
cluster.service2.default.total_match_count: 2
cluster.service2.external.upstream_rq_200: 5
cluster.service2.external.upstream_rq_2xx: 5
cluster.service2.external.upstream_rq_completed: 5
cluster.service2.http2.cookies_total_bytes_too_large: 0
cluster.service2.http2.deferred_stream_close: 0
cluster.service2.http2.dropped_headers_with_underscores: 0
cluster.service2.http2.goaway_sent: 0
cluster.service2.http2.header_list_size_too_large: 0
cluster.service2.http2.header_overflow: 0
cluster.service2.http2.headers_cb_no_stream: 0
cluster.service2.http2.inbound_empty_frames_flood: 0
cluster.service2.http2.inbound_priority_frames_flood: 0
cluster.service2.http2.inbound_window_update_frames_flood: 0
cluster.service2.http2.keepalive_timeout: 0
cluster.service2.http2.metadata_empty_frames: 0
cluster.service2.http2.nghttp2_downstream_connections: 0
cluster.service2.http2.nghttp2_upstream_connections: 1
cluster.service2.http2.oghttp2_downstream_connections: 0
cluster.service2.http2.oghttp2_upstream_connections: 0
cluster.service2.http2.outbound_control_flood: 0
cluster.service2.http2.outbound_control_frames_active: 0
cluster.service2.http2.outbound_flood: 0
cluster.service2.http2.outbound_frames_active: 0
cluster.service2.http2.pending_send_bytes: 0
cluster.service2.http2.requests_rejected_with_underscores_in_headers: 0
cluster.service2.http2.rx_messaging_error: 0
cluster.service2.http2.rx_reset: 0
cluster.service2.http2.stream_refused_errors: 0
cluster.service2.http2.streams_active: 0
cluster.service2.http2.trailers: 0
cluster.service2.http2.tx_flush_timeout: 0
cluster.service2.http2.tx_reset: 0
cluster.service2.lb_healthy_panic: 0
cluster.service2.lb_local_cluster_not_ok: 0
cluster.service2.lb_recalculate_zone_structures: 0
cluster.service2.lb_subsets_active: 0
cluster.service2.lb_subsets_created: 0
cluster.service2.lb_subsets_fallback: 0
cluster.service2.lb_subsets_fallback_panic: 0
cluster.service2.lb_subsets_removed: 0
cluster.service2.lb_subsets_selected: 0
cluster.service2.lb_zone_cluster_too_small: 0
cluster.service2.lb_zone_no_capacity_left: 0
cluster.service2.lb_zone_routing_all_directly: 0
cluster.service2.lb_zone_routing_cross_zone: 0
cluster.service2.lb_zone_routing_sampled: 0
cluster.service2.max_host_weight: 1
cluster.service2.membership_change: 1
cluster.service2.membership_degraded: 0
cluster.service2.membership_excluded: 0
cluster.service2.membership_healthy: 1
cluster.service2.membership_total: 1
cluster.service2.original_dst_host_invalid: 0
cluster.service2.retry_or_shadow_abandoned: 0
cluster.service2.update_attempt: 2
cluster.service2.update_empty: 0
cluster.service2.update_failure: 0
cluster.service2.update_no_rebuild: 1
cluster.service2.update_success: 2
cluster.service2.upstream_cx_active: 1
cluster.service2.upstream_cx_close_notify: 0
cluster.service2.upstream_cx_connect_attempts_exceeded: 0
cluster.service2.upstream_cx_connect_fail: 0
cluster.service2.upstream_cx_connect_timeout: 0
cluster.service2.upstream_cx_connect_with_0_rtt: 0
cluster.service2.upstream_cx_destroy: 0
cluster.service2.upstream_cx_destroy_local: 0
cluster.service2.upstream_cx_destroy_local_with_active_rq: 0
cluster.service2.upstream_cx_destroy_remote: 0
cluster.service2.upstream_cx_destroy_remote_with_active_rq: 0
cluster.service2.upstream_cx_destroy_with_active_rq: 0
cluster.service2.upstream_cx_http1_total: 0
cluster.service2.upstream_cx_http2_total: 1
cluster.service2.upstream_cx_http3_total: 0
cluster.service2.upstream_cx_idle_timeout: 0
cluster.service2.upstream_cx_max_duration_reached: 0
cluster.service2.upstream_cx_max_requests: 0
cluster.service2.upstream_cx_none_healthy: 0
cluster.service2.upstream_cx_overflow: 0
cluster.service2.upstream_cx_pool_overflow: 0
cluster.service2.upstream_cx_preconnect_skipped: 0
cluster.service2.upstream_cx_protocol_error: 0
cluster.service2.upstream_cx_rx_bytes_buffered: 108
cluster.service2.upstream_cx_rx_bytes_total: 622
cluster.service2.upstream_cx_total: 1
cluster.service2.upstream_cx_tx_bytes_buffered: 0
cluster.service2.upstream_cx_tx_bytes_total: 434
cluster.service2.upstream_flow_control_backed_up_total: 0
cluster.service2.upstream_flow_control_drained_total: 0
cluster.service2.upstream_flow_control_paused_reading_total: 0
cluster.service2.upstream_flow_control_resumed_reading_total: 0
cluster.service2.upstream_http3_broken: 0
cluster.service2.upstream_internal_redirect_failed_total: 0
cluster.service2.upstream_internal_redirect_succeeded_total: 0
cluster.service2.upstream_queue_overloaded: 0
cluster.service2.upstream_rq_0rtt: 0
cluster.service2.upstream_rq_200: 5
cluster.service2.upstream_rq_2xx: 5
cluster.service2.upstream_rq_active: 0
cluster.service2.upstream_rq_active_overflow: 0
cluster.service2.upstream_rq_cancelled: 0
cluster.service2.upstream_rq_completed: 5
cluster.service2.upstream_rq_maintenance_mode: 0
cluster.service2.upstream_rq_max_duration_reached: 0
cluster.service2.upstream_rq_pending_active: 0
cluster.service2.upstream_rq_pending_failure_eject: 0
cluster.service2.upstream_rq_pending_overflow: 0
cluster.service2.upstream_rq_pending_total: 1
cluster.service2.upstream_rq_per_try_idle_timeout: 0
cluster.service2.upstream_rq_per_try_timeout: 0
cluster.service2.upstream_rq_retry: 0
cluster.service2.upstream_rq_retry_backoff_exponential: 0
cluster.service2.upstream_rq_retry_backoff_ratelimited: 0
cluster.service2.upstream_rq_retry_limit_exceeded: 0
cluster.service2.upstream_rq_retry_overflow: 0
cluster.service2.upstream_rq_retry_success: 0
cluster.service2.upstream_rq_rx_reset: 0
cluster.service2.upstream_rq_rx_reset_no_error: 0
cluster.service2.upstream_rq_timeout: 0
cluster.service2.upstream_rq_total: 5
cluster.service2.upstream_rq_tx_reset: 0
cluster.service2.version: 0
cluster.service2.warming_state: 0
cluster_manager.active_clusters: 2
cluster_manager.cluster_added: 2
cluster_manager.cluster_modified: 0
cluster_manager.cluster_removed: 0
cluster_manager.cluster_updated: 0
cluster_manager.cluster_updated_via_merge: 0
cluster_manager.update_merge_cancelled: 0
cluster_manager.update_out_of_merge_window: 0
cluster_manager.warming_clusters: 0
dns.cares.get_addr_failure: 0
dns.cares.not_found: 4
dns.cares.pending_resolutions: 0
dns.cares.reinits: 0
dns.cares.resolve_total: 8
dns.cares.timeouts: 0
envoy.overload_actions.reset_high_memory_stream.count: 0
filesystem.flushed_by_timer: 0
filesystem.reopen_failed: 0
filesystem.write_buffered: 61
filesystem.write_completed: 2
filesystem.write_failed: 0
filesystem.write_total_buffered: 7964
http.admin.downstream_cx_active: 1
http.admin.downstream_cx_delayed_close_timeout: 0
http.admin.downstream_cx_destroy: 43
http.admin.downstream_cx_destroy_active_rq: 0
http.admin.downstream_cx_destroy_local: 0
http.admin.downstream_cx_destroy_local_active_rq: 0
http.admin.downstream_cx_destroy_remote: 43
http.admin.downstream_cx_destroy_remote_active_rq: 0
http.admin.downstream_cx_drain_close: 0
http.admin.downstream_cx_http1_active: 1
http.admin.downstream_cx_http1_soft_drain: 0
http.admin.downstream_cx_http1_total: 44
http.admin.downstream_cx_http2_active: 0
http.admin.downstream_cx_http2_total: 0
http.admin.downstream_cx_http3_active: 0
http.admin.downstream_cx_http3_total: 0
http.admin.downstream_cx_idle_timeout: 0
http.admin.downstream_cx_max_duration_reached: 0
http.admin.downstream_cx_max_requests_reached: 0
http.admin.downstream_cx_overload_disable_keepalive: 0
http.admin.downstream_cx_protocol_error: 0
http.admin.downstream_cx_rx_bytes_buffered: 84
http.admin.downstream_cx_rx_bytes_total: 4052
http.admin.downstream_cx_ssl_active: 0
http.admin.downstream_cx_ssl_total: 0
http.admin.downstream_cx_total: 44
http.admin.downstream_cx_tx_bytes_buffered: 0
http.admin.downstream_cx_tx_bytes_total: 655768
http.admin.downstream_cx_upgrades_active: 0
http.admin.downstream_cx_upgrades_total: 0
http.admin.downstream_flow_control_paused_reading_total: 0
http.admin.downstream_flow_control_resumed_reading_total: 0
http.admin.downstream_rq_1xx: 0
http.admin.downstream_rq_2xx: 24
http.admin.downstream_rq_3xx: 0
http.admin.downstream_rq_4xx: 20
http.admin.downstream_rq_5xx: 0
http.admin.downstream_rq_active: 1
http.admin.downstream_rq_completed: 44
http.admin.downstream_rq_failed_path_normalization: 0
http.admin.downstream_rq_header_timeout: 0
http.admin.downstream_rq_http1_total: 44
http.admin.downstream_rq_http2_total: 0
http.admin.downstream_rq_http3_total: 0
http.admin.downstream_rq_idle_timeout: 0
http.admin.downstream_rq_max_duration_reached: 0
http.admin.downstream_rq_non_relative_path: 0
http.admin.downstream_rq_overload_close: 0
http.admin.downstream_rq_redirected_with_normalized_path: 0
http.admin.downstream_rq_rejected_via_ip_detection: 0
http.admin.downstream_rq_response_before_rq_complete: 0
http.admin.downstream_rq_rx_reset: 0
http.admin.downstream_rq_timeout: 0
http.admin.downstream_rq_too_large: 0
http.admin.downstream_rq_too_many_premature_resets: 0
http.admin.downstream_rq_total: 44
http.admin.downstream_rq_tx_reset: 0
http.admin.downstream_rq_ws_on_non_ws_route: 0
http.admin.rs_too_large: 0
http.async-client.no_cluster: 0
http.async-client.no_route: 0
http.async-client.passthrough_internal_redirect_bad_location: 0
http.async-client.passthrough_internal_redirect_no_route: 0
http.async-client.passthrough_internal_redirect_predicate: 0
http.async-client.passthrough_internal_redirect_too_many_redirects: 0
http.async-client.passthrough_internal_redirect_unsafe_scheme: 0
http.async-client.rq_direct_response: 0
http.async-client.rq_overload_local_reply: 0
http.async-client.rq_redirect: 0
http.async-client.rq_reset_after_downstream_response_started: 0
http.async-client.rq_total: 0
http.ingress_http.downstream_cx_active: 0
http.ingress_http.downstream_cx_delayed_close_timeout: 0
http.ingress_http.downstream_cx_destroy: 18
http.ingress_http.downstream_cx_destroy_active_rq: 0
http.ingress_http.downstream_cx_destroy_local: 0
http.ingress_http.downstream_cx_destroy_local_active_rq: 0
http.ingress_http.downstream_cx_destroy_remote: 18
http.ingress_http.downstream_cx_destroy_remote_active_rq: 0
http.ingress_http.downstream_cx_drain_close: 0
http.ingress_http.downstream_cx_http1_active: 0
http.ingress_http.downstream_cx_http1_soft_drain: 0
http.ingress_http.downstream_cx_http1_total: 18
http.ingress_http.downstream_cx_http2_active: 0
http.ingress_http.downstream_cx_http2_total: 0
http.ingress_http.downstream_cx_http3_active: 0
http.ingress_http.downstream_cx_http3_total: 0
http.ingress_http.downstream_cx_idle_timeout: 0
http.ingress_http.downstream_cx_max_duration_reached: 0
http.ingress_http.downstream_cx_max_requests_reached: 0
http.ingress_http.downstream_cx_overload_disable_keepalive: 0
http.ingress_http.downstream_cx_protocol_error: 0
http.ingress_http.downstream_cx_rx_bytes_buffered: 0
http.ingress_http.downstream_cx_rx_bytes_total: 1579
http.ingress_http.downstream_cx_ssl_active: 0
http.ingress_http.downstream_cx_ssl_total: 0
http.ingress_http.downstream_cx_total: 18
http.ingress_http.downstream_cx_tx_bytes_buffered: 0
http.ingress_http.downstream_cx_tx_bytes_total: 4381
http.ingress_http.downstream_cx_upgrades_active: 0
http.ingress_http.downstream_cx_upgrades_total: 0
http.ingress_http.downstream_flow_control_paused_reading_total: 0
http.ingress_http.downstream_flow_control_resumed_reading_total: 0
http.ingress_http.downstream_rq_1xx: 0
http.ingress_http.downstream_rq_2xx: 17
http.ingress_http.downstream_rq_3xx: 0
http.ingress_http.downstream_rq_4xx: 1
http.ingress_http.downstream_rq_5xx: 0
http.ingress_http.downstream_rq_active: 0
http.ingress_http.downstream_rq_completed: 18
http.ingress_http.downstream_rq_failed_path_normalization: 0
http.ingress_http.downstream_rq_header_timeout: 0
http.ingress_http.downstream_rq_http1_total: 18
http.ingress_http.downstream_rq_http2_total: 0
http.ingress_http.downstream_rq_http3_total: 0
http.ingress_http.downstream_rq_idle_timeout: 0
http.ingress_http.downstream_rq_max_duration_reached: 0
http.ingress_http.downstream_rq_non_relative_path: 0
http.ingress_http.downstream_rq_overload_close: 0
http.ingress_http.downstream_rq_redirected_with_normalized_path: 0
http.ingress_http.downstream_rq_rejected_via_ip_detection: 0
http.ingress_http.downstream_rq_response_before_rq_complete: 0
http.ingress_http.downstream_rq_rx_reset: 0
http.ingress_http.downstream_rq_timeout: 0
http.ingress_http.downstream_rq_too_large: 0
http.ingress_http.downstream_rq_too_many_premature_resets: 0
http.ingress_http.downstream_rq_total: 18
http.ingress_http.downstream_rq_tx_reset: 0
http.ingress_http.downstream_rq_ws_on_non_ws_route: 0
http.ingress_http.no_cluster: 0
http.ingress_http.no_route: 1
http.ingress_http.passthrough_internal_redirect_bad_location: 0
http.ingress_http.passthrough_internal_redirect_no_route: 0
http.ingress_http.passthrough_internal_redirect_predicate: 0
http.ingress_http.passthrough_internal_redirect_too_many_redirects: 0
http.ingress_http.passthrough_internal_redirect_unsafe_scheme: 0
http.ingress_http.rq_direct_response: 0
http.ingress_http.rq_overload_local_reply: 0
http.ingress_http.rq_redirect: 0
http.ingress_http.rq_reset_after_downstream_response_started: 0
http.ingress_http.rq_total: 18
http.ingress_http.rs_too_large: 0
http.ingress_http.tracing.client_enabled: 0
http.ingress_http.tracing.health_check: 0
http.ingress_http.tracing.not_traceable: 0
http.ingress_http.tracing.random_sampling: 0
http.ingress_http.tracing.service_forced: 0
http1.dropped_headers_with_underscores: 0
http1.metadata_not_supported_error: 0
http1.requests_rejected_with_underscores_in_headers: 0
http1.response_flood: 0
listener.127.0.0.1_18000.downstream_cx_active: 0
listener.127.0.0.1_18000.downstream_cx_destroy: 18
listener.127.0.0.1_18000.downstream_cx_overflow: 0
listener.127.0.0.1_18000.downstream_cx_overload_reject: 0
listener.127.0.0.1_18000.downstream_cx_total: 18
listener.127.0.0.1_18000.downstream_cx_transport_socket_connect_timeout: 0
listener.127.0.0.1_18000.downstream_global_cx_overflow: 0
listener.127.0.0.1_18000.downstream_listener_filter_error: 0
listener.127.0.0.1_18000.downstream_listener_filter_remote_close: 0
listener.127.0.0.1_18000.downstream_pre_cx_active: 0
listener.127.0.0.1_18000.downstream_pre_cx_timeout: 0
listener.127.0.0.1_18000.extension_config_missing: 0
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_1xx: 0
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_2xx: 17
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_3xx: 0
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_4xx: 1
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_5xx: 0
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_completed: 18
listener.127.0.0.1_18000.network_extension_config_missing: 0
listener.127.0.0.1_18000.no_filter_chain_match: 0
listener.127.0.0.1_18000.worker_0.downstream_cx_active: 0
listener.127.0.0.1_18000.worker_0.downstream_cx_total: 18
listener.admin.downstream_cx_active: 1
listener.admin.downstream_cx_destroy: 43
listener.admin.downstream_cx_overflow: 0
listener.admin.downstream_cx_overload_reject: 0
listener.admin.downstream_cx_total: 44
listener.admin.downstream_cx_transport_socket_connect_timeout: 0
listener.admin.downstream_global_cx_overflow: 0
listener.admin.downstream_listener_filter_error: 0
listener.admin.downstream_listener_filter_remote_close: 0
listener.admin.downstream_pre_cx_active: 0
listener.admin.downstream_pre_cx_timeout: 0
listener.admin.http.admin.downstream_rq_1xx: 0
listener.admin.http.admin.downstream_rq_2xx: 24
listener.admin.http.admin.downstream_rq_3xx: 0
listener.admin.http.admin.downstream_rq_4xx: 20
listener.admin.http.admin.downstream_rq_5xx: 0
listener.admin.http.admin.downstream_rq_completed: 44
listener.admin.main_thread.downstream_cx_active: 1
listener.admin.main_thread.downstream_cx_total: 44
listener.admin.no_filter_chain_match: 0
listener_manager.listener_added: 1
listener_manager.listener_create_failure: 0
listener_manager.listener_create_success: 1
listener_manager.listener_in_place_updated: 0
listener_manager.listener_modified: 0
listener_manager.listener_removed: 0
listener_manager.listener_stopped: 0
listener_manager.total_filter_chains_draining: 0
listener_manager.total_listeners_active: 1
listener_manager.total_listeners_draining: 0
listener_manager.total_listeners_warming: 0
listener_manager.workers_pinned: 0
listener_manager.workers_started: 1
main_thread.watchdog_mega_miss: 0
main_thread.watchdog_miss: 0
runtime.admin_overrides_active: 0
runtime.deprecated_feature_seen_since_process_start: 0
runtime.deprecated_feature_use: 0
runtime.load_error: 0
runtime.load_success: 2
runtime.num_keys: 0
runtime.num_layers: 0
runtime.override_dir_exists: 0
runtime.override_dir_not_exists: 2
server.compilation_settings.fips_mode: 0
server.concurrency: 1
server.days_until_first_cert_expiring: 4294967295
server.debug_assertion_failures: 0
server.dropped_stat_flushes: 0
server.dynamic_unknown_fields: 0
server.envoy_bug_failures: 0
server.envoy_notifications: 0
server.hot_restart_epoch: 0
server.hot_restart_generation: 1
server.live: 1
server.main_thread.watchdog_mega_miss: 0
server.main_thread.watchdog_miss: 0
server.memory_allocated: 6880984
server.memory_heap_size: 12582912
server.memory_physical_size: 15657790
server.parent_connections: 0
server.seconds_until_first_ocsp_response_expiring: 0
server.state: 0
server.static_unknown_fields: 0
server.stats_recent_lookups: 2163
server.total_connections: 0
server.uptime: 5
server.version: 10376576
server.wip_protos: 0
server.worker_0.watchdog_mega_miss: 0
server.worker_0.watchdog_miss: 0
thread_local_cluster_manager.main_thread.clusters_inflated: 2
thread_local_cluster_manager.worker_0.clusters_inflated: 2
workers.watchdog_mega_miss: 0
workers.watchdog_miss: 0
cluster.service1.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service1.http2.cookie_count: No recorded values
cluster.service1.http2.cookie_size: No recorded values
cluster.service1.http2.header_count: No recorded values
cluster.service1.http2.header_list_size: No recorded values
cluster.service1.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service1.upstream_cx_length_ms: No recorded values
cluster.service1.upstream_rq_per_cx: No recorded values
cluster.service1.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service2.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.05,1.05) P99(1.05,1.05) P99.5(1.05,1.05) P99.9(1.05,1.05) P100(1.05,1.05)
cluster.service2.http2.cookie_count: No recorded values
cluster.service2.http2.cookie_size: No recorded values
cluster.service2.http2.header_count: No recorded values
cluster.service2.http2.header_list_size: No recorded values
cluster.service2.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service2.upstream_cx_length_ms: No recorded values
cluster.service2.upstream_rq_per_cx: No recorded values
cluster.service2.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.05,1.05) P99(1.05,1.05) P99.5(1.05,1.05) P99.9(1.05,1.05) P100(1.05,1.05)
http.admin.downstream_cx_length_ms: P0(0,0) P25(0,0) P50(0,0) P75(1.02,1.02) P90(1.08,1.08) P95(4.05,4.05) P99(7.05,7.05) P99.5(7.05,7.05) P99.9(7.05,7.05) P100(7.05,7.05)
http.admin.downstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(3.05,3.05) P99(6.05,6.05) P99.5(6.05,6.05) P99.9(6.05,6.05) P100(6.05,6.05)
http.ingress_http.downstream_cx_length_ms: P0(1.0076923076923077,1.0076923076923077) P25(1.0384615384615385,1.0384615384615385) P50(1.0692307692307692,1.0692307692307692) P75(2.0285714285714285,2.0285714285714285) P90(2.0714285714285716,2.0714285714285716) P95(2.085714285714286,2.085714285714286) P99(2.085714285714286,2.085714285714286) P99.5(2.085714285714286,2.085714285714286) P99.9(2.085714285714286,2.085714285714286) P100(2.085714285714286,2.085714285714286)
http.ingress_http.downstream_rq_time: P0(0,0) P25(0,0) P50(1.0125,1.0125) P75(1.075,1.075) P90(2.05,2.05) P95(2.075,2.075) P99(2.075,2.075) P99.5(2.075,2.075) P99.9(2.075,2.075) P100(2.075,2.075)
listener.127.0.0.1_18000.connections_accepted_per_socket_event: P0(1.0052631578947369,1.0052631578947369) P25(1.0263157894736843,1.0263157894736843) P50(1.0473684210526315,1.0473684210526315) P75(1.0736842105263158,1.0736842105263158) P90(1.0894736842105264,1.0894736842105264) P95(1.0947368421052632,1.0947368421052632) P99(1.0947368421052632,1.0947368421052632) P99.5(1.0947368421052632,1.0947368421052632) P99.9(1.0947368421052632,1.0947368421052632) P100(1.0947368421052632,1.0947368421052632)
listener.127.0.0.1_18000.downstream_cx_length_ms: P0(1.0076923076923077,1.0076923076923077) P25(1.0384615384615385,1.0384615384615385) P50(1.0692307692307692,1.0692307692307692) P75(2.0285714285714285,2.0285714285714285) P90(2.0714285714285716,2.0714285714285716) P95(2.085714285714286,2.085714285714286) P99(2.085714285714286,2.085714285714286) P99.5(2.085714285714286,2.085714285714286) P99.9(2.085714285714286,2.085714285714286) P100(2.085714285714286,2.085714285714286)
listener.admin.connections_accepted_per_socket_event: P0(1.0023809523809524,1.0023809523809524) P25(1.026190476190476,1.026190476190476) P50(1.05,1.05) P75(1.0738095238095238,1.0738095238095238) P90(1.088095238095238,1.088095238095238) P95(1.092857142857143,1.092857142857143) P99(1.0976190476190477,1.0976190476190477) P99.5(1.0976190476190477,1.0976190476190477) P99.9(1.0976190476190477,1.0976190476190477) P100(1.0976190476190477,1.0976190476190477)
listener.admin.downstream_cx_length_ms: P0(0,0) P25(0,0) P50(0,0) P75(1.02,1.02) P90(1.08,1.08) P95(4.05,4.05) P99(7.05,7.05) P99.5(7.05,7.05) P99.9(7.05,7.05) P100(7.05,7.05)
overload.refresh_interval_delay: No recorded values
server.initialization_time_ms: P0(13.5,13.5) P25(13.5,13.5) P50(13.5,13.5) P75(13.5,13.5) P90(13.5,13.5) P95(13.5,13.5) P99(13.5,13.5) P99.5(13.5,13.5) P99.9(13.5,13.5) P100(13.5,13.5)

"""#

    /// `admin_stats_json.json`
    static let json = #"""
{"stats":[{"name":"cluster.service1.assignment_stale","value":0},{"name":"cluster.service1.assignment_timeout_received","value":0},{"name":"cluster.service1.assignment_use_cached","value":0},{"name":"cluster.service1.bind_errors","value":0},{"name":"cluster.service1.circuit_breakers.default.cx_open","value":0},{"name":"cluster.service1.circuit_breakers.default.cx_pool_open","value":0},{"name":"cluster.service1.circuit_breakers.default.rq_open","value":0},{"name":"cluster.service1.circuit_breakers.default.rq_pending_open","value":0},{"name":"cluster.service1.circuit_breakers.default.rq_retry_open","value":0},{"name":"cluster.service1.circuit_breakers.high.cx_open","value":0},{"name":"cluster.service1.circuit_breakers.high.cx_pool_open","value":0},{"name":"cluster.service1.circuit_breakers.high.rq_open","value":0},{"name":"cluster.service1.circuit_breakers.high.rq_pending_open","value":0},{"name":"cluster.service1.circuit_breakers.high.rq_retry_open","value":0},{"name":"cluster.service1.default.total_match_count","value":6},{"name":"cluster.service1.external.upstream_rq_200","value":12},{"name":"cluster.service1.external.upstream_rq_2xx","value":12},{"name":"cluster.service1.external.upstream_rq_completed","value":12},{"name":"cluster.service1.http2.cookies_total_bytes_too_large","value":0},{"name":"cluster.service1.http2.deferred_stream_close","value":0},{"name":"cluster.service1.http2.dropped_headers_with_underscores","value":0},{"name":"cluster.service1.http2.goaway_sent","value":0},{"name":"cluster.service1.http2.header_list_size_too_large","value":0},{"name":"cluster.service1.http2.header_overflow","value":0},{"name":"cluster.service1.http2.headers_cb_no_stream","value":0},{"name":"cluster.service1.http2.inbound_empty_frames_flood","value":0},{"name":"cluster.service1.http2.inbound_priority_frames_flood","value":0},{"name":"cluster.service1.http2.inbound_window_update_frames_flood","value":0},{"name":"cluster.service1.http2.keepalive_timeout","value":0},{"name":"cluster.service1.http2.metadata_empty_frames","value":0},{"name":"cluster.service1.http2.nghttp2_downstream_connections","value":0},{"name":"cluster.service1.http2.nghttp2_upstream_connections","value":3},{"name":"cluster.service1.http2.oghttp2_downstream_connections","value":0},{"name":"cluster.service1.http2.oghttp2_upstream_connections","value":0},{"name":"cluster.service1.http2.outbound_control_flood","value":0},{"name":"cluster.service1.http2.outbound_control_frames_active","value":0},{"name":"cluster.service1.http2.outbound_flood","value":0},{"name":"cluster.service1.http2.outbound_frames_active","value":0},{"name":"cluster.service1.http2.pending_send_bytes","value":0},{"name":"cluster.service1.http2.requests_rejected_with_underscores_in_headers","value":0},{"name":"cluster.service1.http2.rx_messaging_error","value":0},{"name":"cluster.service1.http2.rx_reset","value":0},{"name":"cluster.service1.http2.stream_refused_errors","value":0},{"name":"cluster.service1.http2.streams_active","value":0},{"name":"cluster.service1.http2.trailers","value":0},{"name":"cluster.service1.http2.tx_flush_timeout","value":0},{"name":"cluster.service1.http2.tx_reset","value":0},{"name":"cluster.service1.lb_healthy_panic","value":0},{"name":"cluster.service1.lb_local_cluster_not_ok","value":0},{"name":"cluster.service1.lb_recalculate_zone_structures","value":0},{"name":"cluster.service1.lb_subsets_active","value":0},{"name":"cluster.service1.lb_subsets_created","value":0},{"name":"cluster.service1.lb_subsets_fallback","value":0},{"name":"cluster.service1.lb_subsets_fallback_panic","value":0},{"name":"cluster.service1.lb_subsets_removed","value":0},{"name":"cluster.service1.lb_subsets_selected","value":0},{"name":"cluster.service1.lb_zone_cluster_too_small","value":0},{"name":"cluster.service1.lb_zone_no_capacity_left","value":0},{"name":"cluster.service1.lb_zone_routing_all_directly","value":0},{"name":"cluster.service1.lb_zone_routing_cross_zone","value":0},{"name":"cluster.service1.lb_zone_routing_sampled","value":0},{"name":"cluster.service1.max_host_weight","value":1},{"name":"cluster.service1.membership_change","value":1},{"name":"cluster.service1.membership_degraded","value":0},{"name":"cluster.service1.membership_excluded","value":0},{"name":"cluster.service1.membership_healthy","value":3},{"name":"cluster.service1.membership_total","value":3},{"name":"cluster.service1.original_dst_host_invalid","value":0},{"name":"cluster.service1.retry_or_shadow_abandoned","value":0},{"name":"cluster.service1.update_attempt","value":2},{"name":"cluster.service1.update_empty","value":0},{"name":"cluster.service1.update_failure","value":0},{"name":"cluster.service1.update_no_rebuild","value":1},{"name":"cluster.service1.update_success","value":2},{"name":"cluster.service1.upstream_cx_active","value":3},{"name":"cluster.service1.upstream_cx_close_notify","value":0},{"name":"cluster.service1.upstream_cx_connect_attempts_exceeded","value":0},{"name":"cluster.service1.upstream_cx_connect_fail","value":0},{"name":"cluster.service1.upstream_cx_connect_timeout","value":0},{"name":"cluster.service1.upstream_cx_connect_with_0_rtt","value":0},{"name":"cluster.service1.upstream_cx_destroy","value":0},{"name":"cluster.service1.upstream_cx_destroy_local","value":0},{"name":"cluster.service1.upstream_cx_destroy_local_with_active_rq","value":0},{"name":"cluster.service1.upstream_cx_destroy_remote","value":0},{"name":"cluster.service1.upstream_cx_destroy_remote_with_active_rq","value":0},{"name":"cluster.service1.upstream_cx_destroy_with_active_rq","value":0},{"name":"cluster.service1.upstream_cx_http1_total","value":0},{"name":"cluster.service1.upstream_cx_http2_total","value":3},{"name":"cluster.service1.upstream_cx_http3_total","value":0},{"name":"cluster.service1.upstream_cx_idle_timeout","value":0},{"name":"cluster.service1.upstream_cx_max_duration_reached","value":0},{"name":"cluster.service1.upstream_cx_max_requests","value":0},{"name":"cluster.service1.upstream_cx_none_healthy","value":0},{"name":"cluster.service1.upstream_cx_overflow","value":0},{"name":"cluster.service1.upstream_cx_pool_overflow","value":0},{"name":"cluster.service1.upstream_cx_preconnect_skipped","value":0},{"name":"cluster.service1.upstream_cx_protocol_error","value":0},{"name":"cluster.service1.upstream_cx_rx_bytes_buffered","value":324},{"name":"cluster.service1.upstream_cx_rx_bytes_total","value":1542},{"name":"cluster.service1.upstream_cx_total","value":3},{"name":"cluster.service1.upstream_cx_tx_bytes_buffered","value":0},{"name":"cluster.service1.upstream_cx_tx_bytes_total","value":1144},{"name":"cluster.service1.upstream_flow_control_backed_up_total","value":0},{"name":"cluster.service1.upstream_flow_control_drained_total","value":0},{"name":"cluster.service1.upstream_flow_control_paused_reading_total","value":0},{"name":"cluster.service1.upstream_flow_control_resumed_reading_total","value":0},{"name":"cluster.service1.upstream_http3_broken","value":0},{"name":"cluster.service1.upstream_internal_redirect_failed_total","value":0},{"name":"cluster.service1.upstream_internal_redirect_succeeded_total","value":0},{"name":"cluster.service1.upstream_queue_overloaded","value":0},{"name":"cluster.service1.upstream_rq_0rtt","value":0},{"name":"cluster.service1.upstream_rq_200","value":12},{"name":"cluster.service1.upstream_rq_2xx","value":12},{"name":"cluster.service1.upstream_rq_active","value":0},{"name":"cluster.service1.upstream_rq_active_overflow","value":0},{"name":"cluster.service1.upstream_rq_cancelled","value":0},{"name":"cluster.service1.upstream_rq_completed","value":12},{"name":"cluster.service1.upstream_rq_maintenance_mode","value":0},{"name":"cluster.service1.upstream_rq_max_duration_reached","value":0},{"name":"cluster.service1.upstream_rq_pending_active","value":0},{"name":"cluster.service1.upstream_rq_pending_failure_eject","value":0},{"name":"cluster.service1.upstream_rq_pending_overflow","value":0},{"name":"cluster.service1.upstream_rq_pending_total","value":3},{"name":"cluster.service1.upstream_rq_per_try_idle_timeout","value":0},{"name":"cluster.service1.upstream_rq_per_try_timeout","value":0},{"name":"cluster.service1.upstream_rq_retry","value":0},{"name":"cluster.service1.upstream_rq_retry_backoff_exponential","value":0},{"name":"cluster.service1.upstream_rq_retry_backoff_ratelimited","value":0},{"name":"cluster.service1.upstream_rq_retry_limit_exceeded","value":0},{"name":"cluster.service1.upstream_rq_retry_overflow","value":0},{"name":"cluster.service1.upstream_rq_retry_success","value":0},{"name":"cluster.service1.upstream_rq_rx_reset","value":0},{"name":"cluster.service1.upstream_rq_rx_reset_no_error","value":0},{"name":"cluster.service1.upstream_rq_timeout","value":0},{"name":"cluster.service1.upstream_rq_total","value":12},{"name":"cluster.service1.upstream_rq_tx_reset","value":0},{"name":"cluster.service1.version","value":0},{"name":"cluster.service1.warming_state","value":0},{"name":"cluster.service2.assignment_stale","value":0},{"name":"cluster.service2.assignment_timeout_received","value":0},{"name":"cluster.service2.assignment_use_cached","value":0},{"name":"cluster.service2.bind_errors","value":0},{"name":"cluster.service2.circuit_breakers.default.cx_open","value":0},{"name":"cluster.service2.circuit_breakers.default.cx_pool_open","value":0},{"name":"cluster.service2.circuit_breakers.default.rq_open","value":0},{"name":"cluster.service2.circuit_breakers.default.rq_pending_open","value":0},{"name":"cluster.service2.circuit_breakers.default.rq_retry_open","value":0},{"name":"cluster.service2.circuit_breakers.high.cx_open","value":0},{"name":"cluster.service2.circuit_breakers.high.cx_pool_open","value":0},{"name":"cluster.service2.circuit_breakers.high.rq_open","value":0},{"name":"cluster.service2.circuit_breakers.high.rq_pending_open","value":0},{"name":"cluster.service2.circuit_breakers.high.rq_retry_open","value":0},{"name":"cluster.service2.default.total_match_count","value":2},{"name":"cluster.service2.external.upstream_rq_200","value":5},{"name":"cluster.service2.external.upstream_rq_2xx","value":5},{"name":"cluster.service2.external.upstream_rq_completed","value":5},{"name":"cluster.service2.http2.cookies_total_bytes_too_large","value":0},{"name":"cluster.service2.http2.deferred_stream_close","value":0},{"name":"cluster.service2.http2.dropped_headers_with_underscores","value":0},{"name":"cluster.service2.http2.goaway_sent","value":0},{"name":"cluster.service2.http2.header_list_size_too_large","value":0},{"name":"cluster.service2.http2.header_overflow","value":0},{"name":"cluster.service2.http2.headers_cb_no_stream","value":0},{"name":"cluster.service2.http2.inbound_empty_frames_flood","value":0},{"name":"cluster.service2.http2.inbound_priority_frames_flood","value":0},{"name":"cluster.service2.http2.inbound_window_update_frames_flood","value":0},{"name":"cluster.service2.http2.keepalive_timeout","value":0},{"name":"cluster.service2.http2.metadata_empty_frames","value":0},{"name":"cluster.service2.http2.nghttp2_downstream_connections","value":0},{"name":"cluster.service2.http2.nghttp2_upstream_connections","value":1},{"name":"cluster.service2.http2.oghttp2_downstream_connections","value":0},{"name":"cluster.service2.http2.oghttp2_upstream_connections","value":0},{"name":"cluster.service2.http2.outbound_control_flood","value":0},{"name":"cluster.service2.http2.outbound_control_frames_active","value":0},{"name":"cluster.service2.http2.outbound_flood","value":0},{"name":"cluster.service2.http2.outbound_frames_active","value":0},{"name":"cluster.service2.http2.pending_send_bytes","value":0},{"name":"cluster.service2.http2.requests_rejected_with_underscores_in_headers","value":0},{"name":"cluster.service2.http2.rx_messaging_error","value":0},{"name":"cluster.service2.http2.rx_reset","value":0},{"name":"cluster.service2.http2.stream_refused_errors","value":0},{"name":"cluster.service2.http2.streams_active","value":0},{"name":"cluster.service2.http2.trailers","value":0},{"name":"cluster.service2.http2.tx_flush_timeout","value":0},{"name":"cluster.service2.http2.tx_reset","value":0},{"name":"cluster.service2.lb_healthy_panic","value":0},{"name":"cluster.service2.lb_local_cluster_not_ok","value":0},{"name":"cluster.service2.lb_recalculate_zone_structures","value":0},{"name":"cluster.service2.lb_subsets_active","value":0},{"name":"cluster.service2.lb_subsets_created","value":0},{"name":"cluster.service2.lb_subsets_fallback","value":0},{"name":"cluster.service2.lb_subsets_fallback_panic","value":0},{"name":"cluster.service2.lb_subsets_removed","value":0},{"name":"cluster.service2.lb_subsets_selected","value":0},{"name":"cluster.service2.lb_zone_cluster_too_small","value":0},{"name":"cluster.service2.lb_zone_no_capacity_left","value":0},{"name":"cluster.service2.lb_zone_routing_all_directly","value":0},{"name":"cluster.service2.lb_zone_routing_cross_zone","value":0},{"name":"cluster.service2.lb_zone_routing_sampled","value":0},{"name":"cluster.service2.max_host_weight","value":1},{"name":"cluster.service2.membership_change","value":1},{"name":"cluster.service2.membership_degraded","value":0},{"name":"cluster.service2.membership_excluded","value":0},{"name":"cluster.service2.membership_healthy","value":1},{"name":"cluster.service2.membership_total","value":1},{"name":"cluster.service2.original_dst_host_invalid","value":0},{"name":"cluster.service2.retry_or_shadow_abandoned","value":0},{"name":"cluster.service2.update_attempt","value":2},{"name":"cluster.service2.update_empty","value":0},{"name":"cluster.service2.update_failure","value":0},{"name":"cluster.service2.update_no_rebuild","value":1},{"name":"cluster.service2.update_success","value":2},{"name":"cluster.service2.upstream_cx_active","value":1},{"name":"cluster.service2.upstream_cx_close_notify","value":0},{"name":"cluster.service2.upstream_cx_connect_attempts_exceeded","value":0},{"name":"cluster.service2.upstream_cx_connect_fail","value":0},{"name":"cluster.service2.upstream_cx_connect_timeout","value":0},{"name":"cluster.service2.upstream_cx_connect_with_0_rtt","value":0},{"name":"cluster.service2.upstream_cx_destroy","value":0},{"name":"cluster.service2.upstream_cx_destroy_local","value":0},{"name":"cluster.service2.upstream_cx_destroy_local_with_active_rq","value":0},{"name":"cluster.service2.upstream_cx_destroy_remote","value":0},{"name":"cluster.service2.upstream_cx_destroy_remote_with_active_rq","value":0},{"name":"cluster.service2.upstream_cx_destroy_with_active_rq","value":0},{"name":"cluster.service2.upstream_cx_http1_total","value":0},{"name":"cluster.service2.upstream_cx_http2_total","value":1},{"name":"cluster.service2.upstream_cx_http3_total","value":0},{"name":"cluster.service2.upstream_cx_idle_timeout","value":0},{"name":"cluster.service2.upstream_cx_max_duration_reached","value":0},{"name":"cluster.service2.upstream_cx_max_requests","value":0},{"name":"cluster.service2.upstream_cx_none_healthy","value":0},{"name":"cluster.service2.upstream_cx_overflow","value":0},{"name":"cluster.service2.upstream_cx_pool_overflow","value":0},{"name":"cluster.service2.upstream_cx_preconnect_skipped","value":0},{"name":"cluster.service2.upstream_cx_protocol_error","value":0},{"name":"cluster.service2.upstream_cx_rx_bytes_buffered","value":108},{"name":"cluster.service2.upstream_cx_rx_bytes_total","value":622},{"name":"cluster.service2.upstream_cx_total","value":1},{"name":"cluster.service2.upstream_cx_tx_bytes_buffered","value":0},{"name":"cluster.service2.upstream_cx_tx_bytes_total","value":434},{"name":"cluster.service2.upstream_flow_control_backed_up_total","value":0},{"name":"cluster.service2.upstream_flow_control_drained_total","value":0},{"name":"cluster.service2.upstream_flow_control_paused_reading_total","value":0},{"name":"cluster.service2.upstream_flow_control_resumed_reading_total","value":0},{"name":"cluster.service2.upstream_http3_broken","value":0},{"name":"cluster.service2.upstream_internal_redirect_failed_total","value":0},{"name":"cluster.service2.upstream_internal_redirect_succeeded_total","value":0},{"name":"cluster.service2.upstream_queue_overloaded","value":0},{"name":"cluster.service2.upstream_rq_0rtt","value":0},{"name":"cluster.service2.upstream_rq_200","value":5},{"name":"cluster.service2.upstream_rq_2xx","value":5},{"name":"cluster.service2.upstream_rq_active","value":0},{"name":"cluster.service2.upstream_rq_active_overflow","value":0},{"name":"cluster.service2.upstream_rq_cancelled","value":0},{"name":"cluster.service2.upstream_rq_completed","value":5},{"name":"cluster.service2.upstream_rq_maintenance_mode","value":0},{"name":"cluster.service2.upstream_rq_max_duration_reached","value":0},{"name":"cluster.service2.upstream_rq_pending_active","value":0},{"name":"cluster.service2.upstream_rq_pending_failure_eject","value":0},{"name":"cluster.service2.upstream_rq_pending_overflow","value":0},{"name":"cluster.service2.upstream_rq_pending_total","value":1},{"name":"cluster.service2.upstream_rq_per_try_idle_timeout","value":0},{"name":"cluster.service2.upstream_rq_per_try_timeout","value":0},{"name":"cluster.service2.upstream_rq_retry","value":0},{"name":"cluster.service2.upstream_rq_retry_backoff_exponential","value":0},{"name":"cluster.service2.upstream_rq_retry_backoff_ratelimited","value":0},{"name":"cluster.service2.upstream_rq_retry_limit_exceeded","value":0},{"name":"cluster.service2.upstream_rq_retry_overflow","value":0},{"name":"cluster.service2.upstream_rq_retry_success","value":0},{"name":"cluster.service2.upstream_rq_rx_reset","value":0},{"name":"cluster.service2.upstream_rq_rx_reset_no_error","value":0},{"name":"cluster.service2.upstream_rq_timeout","value":0},{"name":"cluster.service2.upstream_rq_total","value":5},{"name":"cluster.service2.upstream_rq_tx_reset","value":0},{"name":"cluster.service2.version","value":0},{"name":"cluster.service2.warming_state","value":0},{"name":"cluster_manager.active_clusters","value":2},{"name":"cluster_manager.cluster_added","value":2},{"name":"cluster_manager.cluster_modified","value":0},{"name":"cluster_manager.cluster_removed","value":0},{"name":"cluster_manager.cluster_updated","value":0},{"name":"cluster_manager.cluster_updated_via_merge","value":0},{"name":"cluster_manager.update_merge_cancelled","value":0},{"name":"cluster_manager.update_out_of_merge_window","value":0},{"name":"cluster_manager.warming_clusters","value":0},{"name":"dns.cares.get_addr_failure","value":0},{"name":"dns.cares.not_found","value":4},{"name":"dns.cares.pending_resolutions","value":0},{"name":"dns.cares.reinits","value":0},{"name":"dns.cares.resolve_total","value":8},{"name":"dns.cares.timeouts","value":0},{"name":"envoy.overload_actions.reset_high_memory_stream.count","value":0},{"name":"filesystem.flushed_by_timer","value":0},{"name":"filesystem.reopen_failed","value":0},{"name":"filesystem.write_buffered","value":62},{"name":"filesystem.write_completed","value":2},{"name":"filesystem.write_failed","value":0},{"name":"filesystem.write_total_buffered","value":8083},{"name":"http.admin.downstream_cx_active","value":1},{"name":"http.admin.downstream_cx_delayed_close_timeout","value":0},{"name":"http.admin.downstream_cx_destroy","value":44},{"name":"http.admin.downstream_cx_destroy_active_rq","value":0},{"name":"http.admin.downstream_cx_destroy_local","value":0},{"name":"http.admin.downstream_cx_destroy_local_active_rq","value":0},{"name":"http.admin.downstream_cx_destroy_remote","value":44},{"name":"http.admin.downstream_cx_destroy_remote_active_rq","value":0},{"name":"http.admin.downstream_cx_drain_close","value":0},{"name":"http.admin.downstream_cx_http1_active","value":1},{"name":"http.admin.downstream_cx_http1_soft_drain","value":0},{"name":"http.admin.downstream_cx_http1_total","value":45},{"name":"http.admin.downstream_cx_http2_active","value":0},{"name":"http.admin.downstream_cx_http2_total","value":0},{"name":"http.admin.downstream_cx_http3_active","value":0},{"name":"http.admin.downstream_cx_http3_total","value":0},{"name":"http.admin.downstream_cx_idle_timeout","value":0},{"name":"http.admin.downstream_cx_max_duration_reached","value":0},{"name":"http.admin.downstream_cx_max_requests_reached","value":0},{"name":"http.admin.downstream_cx_overload_disable_keepalive","value":0},{"name":"http.admin.downstream_cx_protocol_error","value":0},{"name":"http.admin.downstream_cx_rx_bytes_buffered","value":96},{"name":"http.admin.downstream_cx_rx_bytes_total","value":4148},{"name":"http.admin.downstream_cx_ssl_active","value":0},{"name":"http.admin.downstream_cx_ssl_total","value":0},{"name":"http.admin.downstream_cx_total","value":45},{"name":"http.admin.downstream_cx_tx_bytes_buffered","value":0},{"name":"http.admin.downstream_cx_tx_bytes_total","value":685374},{"name":"http.admin.downstream_cx_upgrades_active","value":0},{"name":"http.admin.downstream_cx_upgrades_total","value":0},{"name":"http.admin.downstream_flow_control_paused_reading_total","value":0},{"name":"http.admin.downstream_flow_control_resumed_reading_total","value":0},{"name":"http.admin.downstream_rq_1xx","value":0},{"name":"http.admin.downstream_rq_2xx","value":25},{"name":"http.admin.downstream_rq_3xx","value":0},{"name":"http.admin.downstream_rq_4xx","value":20},{"name":"http.admin.downstream_rq_5xx","value":0},{"name":"http.admin.downstream_rq_active","value":1},{"name":"http.admin.downstream_rq_completed","value":45},{"name":"http.admin.downstream_rq_failed_path_normalization","value":0},{"name":"http.admin.downstream_rq_header_timeout","value":0},{"name":"http.admin.downstream_rq_http1_total","value":45},{"name":"http.admin.downstream_rq_http2_total","value":0},{"name":"http.admin.downstream_rq_http3_total","value":0},{"name":"http.admin.downstream_rq_idle_timeout","value":0},{"name":"http.admin.downstream_rq_max_duration_reached","value":0},{"name":"http.admin.downstream_rq_non_relative_path","value":0},{"name":"http.admin.downstream_rq_overload_close","value":0},{"name":"http.admin.downstream_rq_redirected_with_normalized_path","value":0},{"name":"http.admin.downstream_rq_rejected_via_ip_detection","value":0},{"name":"http.admin.downstream_rq_response_before_rq_complete","value":0},{"name":"http.admin.downstream_rq_rx_reset","value":0},{"name":"http.admin.downstream_rq_timeout","value":0},{"name":"http.admin.downstream_rq_too_large","value":0},{"name":"http.admin.downstream_rq_too_many_premature_resets","value":0},{"name":"http.admin.downstream_rq_total","value":45},{"name":"http.admin.downstream_rq_tx_reset","value":0},{"name":"http.admin.downstream_rq_ws_on_non_ws_route","value":0},{"name":"http.admin.rs_too_large","value":0},{"name":"http.async-client.no_cluster","value":0},{"name":"http.async-client.no_route","value":0},{"name":"http.async-client.passthrough_internal_redirect_bad_location","value":0},{"name":"http.async-client.passthrough_internal_redirect_no_route","value":0},{"name":"http.async-client.passthrough_internal_redirect_predicate","value":0},{"name":"http.async-client.passthrough_internal_redirect_too_many_redirects","value":0},{"name":"http.async-client.passthrough_internal_redirect_unsafe_scheme","value":0},{"name":"http.async-client.rq_direct_response","value":0},{"name":"http.async-client.rq_overload_local_reply","value":0},{"name":"http.async-client.rq_redirect","value":0},{"name":"http.async-client.rq_reset_after_downstream_response_started","value":0},{"name":"http.async-client.rq_total","value":0},{"name":"http.ingress_http.downstream_cx_active","value":0},{"name":"http.ingress_http.downstream_cx_delayed_close_timeout","value":0},{"name":"http.ingress_http.downstream_cx_destroy","value":18},{"name":"http.ingress_http.downstream_cx_destroy_active_rq","value":0},{"name":"http.ingress_http.downstream_cx_destroy_local","value":0},{"name":"http.ingress_http.downstream_cx_destroy_local_active_rq","value":0},{"name":"http.ingress_http.downstream_cx_destroy_remote","value":18},{"name":"http.ingress_http.downstream_cx_destroy_remote_active_rq","value":0},{"name":"http.ingress_http.downstream_cx_drain_close","value":0},{"name":"http.ingress_http.downstream_cx_http1_active","value":0},{"name":"http.ingress_http.downstream_cx_http1_soft_drain","value":0},{"name":"http.ingress_http.downstream_cx_http1_total","value":18},{"name":"http.ingress_http.downstream_cx_http2_active","value":0},{"name":"http.ingress_http.downstream_cx_http2_total","value":0},{"name":"http.ingress_http.downstream_cx_http3_active","value":0},{"name":"http.ingress_http.downstream_cx_http3_total","value":0},{"name":"http.ingress_http.downstream_cx_idle_timeout","value":0},{"name":"http.ingress_http.downstream_cx_max_duration_reached","value":0},{"name":"http.ingress_http.downstream_cx_max_requests_reached","value":0},{"name":"http.ingress_http.downstream_cx_overload_disable_keepalive","value":0},{"name":"http.ingress_http.downstream_cx_protocol_error","value":0},{"name":"http.ingress_http.downstream_cx_rx_bytes_buffered","value":0},{"name":"http.ingress_http.downstream_cx_rx_bytes_total","value":1579},{"name":"http.ingress_http.downstream_cx_ssl_active","value":0},{"name":"http.ingress_http.downstream_cx_ssl_total","value":0},{"name":"http.ingress_http.downstream_cx_total","value":18},{"name":"http.ingress_http.downstream_cx_tx_bytes_buffered","value":0},{"name":"http.ingress_http.downstream_cx_tx_bytes_total","value":4381},{"name":"http.ingress_http.downstream_cx_upgrades_active","value":0},{"name":"http.ingress_http.downstream_cx_upgrades_total","value":0},{"name":"http.ingress_http.downstream_flow_control_paused_reading_total","value":0},{"name":"http.ingress_http.downstream_flow_control_resumed_reading_total","value":0},{"name":"http.ingress_http.downstream_rq_1xx","value":0},{"name":"http.ingress_http.downstream_rq_2xx","value":17},{"name":"http.ingress_http.downstream_rq_3xx","value":0},{"name":"http.ingress_http.downstream_rq_4xx","value":1},{"name":"http.ingress_http.downstream_rq_5xx","value":0},{"name":"http.ingress_http.downstream_rq_active","value":0},{"name":"http.ingress_http.downstream_rq_completed","value":18},{"name":"http.ingress_http.downstream_rq_failed_path_normalization","value":0},{"name":"http.ingress_http.downstream_rq_header_timeout","value":0},{"name":"http.ingress_http.downstream_rq_http1_total","value":18},{"name":"http.ingress_http.downstream_rq_http2_total","value":0},{"name":"http.ingress_http.downstream_rq_http3_total","value":0},{"name":"http.ingress_http.downstream_rq_idle_timeout","value":0},{"name":"http.ingress_http.downstream_rq_max_duration_reached","value":0},{"name":"http.ingress_http.downstream_rq_non_relative_path","value":0},{"name":"http.ingress_http.downstream_rq_overload_close","value":0},{"name":"http.ingress_http.downstream_rq_redirected_with_normalized_path","value":0},{"name":"http.ingress_http.downstream_rq_rejected_via_ip_detection","value":0},{"name":"http.ingress_http.downstream_rq_response_before_rq_complete","value":0},{"name":"http.ingress_http.downstream_rq_rx_reset","value":0},{"name":"http.ingress_http.downstream_rq_timeout","value":0},{"name":"http.ingress_http.downstream_rq_too_large","value":0},{"name":"http.ingress_http.downstream_rq_too_many_premature_resets","value":0},{"name":"http.ingress_http.downstream_rq_total","value":18},{"name":"http.ingress_http.downstream_rq_tx_reset","value":0},{"name":"http.ingress_http.downstream_rq_ws_on_non_ws_route","value":0},{"name":"http.ingress_http.no_cluster","value":0},{"name":"http.ingress_http.no_route","value":1},{"name":"http.ingress_http.passthrough_internal_redirect_bad_location","value":0},{"name":"http.ingress_http.passthrough_internal_redirect_no_route","value":0},{"name":"http.ingress_http.passthrough_internal_redirect_predicate","value":0},{"name":"http.ingress_http.passthrough_internal_redirect_too_many_redirects","value":0},{"name":"http.ingress_http.passthrough_internal_redirect_unsafe_scheme","value":0},{"name":"http.ingress_http.rq_direct_response","value":0},{"name":"http.ingress_http.rq_overload_local_reply","value":0},{"name":"http.ingress_http.rq_redirect","value":0},{"name":"http.ingress_http.rq_reset_after_downstream_response_started","value":0},{"name":"http.ingress_http.rq_total","value":18},{"name":"http.ingress_http.rs_too_large","value":0},{"name":"http.ingress_http.tracing.client_enabled","value":0},{"name":"http.ingress_http.tracing.health_check","value":0},{"name":"http.ingress_http.tracing.not_traceable","value":0},{"name":"http.ingress_http.tracing.random_sampling","value":0},{"name":"http.ingress_http.tracing.service_forced","value":0},{"name":"http1.dropped_headers_with_underscores","value":0},{"name":"http1.metadata_not_supported_error","value":0},{"name":"http1.requests_rejected_with_underscores_in_headers","value":0},{"name":"http1.response_flood","value":0},{"name":"listener.127.0.0.1_18000.downstream_cx_active","value":0},{"name":"listener.127.0.0.1_18000.downstream_cx_destroy","value":18},{"name":"listener.127.0.0.1_18000.downstream_cx_overflow","value":0},{"name":"listener.127.0.0.1_18000.downstream_cx_overload_reject","value":0},{"name":"listener.127.0.0.1_18000.downstream_cx_total","value":18},{"name":"listener.127.0.0.1_18000.downstream_cx_transport_socket_connect_timeout","value":0},{"name":"listener.127.0.0.1_18000.downstream_global_cx_overflow","value":0},{"name":"listener.127.0.0.1_18000.downstream_listener_filter_error","value":0},{"name":"listener.127.0.0.1_18000.downstream_listener_filter_remote_close","value":0},{"name":"listener.127.0.0.1_18000.downstream_pre_cx_active","value":0},{"name":"listener.127.0.0.1_18000.downstream_pre_cx_timeout","value":0},{"name":"listener.127.0.0.1_18000.extension_config_missing","value":0},{"name":"listener.127.0.0.1_18000.http.ingress_http.downstream_rq_1xx","value":0},{"name":"listener.127.0.0.1_18000.http.ingress_http.downstream_rq_2xx","value":17},{"name":"listener.127.0.0.1_18000.http.ingress_http.downstream_rq_3xx","value":0},{"name":"listener.127.0.0.1_18000.http.ingress_http.downstream_rq_4xx","value":1},{"name":"listener.127.0.0.1_18000.http.ingress_http.downstream_rq_5xx","value":0},{"name":"listener.127.0.0.1_18000.http.ingress_http.downstream_rq_completed","value":18},{"name":"listener.127.0.0.1_18000.network_extension_config_missing","value":0},{"name":"listener.127.0.0.1_18000.no_filter_chain_match","value":0},{"name":"listener.127.0.0.1_18000.worker_0.downstream_cx_active","value":0},{"name":"listener.127.0.0.1_18000.worker_0.downstream_cx_total","value":18},{"name":"listener.admin.downstream_cx_active","value":1},{"name":"listener.admin.downstream_cx_destroy","value":44},{"name":"listener.admin.downstream_cx_overflow","value":0},{"name":"listener.admin.downstream_cx_overload_reject","value":0},{"name":"listener.admin.downstream_cx_total","value":45},{"name":"listener.admin.downstream_cx_transport_socket_connect_timeout","value":0},{"name":"listener.admin.downstream_global_cx_overflow","value":0},{"name":"listener.admin.downstream_listener_filter_error","value":0},{"name":"listener.admin.downstream_listener_filter_remote_close","value":0},{"name":"listener.admin.downstream_pre_cx_active","value":0},{"name":"listener.admin.downstream_pre_cx_timeout","value":0},{"name":"listener.admin.http.admin.downstream_rq_1xx","value":0},{"name":"listener.admin.http.admin.downstream_rq_2xx","value":25},{"name":"listener.admin.http.admin.downstream_rq_3xx","value":0},{"name":"listener.admin.http.admin.downstream_rq_4xx","value":20},{"name":"listener.admin.http.admin.downstream_rq_5xx","value":0},{"name":"listener.admin.http.admin.downstream_rq_completed","value":45},{"name":"listener.admin.main_thread.downstream_cx_active","value":1},{"name":"listener.admin.main_thread.downstream_cx_total","value":45},{"name":"listener.admin.no_filter_chain_match","value":0},{"name":"listener_manager.listener_added","value":1},{"name":"listener_manager.listener_create_failure","value":0},{"name":"listener_manager.listener_create_success","value":1},{"name":"listener_manager.listener_in_place_updated","value":0},{"name":"listener_manager.listener_modified","value":0},{"name":"listener_manager.listener_removed","value":0},{"name":"listener_manager.listener_stopped","value":0},{"name":"listener_manager.total_filter_chains_draining","value":0},{"name":"listener_manager.total_listeners_active","value":1},{"name":"listener_manager.total_listeners_draining","value":0},{"name":"listener_manager.total_listeners_warming","value":0},{"name":"listener_manager.workers_pinned","value":0},{"name":"listener_manager.workers_started","value":1},{"name":"main_thread.watchdog_mega_miss","value":0},{"name":"main_thread.watchdog_miss","value":0},{"name":"runtime.admin_overrides_active","value":0},{"name":"runtime.deprecated_feature_seen_since_process_start","value":0},{"name":"runtime.deprecated_feature_use","value":0},{"name":"runtime.load_error","value":0},{"name":"runtime.load_success","value":2},{"name":"runtime.num_keys","value":0},{"name":"runtime.num_layers","value":0},{"name":"runtime.override_dir_exists","value":0},{"name":"runtime.override_dir_not_exists","value":2},{"name":"server.compilation_settings.fips_mode","value":0},{"name":"server.concurrency","value":1},{"name":"server.days_until_first_cert_expiring","value":4294967295},{"name":"server.debug_assertion_failures","value":0},{"name":"server.dropped_stat_flushes","value":0},{"name":"server.dynamic_unknown_fields","value":0},{"name":"server.envoy_bug_failures","value":0},{"name":"server.envoy_notifications","value":0},{"name":"server.hot_restart_epoch","value":0},{"name":"server.hot_restart_generation","value":1},{"name":"server.live","value":1},{"name":"server.main_thread.watchdog_mega_miss","value":0},{"name":"server.main_thread.watchdog_miss","value":0},{"name":"server.memory_allocated","value":6880984},{"name":"server.memory_heap_size","value":12582912},{"name":"server.memory_physical_size","value":15657790},{"name":"server.parent_connections","value":0},{"name":"server.seconds_until_first_ocsp_response_expiring","value":0},{"name":"server.state","value":0},{"name":"server.static_unknown_fields","value":0},{"name":"server.stats_recent_lookups","value":2163},{"name":"server.total_connections","value":0},{"name":"server.uptime","value":5},{"name":"server.version","value":10376576},{"name":"server.wip_protos","value":0},{"name":"server.worker_0.watchdog_mega_miss","value":0},{"name":"server.worker_0.watchdog_miss","value":0},{"name":"thread_local_cluster_manager.main_thread.clusters_inflated","value":2},{"name":"thread_local_cluster_manager.worker_0.clusters_inflated","value":2},{"name":"workers.watchdog_mega_miss","value":0},{"name":"workers.watchdog_miss","value":0},{"histograms":{"supported_quantiles":[0,25,50,75,90,95,99,99.5,99.9,100],"computed_quantiles":[{"name":"cluster.service1.external.upstream_rq_time","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.05,"interval":1.05},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075}]},{"name":"cluster.service1.http2.cookie_count","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service1.http2.cookie_size","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service1.http2.header_count","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service1.http2.header_list_size","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service1.upstream_cx_connect_ms","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0}]},{"name":"cluster.service1.upstream_cx_length_ms","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service1.upstream_rq_per_cx","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service1.upstream_rq_time","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.05,"interval":1.05},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075},{"cumulative":1.075,"interval":1.075}]},{"name":"cluster.service2.external.upstream_rq_time","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05}]},{"name":"cluster.service2.http2.cookie_count","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service2.http2.cookie_size","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service2.http2.header_count","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service2.http2.header_list_size","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service2.upstream_cx_connect_ms","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0}]},{"name":"cluster.service2.upstream_cx_length_ms","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service2.upstream_rq_per_cx","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"cluster.service2.upstream_rq_time","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05},{"cumulative":1.05,"interval":1.05}]},{"name":"http.admin.downstream_cx_length_ms","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.02,"interval":1.02},{"cumulative":1.08,"interval":1.08},{"cumulative":4.05,"interval":4.05},{"cumulative":7.05,"interval":7.05},{"cumulative":7.05,"interval":7.05},{"cumulative":7.05,"interval":7.05},{"cumulative":7.05,"interval":7.05}]},{"name":"http.admin.downstream_rq_time","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":3.05,"interval":3.05},{"cumulative":6.05,"interval":6.05},{"cumulative":6.05,"interval":6.05},{"cumulative":6.05,"interval":6.05},{"cumulative":6.05,"interval":6.05}]},{"name":"http.ingress_http.downstream_cx_length_ms","values":[{"cumulative":1.0076923076923077,"interval":1.0076923076923077},{"cumulative":1.0384615384615385,"interval":1.0384615384615385},{"cumulative":1.0692307692307692,"interval":1.0692307692307692},{"cumulative":2.0285714285714285,"interval":2.0285714285714285},{"cumulative":2.0714285714285716,"interval":2.0714285714285716},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286}]},{"name":"http.ingress_http.downstream_rq_time","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.0125,"interval":1.0125},{"cumulative":1.075,"interval":1.075},{"cumulative":2.05,"interval":2.05},{"cumulative":2.075,"interval":2.075},{"cumulative":2.075,"interval":2.075},{"cumulative":2.075,"interval":2.075},{"cumulative":2.075,"interval":2.075},{"cumulative":2.075,"interval":2.075}]},{"name":"listener.127.0.0.1_18000.connections_accepted_per_socket_event","values":[{"cumulative":1.0052631578947369,"interval":1.0052631578947369},{"cumulative":1.0263157894736843,"interval":1.0263157894736843},{"cumulative":1.0473684210526315,"interval":1.0473684210526315},{"cumulative":1.0736842105263158,"interval":1.0736842105263158},{"cumulative":1.0894736842105264,"interval":1.0894736842105264},{"cumulative":1.0947368421052632,"interval":1.0947368421052632},{"cumulative":1.0947368421052632,"interval":1.0947368421052632},{"cumulative":1.0947368421052632,"interval":1.0947368421052632},{"cumulative":1.0947368421052632,"interval":1.0947368421052632},{"cumulative":1.0947368421052632,"interval":1.0947368421052632}]},{"name":"listener.127.0.0.1_18000.downstream_cx_length_ms","values":[{"cumulative":1.0076923076923077,"interval":1.0076923076923077},{"cumulative":1.0384615384615385,"interval":1.0384615384615385},{"cumulative":1.0692307692307692,"interval":1.0692307692307692},{"cumulative":2.0285714285714285,"interval":2.0285714285714285},{"cumulative":2.0714285714285716,"interval":2.0714285714285716},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286},{"cumulative":2.085714285714286,"interval":2.085714285714286}]},{"name":"listener.admin.connections_accepted_per_socket_event","values":[{"cumulative":1.0023809523809524,"interval":1.0023809523809524},{"cumulative":1.026190476190476,"interval":1.026190476190476},{"cumulative":1.05,"interval":1.05},{"cumulative":1.0738095238095238,"interval":1.0738095238095238},{"cumulative":1.088095238095238,"interval":1.088095238095238},{"cumulative":1.092857142857143,"interval":1.092857142857143},{"cumulative":1.0976190476190477,"interval":1.0976190476190477},{"cumulative":1.0976190476190477,"interval":1.0976190476190477},{"cumulative":1.0976190476190477,"interval":1.0976190476190477},{"cumulative":1.0976190476190477,"interval":1.0976190476190477}]},{"name":"listener.admin.downstream_cx_length_ms","values":[{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":0,"interval":0},{"cumulative":1.02,"interval":1.02},{"cumulative":1.08,"interval":1.08},{"cumulative":4.05,"interval":4.05},{"cumulative":7.05,"interval":7.05},{"cumulative":7.05,"interval":7.05},{"cumulative":7.05,"interval":7.05},{"cumulative":7.05,"interval":7.05}]},{"name":"overload.refresh_interval_delay","values":[{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null},{"cumulative":null,"interval":null}]},{"name":"server.initialization_time_ms","values":[{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5},{"cumulative":13.5,"interval":13.5}]}]}}]}
"""#

    /// `admin_stats_prometheus.txt`
    static let prometheus = #"""
# TYPE envoy_cluster_assignment_stale counter
envoy_cluster_assignment_stale{envoy_cluster_name="service1"} 0
envoy_cluster_assignment_stale{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_assignment_timeout_received counter
envoy_cluster_assignment_timeout_received{envoy_cluster_name="service1"} 0
envoy_cluster_assignment_timeout_received{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_assignment_use_cached counter
envoy_cluster_assignment_use_cached{envoy_cluster_name="service1"} 0
envoy_cluster_assignment_use_cached{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_bind_errors counter
envoy_cluster_bind_errors{envoy_cluster_name="service1"} 0
envoy_cluster_bind_errors{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_default_total_match_count counter
envoy_cluster_default_total_match_count{envoy_cluster_name="service1"} 6
envoy_cluster_default_total_match_count{envoy_cluster_name="service2"} 2
# TYPE envoy_cluster_external_upstream_rq counter
envoy_cluster_external_upstream_rq{envoy_response_code="200",envoy_cluster_name="service1"} 12
envoy_cluster_external_upstream_rq{envoy_response_code="200",envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_external_upstream_rq_completed counter
envoy_cluster_external_upstream_rq_completed{envoy_cluster_name="service1"} 12
envoy_cluster_external_upstream_rq_completed{envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_external_upstream_rq_xx counter
envoy_cluster_external_upstream_rq_xx{envoy_response_code_class="2",envoy_cluster_name="service1"} 12
envoy_cluster_external_upstream_rq_xx{envoy_response_code_class="2",envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_http2_cookies_total_bytes_too_large counter
envoy_cluster_http2_cookies_total_bytes_too_large{envoy_cluster_name="service1"} 0
envoy_cluster_http2_cookies_total_bytes_too_large{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_dropped_headers_with_underscores counter
envoy_cluster_http2_dropped_headers_with_underscores{envoy_cluster_name="service1"} 0
envoy_cluster_http2_dropped_headers_with_underscores{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_goaway_sent counter
envoy_cluster_http2_goaway_sent{envoy_cluster_name="service1"} 0
envoy_cluster_http2_goaway_sent{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_header_list_size_too_large counter
envoy_cluster_http2_header_list_size_too_large{envoy_cluster_name="service1"} 0
envoy_cluster_http2_header_list_size_too_large{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_header_overflow counter
envoy_cluster_http2_header_overflow{envoy_cluster_name="service1"} 0
envoy_cluster_http2_header_overflow{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_headers_cb_no_stream counter
envoy_cluster_http2_headers_cb_no_stream{envoy_cluster_name="service1"} 0
envoy_cluster_http2_headers_cb_no_stream{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_inbound_empty_frames_flood counter
envoy_cluster_http2_inbound_empty_frames_flood{envoy_cluster_name="service1"} 0
envoy_cluster_http2_inbound_empty_frames_flood{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_inbound_priority_frames_flood counter
envoy_cluster_http2_inbound_priority_frames_flood{envoy_cluster_name="service1"} 0
envoy_cluster_http2_inbound_priority_frames_flood{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_inbound_window_update_frames_flood counter
envoy_cluster_http2_inbound_window_update_frames_flood{envoy_cluster_name="service1"} 0
envoy_cluster_http2_inbound_window_update_frames_flood{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_keepalive_timeout counter
envoy_cluster_http2_keepalive_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_http2_keepalive_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_metadata_empty_frames counter
envoy_cluster_http2_metadata_empty_frames{envoy_cluster_name="service1"} 0
envoy_cluster_http2_metadata_empty_frames{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_nghttp2_downstream_connections counter
envoy_cluster_http2_nghttp2_downstream_connections{envoy_cluster_name="service1"} 0
envoy_cluster_http2_nghttp2_downstream_connections{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_nghttp2_upstream_connections counter
envoy_cluster_http2_nghttp2_upstream_connections{envoy_cluster_name="service1"} 3
envoy_cluster_http2_nghttp2_upstream_connections{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_http2_oghttp2_downstream_connections counter
envoy_cluster_http2_oghttp2_downstream_connections{envoy_cluster_name="service1"} 0
envoy_cluster_http2_oghttp2_downstream_connections{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_oghttp2_upstream_connections counter
envoy_cluster_http2_oghttp2_upstream_connections{envoy_cluster_name="service1"} 0
envoy_cluster_http2_oghttp2_upstream_connections{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_outbound_control_flood counter
envoy_cluster_http2_outbound_control_flood{envoy_cluster_name="service1"} 0
envoy_cluster_http2_outbound_control_flood{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_outbound_flood counter
envoy_cluster_http2_outbound_flood{envoy_cluster_name="service1"} 0
envoy_cluster_http2_outbound_flood{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_requests_rejected_with_underscores_in_headers counter
envoy_cluster_http2_requests_rejected_with_underscores_in_headers{envoy_cluster_name="service1"} 0
envoy_cluster_http2_requests_rejected_with_underscores_in_headers{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_rx_messaging_error counter
envoy_cluster_http2_rx_messaging_error{envoy_cluster_name="service1"} 0
envoy_cluster_http2_rx_messaging_error{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_rx_reset counter
envoy_cluster_http2_rx_reset{envoy_cluster_name="service1"} 0
envoy_cluster_http2_rx_reset{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_stream_refused_errors counter
envoy_cluster_http2_stream_refused_errors{envoy_cluster_name="service1"} 0
envoy_cluster_http2_stream_refused_errors{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_trailers counter
envoy_cluster_http2_trailers{envoy_cluster_name="service1"} 0
envoy_cluster_http2_trailers{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_tx_flush_timeout counter
envoy_cluster_http2_tx_flush_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_http2_tx_flush_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_tx_reset counter
envoy_cluster_http2_tx_reset{envoy_cluster_name="service1"} 0
envoy_cluster_http2_tx_reset{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_healthy_panic counter
envoy_cluster_lb_healthy_panic{envoy_cluster_name="service1"} 0
envoy_cluster_lb_healthy_panic{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_local_cluster_not_ok counter
envoy_cluster_lb_local_cluster_not_ok{envoy_cluster_name="service1"} 0
envoy_cluster_lb_local_cluster_not_ok{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_recalculate_zone_structures counter
envoy_cluster_lb_recalculate_zone_structures{envoy_cluster_name="service1"} 0
envoy_cluster_lb_recalculate_zone_structures{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_subsets_created counter
envoy_cluster_lb_subsets_created{envoy_cluster_name="service1"} 0
envoy_cluster_lb_subsets_created{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_subsets_fallback counter
envoy_cluster_lb_subsets_fallback{envoy_cluster_name="service1"} 0
envoy_cluster_lb_subsets_fallback{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_subsets_fallback_panic counter
envoy_cluster_lb_subsets_fallback_panic{envoy_cluster_name="service1"} 0
envoy_cluster_lb_subsets_fallback_panic{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_subsets_removed counter
envoy_cluster_lb_subsets_removed{envoy_cluster_name="service1"} 0
envoy_cluster_lb_subsets_removed{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_subsets_selected counter
envoy_cluster_lb_subsets_selected{envoy_cluster_name="service1"} 0
envoy_cluster_lb_subsets_selected{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_zone_cluster_too_small counter
envoy_cluster_lb_zone_cluster_too_small{envoy_cluster_name="service1"} 0
envoy_cluster_lb_zone_cluster_too_small{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_zone_no_capacity_left counter
envoy_cluster_lb_zone_no_capacity_left{envoy_cluster_name="service1"} 0
envoy_cluster_lb_zone_no_capacity_left{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_zone_routing_all_directly counter
envoy_cluster_lb_zone_routing_all_directly{envoy_cluster_name="service1"} 0
envoy_cluster_lb_zone_routing_all_directly{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_zone_routing_cross_zone counter
envoy_cluster_lb_zone_routing_cross_zone{envoy_cluster_name="service1"} 0
envoy_cluster_lb_zone_routing_cross_zone{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_zone_routing_sampled counter
envoy_cluster_lb_zone_routing_sampled{envoy_cluster_name="service1"} 0
envoy_cluster_lb_zone_routing_sampled{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_membership_change counter
envoy_cluster_membership_change{envoy_cluster_name="service1"} 1
envoy_cluster_membership_change{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_original_dst_host_invalid counter
envoy_cluster_original_dst_host_invalid{envoy_cluster_name="service1"} 0
envoy_cluster_original_dst_host_invalid{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_retry_or_shadow_abandoned counter
envoy_cluster_retry_or_shadow_abandoned{envoy_cluster_name="service1"} 0
envoy_cluster_retry_or_shadow_abandoned{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_update_attempt counter
envoy_cluster_update_attempt{envoy_cluster_name="service1"} 2
envoy_cluster_update_attempt{envoy_cluster_name="service2"} 2
# TYPE envoy_cluster_update_empty counter
envoy_cluster_update_empty{envoy_cluster_name="service1"} 0
envoy_cluster_update_empty{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_update_failure counter
envoy_cluster_update_failure{envoy_cluster_name="service1"} 0
envoy_cluster_update_failure{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_update_no_rebuild counter
envoy_cluster_update_no_rebuild{envoy_cluster_name="service1"} 1
envoy_cluster_update_no_rebuild{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_update_success counter
envoy_cluster_update_success{envoy_cluster_name="service1"} 2
envoy_cluster_update_success{envoy_cluster_name="service2"} 2
# TYPE envoy_cluster_upstream_cx_close_notify counter
envoy_cluster_upstream_cx_close_notify{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_close_notify{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_connect_attempts_exceeded counter
envoy_cluster_upstream_cx_connect_attempts_exceeded{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_connect_attempts_exceeded{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_connect_fail counter
envoy_cluster_upstream_cx_connect_fail{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_connect_fail{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_connect_timeout counter
envoy_cluster_upstream_cx_connect_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_connect_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_connect_with_0_rtt counter
envoy_cluster_upstream_cx_connect_with_0_rtt{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_connect_with_0_rtt{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_destroy counter
envoy_cluster_upstream_cx_destroy{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_destroy{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_destroy_local counter
envoy_cluster_upstream_cx_destroy_local{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_destroy_local{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_destroy_local_with_active_rq counter
envoy_cluster_upstream_cx_destroy_local_with_active_rq{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_destroy_local_with_active_rq{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_destroy_remote counter
envoy_cluster_upstream_cx_destroy_remote{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_destroy_remote{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_destroy_remote_with_active_rq counter
envoy_cluster_upstream_cx_destroy_remote_with_active_rq{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_destroy_remote_with_active_rq{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_destroy_with_active_rq counter
envoy_cluster_upstream_cx_destroy_with_active_rq{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_destroy_with_active_rq{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_http1_total counter
envoy_cluster_upstream_cx_http1_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_http1_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_http2_total counter
envoy_cluster_upstream_cx_http2_total{envoy_cluster_name="service1"} 3
envoy_cluster_upstream_cx_http2_total{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_upstream_cx_http3_total counter
envoy_cluster_upstream_cx_http3_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_http3_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_idle_timeout counter
envoy_cluster_upstream_cx_idle_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_idle_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_max_duration_reached counter
envoy_cluster_upstream_cx_max_duration_reached{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_max_duration_reached{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_max_requests counter
envoy_cluster_upstream_cx_max_requests{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_max_requests{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_none_healthy counter
envoy_cluster_upstream_cx_none_healthy{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_none_healthy{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_overflow counter
envoy_cluster_upstream_cx_overflow{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_overflow{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_pool_overflow counter
envoy_cluster_upstream_cx_pool_overflow{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_pool_overflow{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_preconnect_skipped counter
envoy_cluster_upstream_cx_preconnect_skipped{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_preconnect_skipped{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_protocol_error counter
envoy_cluster_upstream_cx_protocol_error{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_protocol_error{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_rx_bytes_total counter
envoy_cluster_upstream_cx_rx_bytes_total{envoy_cluster_name="service1"} 1542
envoy_cluster_upstream_cx_rx_bytes_total{envoy_cluster_name="service2"} 622
# TYPE envoy_cluster_upstream_cx_total counter
envoy_cluster_upstream_cx_total{envoy_cluster_name="service1"} 3
envoy_cluster_upstream_cx_total{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_upstream_cx_tx_bytes_total counter
envoy_cluster_upstream_cx_tx_bytes_total{envoy_cluster_name="service1"} 1144
envoy_cluster_upstream_cx_tx_bytes_total{envoy_cluster_name="service2"} 434
# TYPE envoy_cluster_upstream_flow_control_backed_up_total counter
envoy_cluster_upstream_flow_control_backed_up_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_flow_control_backed_up_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_flow_control_drained_total counter
envoy_cluster_upstream_flow_control_drained_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_flow_control_drained_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_flow_control_paused_reading_total counter
envoy_cluster_upstream_flow_control_paused_reading_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_flow_control_paused_reading_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_flow_control_resumed_reading_total counter
envoy_cluster_upstream_flow_control_resumed_reading_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_flow_control_resumed_reading_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_http3_broken counter
envoy_cluster_upstream_http3_broken{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_http3_broken{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_internal_redirect_failed_total counter
envoy_cluster_upstream_internal_redirect_failed_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_internal_redirect_failed_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_internal_redirect_succeeded_total counter
envoy_cluster_upstream_internal_redirect_succeeded_total{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_internal_redirect_succeeded_total{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq counter
envoy_cluster_upstream_rq{envoy_response_code="200",envoy_cluster_name="service1"} 12
envoy_cluster_upstream_rq{envoy_response_code="200",envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_upstream_rq_0rtt counter
envoy_cluster_upstream_rq_0rtt{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_0rtt{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_active_overflow counter
envoy_cluster_upstream_rq_active_overflow{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_active_overflow{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_cancelled counter
envoy_cluster_upstream_rq_cancelled{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_cancelled{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_completed counter
envoy_cluster_upstream_rq_completed{envoy_cluster_name="service1"} 12
envoy_cluster_upstream_rq_completed{envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_upstream_rq_maintenance_mode counter
envoy_cluster_upstream_rq_maintenance_mode{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_maintenance_mode{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_max_duration_reached counter
envoy_cluster_upstream_rq_max_duration_reached{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_max_duration_reached{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_pending_failure_eject counter
envoy_cluster_upstream_rq_pending_failure_eject{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_pending_failure_eject{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_pending_overflow counter
envoy_cluster_upstream_rq_pending_overflow{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_pending_overflow{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_pending_total counter
envoy_cluster_upstream_rq_pending_total{envoy_cluster_name="service1"} 3
envoy_cluster_upstream_rq_pending_total{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_upstream_rq_per_try_idle_timeout counter
envoy_cluster_upstream_rq_per_try_idle_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_per_try_idle_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_per_try_timeout counter
envoy_cluster_upstream_rq_per_try_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_per_try_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_retry counter
envoy_cluster_upstream_rq_retry{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_retry{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_retry_backoff_exponential counter
envoy_cluster_upstream_rq_retry_backoff_exponential{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_retry_backoff_exponential{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_retry_backoff_ratelimited counter
envoy_cluster_upstream_rq_retry_backoff_ratelimited{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_retry_backoff_ratelimited{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_retry_limit_exceeded counter
envoy_cluster_upstream_rq_retry_limit_exceeded{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_retry_limit_exceeded{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_retry_overflow counter
envoy_cluster_upstream_rq_retry_overflow{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_retry_overflow{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_retry_success counter
envoy_cluster_upstream_rq_retry_success{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_retry_success{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_rx_reset counter
envoy_cluster_upstream_rq_rx_reset{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_rx_reset{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_rx_reset_no_error counter
envoy_cluster_upstream_rq_rx_reset_no_error{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_rx_reset_no_error{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_timeout counter
envoy_cluster_upstream_rq_timeout{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_timeout{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_total counter
envoy_cluster_upstream_rq_total{envoy_cluster_name="service1"} 12
envoy_cluster_upstream_rq_total{envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_upstream_rq_tx_reset counter
envoy_cluster_upstream_rq_tx_reset{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_tx_reset{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_xx counter
envoy_cluster_upstream_rq_xx{envoy_response_code_class="2",envoy_cluster_name="service1"} 12
envoy_cluster_upstream_rq_xx{envoy_response_code_class="2",envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_manager_cluster_added counter
envoy_cluster_manager_cluster_added{} 2
# TYPE envoy_cluster_manager_cluster_modified counter
envoy_cluster_manager_cluster_modified{} 0
# TYPE envoy_cluster_manager_cluster_removed counter
envoy_cluster_manager_cluster_removed{} 0
# TYPE envoy_cluster_manager_cluster_updated counter
envoy_cluster_manager_cluster_updated{} 0
# TYPE envoy_cluster_manager_cluster_updated_via_merge counter
envoy_cluster_manager_cluster_updated_via_merge{} 0
# TYPE envoy_cluster_manager_update_merge_cancelled counter
envoy_cluster_manager_update_merge_cancelled{} 0
# TYPE envoy_cluster_manager_update_out_of_merge_window counter
envoy_cluster_manager_update_out_of_merge_window{} 0
# TYPE envoy_dns_cares_get_addr_failure counter
envoy_dns_cares_get_addr_failure{} 0
# TYPE envoy_dns_cares_not_found counter
envoy_dns_cares_not_found{} 4
# TYPE envoy_dns_cares_reinits counter
envoy_dns_cares_reinits{} 0
# TYPE envoy_dns_cares_resolve_total counter
envoy_dns_cares_resolve_total{} 8
# TYPE envoy_dns_cares_timeouts counter
envoy_dns_cares_timeouts{} 0
# TYPE envoy_envoy_overload_actions_reset_high_memory_stream_count counter
envoy_envoy_overload_actions_reset_high_memory_stream_count{} 0
# TYPE envoy_filesystem_flushed_by_timer counter
envoy_filesystem_flushed_by_timer{} 0
# TYPE envoy_filesystem_reopen_failed counter
envoy_filesystem_reopen_failed{} 0
# TYPE envoy_filesystem_write_buffered counter
envoy_filesystem_write_buffered{} 63
# TYPE envoy_filesystem_write_completed counter
envoy_filesystem_write_completed{} 2
# TYPE envoy_filesystem_write_failed counter
envoy_filesystem_write_failed{} 0
# TYPE envoy_http_downstream_cx_delayed_close_timeout counter
envoy_http_downstream_cx_delayed_close_timeout{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_delayed_close_timeout{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_destroy counter
envoy_http_downstream_cx_destroy{envoy_http_conn_manager_prefix="admin"} 45
envoy_http_downstream_cx_destroy{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_cx_destroy_active_rq counter
envoy_http_downstream_cx_destroy_active_rq{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_destroy_active_rq{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_destroy_local counter
envoy_http_downstream_cx_destroy_local{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_destroy_local{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_destroy_local_active_rq counter
envoy_http_downstream_cx_destroy_local_active_rq{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_destroy_local_active_rq{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_destroy_remote counter
envoy_http_downstream_cx_destroy_remote{envoy_http_conn_manager_prefix="admin"} 45
envoy_http_downstream_cx_destroy_remote{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_cx_destroy_remote_active_rq counter
envoy_http_downstream_cx_destroy_remote_active_rq{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_destroy_remote_active_rq{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_drain_close counter
envoy_http_downstream_cx_drain_close{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_drain_close{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_http1_total counter
envoy_http_downstream_cx_http1_total{envoy_http_conn_manager_prefix="admin"} 46
envoy_http_downstream_cx_http1_total{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_cx_http2_total counter
envoy_http_downstream_cx_http2_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_http2_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_http3_total counter
envoy_http_downstream_cx_http3_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_http3_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_idle_timeout counter
envoy_http_downstream_cx_idle_timeout{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_idle_timeout{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_max_duration_reached counter
envoy_http_downstream_cx_max_duration_reached{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_max_duration_reached{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_max_requests_reached counter
envoy_http_downstream_cx_max_requests_reached{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_max_requests_reached{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_overload_disable_keepalive counter
envoy_http_downstream_cx_overload_disable_keepalive{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_overload_disable_keepalive{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_protocol_error counter
envoy_http_downstream_cx_protocol_error{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_protocol_error{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_rx_bytes_total counter
envoy_http_downstream_cx_rx_bytes_total{envoy_http_conn_manager_prefix="admin"} 4243
envoy_http_downstream_cx_rx_bytes_total{envoy_http_conn_manager_prefix="ingress_http"} 1579
# TYPE envoy_http_downstream_cx_ssl_total counter
envoy_http_downstream_cx_ssl_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_ssl_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_total counter
envoy_http_downstream_cx_total{envoy_http_conn_manager_prefix="admin"} 46
envoy_http_downstream_cx_total{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_cx_tx_bytes_total counter
envoy_http_downstream_cx_tx_bytes_total{envoy_http_conn_manager_prefix="admin"} 733019
envoy_http_downstream_cx_tx_bytes_total{envoy_http_conn_manager_prefix="ingress_http"} 4381
# TYPE envoy_http_downstream_cx_upgrades_total counter
envoy_http_downstream_cx_upgrades_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_upgrades_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_flow_control_paused_reading_total counter
envoy_http_downstream_flow_control_paused_reading_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_flow_control_paused_reading_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_flow_control_resumed_reading_total counter
envoy_http_downstream_flow_control_resumed_reading_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_flow_control_resumed_reading_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_completed counter
envoy_http_downstream_rq_completed{envoy_http_conn_manager_prefix="admin"} 45
envoy_http_downstream_rq_completed{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_rq_failed_path_normalization counter
envoy_http_downstream_rq_failed_path_normalization{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_failed_path_normalization{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_header_timeout counter
envoy_http_downstream_rq_header_timeout{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_header_timeout{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_http1_total counter
envoy_http_downstream_rq_http1_total{envoy_http_conn_manager_prefix="admin"} 46
envoy_http_downstream_rq_http1_total{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_rq_http2_total counter
envoy_http_downstream_rq_http2_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_http2_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_http3_total counter
envoy_http_downstream_rq_http3_total{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_http3_total{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_idle_timeout counter
envoy_http_downstream_rq_idle_timeout{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_idle_timeout{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_max_duration_reached counter
envoy_http_downstream_rq_max_duration_reached{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_max_duration_reached{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_non_relative_path counter
envoy_http_downstream_rq_non_relative_path{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_non_relative_path{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_overload_close counter
envoy_http_downstream_rq_overload_close{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_overload_close{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_redirected_with_normalized_path counter
envoy_http_downstream_rq_redirected_with_normalized_path{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_redirected_with_normalized_path{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_rejected_via_ip_detection counter
envoy_http_downstream_rq_rejected_via_ip_detection{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_rejected_via_ip_detection{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_response_before_rq_complete counter
envoy_http_downstream_rq_response_before_rq_complete{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_response_before_rq_complete{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_rx_reset counter
envoy_http_downstream_rq_rx_reset{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_rx_reset{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_timeout counter
envoy_http_downstream_rq_timeout{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_timeout{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_too_large counter
envoy_http_downstream_rq_too_large{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_too_large{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_too_many_premature_resets counter
envoy_http_downstream_rq_too_many_premature_resets{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_too_many_premature_resets{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_total counter
envoy_http_downstream_rq_total{envoy_http_conn_manager_prefix="admin"} 46
envoy_http_downstream_rq_total{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_rq_tx_reset counter
envoy_http_downstream_rq_tx_reset{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_tx_reset{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_ws_on_non_ws_route counter
envoy_http_downstream_rq_ws_on_non_ws_route{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_ws_on_non_ws_route{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_xx counter
envoy_http_downstream_rq_xx{envoy_response_code_class="1",envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_xx{envoy_response_code_class="2",envoy_http_conn_manager_prefix="admin"} 25
envoy_http_downstream_rq_xx{envoy_response_code_class="3",envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_xx{envoy_response_code_class="4",envoy_http_conn_manager_prefix="admin"} 20
envoy_http_downstream_rq_xx{envoy_response_code_class="5",envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_rq_xx{envoy_response_code_class="1",envoy_http_conn_manager_prefix="ingress_http"} 0
envoy_http_downstream_rq_xx{envoy_response_code_class="2",envoy_http_conn_manager_prefix="ingress_http"} 17
envoy_http_downstream_rq_xx{envoy_response_code_class="3",envoy_http_conn_manager_prefix="ingress_http"} 0
envoy_http_downstream_rq_xx{envoy_response_code_class="4",envoy_http_conn_manager_prefix="ingress_http"} 1
envoy_http_downstream_rq_xx{envoy_response_code_class="5",envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_no_cluster counter
envoy_http_no_cluster{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_no_cluster{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_no_route counter
envoy_http_no_route{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_no_route{envoy_http_conn_manager_prefix="ingress_http"} 1
# TYPE envoy_http_passthrough_internal_redirect_bad_location counter
envoy_http_passthrough_internal_redirect_bad_location{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_passthrough_internal_redirect_bad_location{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_passthrough_internal_redirect_no_route counter
envoy_http_passthrough_internal_redirect_no_route{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_passthrough_internal_redirect_no_route{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_passthrough_internal_redirect_predicate counter
envoy_http_passthrough_internal_redirect_predicate{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_passthrough_internal_redirect_predicate{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_passthrough_internal_redirect_too_many_redirects counter
envoy_http_passthrough_internal_redirect_too_many_redirects{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_passthrough_internal_redirect_too_many_redirects{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_passthrough_internal_redirect_unsafe_scheme counter
envoy_http_passthrough_internal_redirect_unsafe_scheme{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_passthrough_internal_redirect_unsafe_scheme{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_rq_direct_response counter
envoy_http_rq_direct_response{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_rq_direct_response{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_rq_overload_local_reply counter
envoy_http_rq_overload_local_reply{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_rq_overload_local_reply{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_rq_redirect counter
envoy_http_rq_redirect{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_rq_redirect{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_rq_reset_after_downstream_response_started counter
envoy_http_rq_reset_after_downstream_response_started{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_rq_reset_after_downstream_response_started{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_rq_total counter
envoy_http_rq_total{envoy_http_conn_manager_prefix="async-client"} 0
envoy_http_rq_total{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_rs_too_large counter
envoy_http_rs_too_large{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_rs_too_large{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_tracing_client_enabled counter
envoy_http_tracing_client_enabled{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_tracing_health_check counter
envoy_http_tracing_health_check{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_tracing_not_traceable counter
envoy_http_tracing_not_traceable{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_tracing_random_sampling counter
envoy_http_tracing_random_sampling{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_tracing_service_forced counter
envoy_http_tracing_service_forced{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http1_dropped_headers_with_underscores counter
envoy_http1_dropped_headers_with_underscores{} 0
# TYPE envoy_http1_metadata_not_supported_error counter
envoy_http1_metadata_not_supported_error{} 0
# TYPE envoy_http1_requests_rejected_with_underscores_in_headers counter
envoy_http1_requests_rejected_with_underscores_in_headers{} 0
# TYPE envoy_http1_response_flood counter
envoy_http1_response_flood{} 0
# TYPE envoy_listener_admin_downstream_cx_destroy counter
envoy_listener_admin_downstream_cx_destroy{} 45
# TYPE envoy_listener_admin_downstream_cx_overflow counter
envoy_listener_admin_downstream_cx_overflow{} 0
# TYPE envoy_listener_admin_downstream_cx_overload_reject counter
envoy_listener_admin_downstream_cx_overload_reject{} 0
# TYPE envoy_listener_admin_downstream_cx_total counter
envoy_listener_admin_downstream_cx_total{} 46
# TYPE envoy_listener_admin_downstream_cx_transport_socket_connect_timeout counter
envoy_listener_admin_downstream_cx_transport_socket_connect_timeout{} 0
# TYPE envoy_listener_admin_downstream_global_cx_overflow counter
envoy_listener_admin_downstream_global_cx_overflow{} 0
# TYPE envoy_listener_admin_downstream_listener_filter_error counter
envoy_listener_admin_downstream_listener_filter_error{} 0
# TYPE envoy_listener_admin_downstream_listener_filter_remote_close counter
envoy_listener_admin_downstream_listener_filter_remote_close{} 0
# TYPE envoy_listener_admin_downstream_pre_cx_timeout counter
envoy_listener_admin_downstream_pre_cx_timeout{} 0
# TYPE envoy_listener_admin_http_downstream_rq_completed counter
envoy_listener_admin_http_downstream_rq_completed{envoy_http_conn_manager_prefix="admin"} 45
# TYPE envoy_listener_admin_http_downstream_rq_xx counter
envoy_listener_admin_http_downstream_rq_xx{envoy_response_code_class="1",envoy_http_conn_manager_prefix="admin"} 0
envoy_listener_admin_http_downstream_rq_xx{envoy_response_code_class="2",envoy_http_conn_manager_prefix="admin"} 25
envoy_listener_admin_http_downstream_rq_xx{envoy_response_code_class="3",envoy_http_conn_manager_prefix="admin"} 0
envoy_listener_admin_http_downstream_rq_xx{envoy_response_code_class="4",envoy_http_conn_manager_prefix="admin"} 20
envoy_listener_admin_http_downstream_rq_xx{envoy_response_code_class="5",envoy_http_conn_manager_prefix="admin"} 0
# TYPE envoy_listener_admin_main_thread_downstream_cx_total counter
envoy_listener_admin_main_thread_downstream_cx_total{} 46
# TYPE envoy_listener_admin_no_filter_chain_match counter
envoy_listener_admin_no_filter_chain_match{} 0
# TYPE envoy_listener_downstream_cx_destroy counter
envoy_listener_downstream_cx_destroy{envoy_listener_address="127.0.0.1_18000"} 18
# TYPE envoy_listener_downstream_cx_overflow counter
envoy_listener_downstream_cx_overflow{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_cx_overload_reject counter
envoy_listener_downstream_cx_overload_reject{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_cx_total counter
envoy_listener_downstream_cx_total{envoy_listener_address="127.0.0.1_18000"} 18
# TYPE envoy_listener_downstream_cx_transport_socket_connect_timeout counter
envoy_listener_downstream_cx_transport_socket_connect_timeout{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_global_cx_overflow counter
envoy_listener_downstream_global_cx_overflow{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_listener_filter_error counter
envoy_listener_downstream_listener_filter_error{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_listener_filter_remote_close counter
envoy_listener_downstream_listener_filter_remote_close{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_pre_cx_timeout counter
envoy_listener_downstream_pre_cx_timeout{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_extension_config_missing counter
envoy_listener_extension_config_missing{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_http_downstream_rq_completed counter
envoy_listener_http_downstream_rq_completed{envoy_http_conn_manager_prefix="ingress_http",envoy_listener_address="127.0.0.1_18000"} 18
# TYPE envoy_listener_http_downstream_rq_xx counter
envoy_listener_http_downstream_rq_xx{envoy_response_code_class="1",envoy_http_conn_manager_prefix="ingress_http",envoy_listener_address="127.0.0.1_18000"} 0
envoy_listener_http_downstream_rq_xx{envoy_response_code_class="2",envoy_http_conn_manager_prefix="ingress_http",envoy_listener_address="127.0.0.1_18000"} 17
envoy_listener_http_downstream_rq_xx{envoy_response_code_class="3",envoy_http_conn_manager_prefix="ingress_http",envoy_listener_address="127.0.0.1_18000"} 0
envoy_listener_http_downstream_rq_xx{envoy_response_code_class="4",envoy_http_conn_manager_prefix="ingress_http",envoy_listener_address="127.0.0.1_18000"} 1
envoy_listener_http_downstream_rq_xx{envoy_response_code_class="5",envoy_http_conn_manager_prefix="ingress_http",envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_network_extension_config_missing counter
envoy_listener_network_extension_config_missing{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_no_filter_chain_match counter
envoy_listener_no_filter_chain_match{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_worker_downstream_cx_total counter
envoy_listener_worker_downstream_cx_total{envoy_worker_id="0",envoy_listener_address="127.0.0.1_18000"} 18
# TYPE envoy_listener_manager_listener_added counter
envoy_listener_manager_listener_added{} 1
# TYPE envoy_listener_manager_listener_create_failure counter
envoy_listener_manager_listener_create_failure{} 0
# TYPE envoy_listener_manager_listener_create_success counter
envoy_listener_manager_listener_create_success{} 1
# TYPE envoy_listener_manager_listener_in_place_updated counter
envoy_listener_manager_listener_in_place_updated{} 0
# TYPE envoy_listener_manager_listener_modified counter
envoy_listener_manager_listener_modified{} 0
# TYPE envoy_listener_manager_listener_removed counter
envoy_listener_manager_listener_removed{} 0
# TYPE envoy_listener_manager_listener_stopped counter
envoy_listener_manager_listener_stopped{} 0
# TYPE envoy_main_thread_watchdog_mega_miss counter
envoy_main_thread_watchdog_mega_miss{} 0
# TYPE envoy_main_thread_watchdog_miss counter
envoy_main_thread_watchdog_miss{} 0
# TYPE envoy_runtime_deprecated_feature_use counter
envoy_runtime_deprecated_feature_use{} 0
# TYPE envoy_runtime_load_error counter
envoy_runtime_load_error{} 0
# TYPE envoy_runtime_load_success counter
envoy_runtime_load_success{} 2
# TYPE envoy_runtime_override_dir_exists counter
envoy_runtime_override_dir_exists{} 0
# TYPE envoy_runtime_override_dir_not_exists counter
envoy_runtime_override_dir_not_exists{} 2
# TYPE envoy_server_debug_assertion_failures counter
envoy_server_debug_assertion_failures{} 0
# TYPE envoy_server_dropped_stat_flushes counter
envoy_server_dropped_stat_flushes{} 0
# TYPE envoy_server_dynamic_unknown_fields counter
envoy_server_dynamic_unknown_fields{} 0
# TYPE envoy_server_envoy_bug_failures counter
envoy_server_envoy_bug_failures{} 0
# TYPE envoy_server_envoy_notifications counter
envoy_server_envoy_notifications{} 0
# TYPE envoy_server_main_thread_watchdog_mega_miss counter
envoy_server_main_thread_watchdog_mega_miss{} 0
# TYPE envoy_server_main_thread_watchdog_miss counter
envoy_server_main_thread_watchdog_miss{} 0
# TYPE envoy_server_static_unknown_fields counter
envoy_server_static_unknown_fields{} 0
# TYPE envoy_server_wip_protos counter
envoy_server_wip_protos{} 0
# TYPE envoy_server_worker_watchdog_mega_miss counter
envoy_server_worker_watchdog_mega_miss{envoy_worker_id="0"} 0
# TYPE envoy_server_worker_watchdog_miss counter
envoy_server_worker_watchdog_miss{envoy_worker_id="0"} 0
# TYPE envoy_workers_watchdog_mega_miss counter
envoy_workers_watchdog_mega_miss{} 0
# TYPE envoy_workers_watchdog_miss counter
envoy_workers_watchdog_miss{} 0
# TYPE envoy_cluster_circuit_breakers_default_cx_open gauge
envoy_cluster_circuit_breakers_default_cx_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_default_cx_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_default_cx_pool_open gauge
envoy_cluster_circuit_breakers_default_cx_pool_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_default_cx_pool_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_default_rq_open gauge
envoy_cluster_circuit_breakers_default_rq_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_default_rq_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_default_rq_pending_open gauge
envoy_cluster_circuit_breakers_default_rq_pending_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_default_rq_pending_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_default_rq_retry_open gauge
envoy_cluster_circuit_breakers_default_rq_retry_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_default_rq_retry_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_high_cx_open gauge
envoy_cluster_circuit_breakers_high_cx_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_high_cx_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_high_cx_pool_open gauge
envoy_cluster_circuit_breakers_high_cx_pool_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_high_cx_pool_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_high_rq_open gauge
envoy_cluster_circuit_breakers_high_rq_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_high_rq_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_high_rq_pending_open gauge
envoy_cluster_circuit_breakers_high_rq_pending_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_high_rq_pending_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_circuit_breakers_high_rq_retry_open gauge
envoy_cluster_circuit_breakers_high_rq_retry_open{envoy_cluster_name="service1"} 0
envoy_cluster_circuit_breakers_high_rq_retry_open{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_deferred_stream_close gauge
envoy_cluster_http2_deferred_stream_close{envoy_cluster_name="service1"} 0
envoy_cluster_http2_deferred_stream_close{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_outbound_control_frames_active gauge
envoy_cluster_http2_outbound_control_frames_active{envoy_cluster_name="service1"} 0
envoy_cluster_http2_outbound_control_frames_active{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_outbound_frames_active gauge
envoy_cluster_http2_outbound_frames_active{envoy_cluster_name="service1"} 0
envoy_cluster_http2_outbound_frames_active{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_pending_send_bytes gauge
envoy_cluster_http2_pending_send_bytes{envoy_cluster_name="service1"} 0
envoy_cluster_http2_pending_send_bytes{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_streams_active gauge
envoy_cluster_http2_streams_active{envoy_cluster_name="service1"} 0
envoy_cluster_http2_streams_active{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_lb_subsets_active gauge
envoy_cluster_lb_subsets_active{envoy_cluster_name="service1"} 0
envoy_cluster_lb_subsets_active{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_max_host_weight gauge
envoy_cluster_max_host_weight{envoy_cluster_name="service1"} 1
envoy_cluster_max_host_weight{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_membership_degraded gauge
envoy_cluster_membership_degraded{envoy_cluster_name="service1"} 0
envoy_cluster_membership_degraded{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_membership_excluded gauge
envoy_cluster_membership_excluded{envoy_cluster_name="service1"} 0
envoy_cluster_membership_excluded{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_membership_healthy gauge
envoy_cluster_membership_healthy{envoy_cluster_name="service1"} 3
envoy_cluster_membership_healthy{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_membership_total gauge
envoy_cluster_membership_total{envoy_cluster_name="service1"} 3
envoy_cluster_membership_total{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_upstream_cx_active gauge
envoy_cluster_upstream_cx_active{envoy_cluster_name="service1"} 3
envoy_cluster_upstream_cx_active{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_upstream_cx_rx_bytes_buffered gauge
envoy_cluster_upstream_cx_rx_bytes_buffered{envoy_cluster_name="service1"} 324
envoy_cluster_upstream_cx_rx_bytes_buffered{envoy_cluster_name="service2"} 108
# TYPE envoy_cluster_upstream_cx_tx_bytes_buffered gauge
envoy_cluster_upstream_cx_tx_bytes_buffered{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_tx_bytes_buffered{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_queue_overloaded gauge
envoy_cluster_upstream_queue_overloaded{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_queue_overloaded{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_active gauge
envoy_cluster_upstream_rq_active{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_active{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_pending_active gauge
envoy_cluster_upstream_rq_pending_active{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_pending_active{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_version gauge
envoy_cluster_version{envoy_cluster_name="service1"} 0
envoy_cluster_version{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_warming_state gauge
envoy_cluster_warming_state{envoy_cluster_name="service1"} 0
envoy_cluster_warming_state{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_manager_active_clusters gauge
envoy_cluster_manager_active_clusters{} 2
# TYPE envoy_cluster_manager_warming_clusters gauge
envoy_cluster_manager_warming_clusters{} 0
# TYPE envoy_dns_cares_pending_resolutions gauge
envoy_dns_cares_pending_resolutions{} 0
# TYPE envoy_filesystem_write_total_buffered gauge
envoy_filesystem_write_total_buffered{} 8214
# TYPE envoy_http_downstream_cx_active gauge
envoy_http_downstream_cx_active{envoy_http_conn_manager_prefix="admin"} 1
envoy_http_downstream_cx_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_http1_active gauge
envoy_http_downstream_cx_http1_active{envoy_http_conn_manager_prefix="admin"} 1
envoy_http_downstream_cx_http1_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_http1_soft_drain gauge
envoy_http_downstream_cx_http1_soft_drain{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_http1_soft_drain{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_http2_active gauge
envoy_http_downstream_cx_http2_active{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_http2_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_http3_active gauge
envoy_http_downstream_cx_http3_active{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_http3_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_rx_bytes_buffered gauge
envoy_http_downstream_cx_rx_bytes_buffered{envoy_http_conn_manager_prefix="admin"} 95
envoy_http_downstream_cx_rx_bytes_buffered{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_ssl_active gauge
envoy_http_downstream_cx_ssl_active{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_ssl_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_tx_bytes_buffered gauge
envoy_http_downstream_cx_tx_bytes_buffered{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_tx_bytes_buffered{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_cx_upgrades_active gauge
envoy_http_downstream_cx_upgrades_active{envoy_http_conn_manager_prefix="admin"} 0
envoy_http_downstream_cx_upgrades_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_http_downstream_rq_active gauge
envoy_http_downstream_rq_active{envoy_http_conn_manager_prefix="admin"} 1
envoy_http_downstream_rq_active{envoy_http_conn_manager_prefix="ingress_http"} 0
# TYPE envoy_listener_admin_downstream_cx_active gauge
envoy_listener_admin_downstream_cx_active{} 1
# TYPE envoy_listener_admin_downstream_pre_cx_active gauge
envoy_listener_admin_downstream_pre_cx_active{} 0
# TYPE envoy_listener_admin_main_thread_downstream_cx_active gauge
envoy_listener_admin_main_thread_downstream_cx_active{} 1
# TYPE envoy_listener_downstream_cx_active gauge
envoy_listener_downstream_cx_active{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_downstream_pre_cx_active gauge
envoy_listener_downstream_pre_cx_active{envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_worker_downstream_cx_active gauge
envoy_listener_worker_downstream_cx_active{envoy_worker_id="0",envoy_listener_address="127.0.0.1_18000"} 0
# TYPE envoy_listener_manager_total_filter_chains_draining gauge
envoy_listener_manager_total_filter_chains_draining{} 0
# TYPE envoy_listener_manager_total_listeners_active gauge
envoy_listener_manager_total_listeners_active{} 1
# TYPE envoy_listener_manager_total_listeners_draining gauge
envoy_listener_manager_total_listeners_draining{} 0
# TYPE envoy_listener_manager_total_listeners_warming gauge
envoy_listener_manager_total_listeners_warming{} 0
# TYPE envoy_listener_manager_workers_pinned gauge
envoy_listener_manager_workers_pinned{} 0
# TYPE envoy_listener_manager_workers_started gauge
envoy_listener_manager_workers_started{} 1
# TYPE envoy_runtime_admin_overrides_active gauge
envoy_runtime_admin_overrides_active{} 0
# TYPE envoy_runtime_deprecated_feature_seen_since_process_start gauge
envoy_runtime_deprecated_feature_seen_since_process_start{} 0
# TYPE envoy_runtime_num_keys gauge
envoy_runtime_num_keys{} 0
# TYPE envoy_runtime_num_layers gauge
envoy_runtime_num_layers{} 0
# TYPE envoy_server_compilation_settings_fips_mode gauge
envoy_server_compilation_settings_fips_mode{} 0
# TYPE envoy_server_concurrency gauge
envoy_server_concurrency{} 1
# TYPE envoy_server_days_until_first_cert_expiring gauge
envoy_server_days_until_first_cert_expiring{} 4294967295
# TYPE envoy_server_hot_restart_epoch gauge
envoy_server_hot_restart_epoch{} 0
# TYPE envoy_server_hot_restart_generation gauge
envoy_server_hot_restart_generation{} 1
# TYPE envoy_server_live gauge
envoy_server_live{} 1
# TYPE envoy_server_memory_allocated gauge
envoy_server_memory_allocated{} 6880984
# TYPE envoy_server_memory_heap_size gauge
envoy_server_memory_heap_size{} 12582912
# TYPE envoy_server_memory_physical_size gauge
envoy_server_memory_physical_size{} 15657790
# TYPE envoy_server_parent_connections gauge
envoy_server_parent_connections{} 0
# TYPE envoy_server_seconds_until_first_ocsp_response_expiring gauge
envoy_server_seconds_until_first_ocsp_response_expiring{} 0
# TYPE envoy_server_state gauge
envoy_server_state{} 0
# TYPE envoy_server_stats_recent_lookups gauge
envoy_server_stats_recent_lookups{} 2163
# TYPE envoy_server_total_connections gauge
envoy_server_total_connections{} 0
# TYPE envoy_server_uptime gauge
envoy_server_uptime{} 5
# TYPE envoy_server_version gauge
envoy_server_version{} 10376576
# TYPE envoy_thread_local_cluster_manager_main_thread_clusters_inflated gauge
envoy_thread_local_cluster_manager_main_thread_clusters_inflated{} 2
# TYPE envoy_thread_local_cluster_manager_worker_clusters_inflated gauge
envoy_thread_local_cluster_manager_worker_clusters_inflated{envoy_worker_id="0"} 2
# TYPE envoy_cluster_external_upstream_rq_time histogram
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="0.5"} 9
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="5"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="10"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="25"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="50"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="100"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="250"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="500"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="2500"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="5000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="10000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="30000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="60000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="300000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="600000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1800000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="3600000"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service1",le="+Inf"} 12
envoy_cluster_external_upstream_rq_time_sum{envoy_cluster_name="service1"} 3.1428571428571432377907513000537
envoy_cluster_external_upstream_rq_time_count{envoy_cluster_name="service1"} 12
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="0.5"} 4
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="1"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="5"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="10"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="25"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="50"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="100"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="250"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="500"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="1000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="2500"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="5000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="10000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="30000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="60000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="300000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="600000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="1800000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="3600000"} 5
envoy_cluster_external_upstream_rq_time_bucket{envoy_cluster_name="service2",le="+Inf"} 5
envoy_cluster_external_upstream_rq_time_sum{envoy_cluster_name="service2"} 1.0476190476190476719153821250075
envoy_cluster_external_upstream_rq_time_count{envoy_cluster_name="service2"} 5
# TYPE envoy_cluster_http2_cookie_count histogram
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="0.5"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="1"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="5"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="10"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="25"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="50"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="100"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="250"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="500"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="1000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="2500"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="5000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="10000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="30000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="60000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="300000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="600000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="1800000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="3600000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service1",le="+Inf"} 0
envoy_cluster_http2_cookie_count_sum{envoy_cluster_name="service1"} 0
envoy_cluster_http2_cookie_count_count{envoy_cluster_name="service1"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="0.5"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="1"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="5"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="10"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="25"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="50"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="100"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="250"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="500"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="1000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="2500"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="5000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="10000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="30000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="60000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="300000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="600000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="1800000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="3600000"} 0
envoy_cluster_http2_cookie_count_bucket{envoy_cluster_name="service2",le="+Inf"} 0
envoy_cluster_http2_cookie_count_sum{envoy_cluster_name="service2"} 0
envoy_cluster_http2_cookie_count_count{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_cookie_size histogram
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="0.5"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="1"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="5"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="10"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="25"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="50"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="100"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="250"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="500"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="1000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="2500"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="5000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="10000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="30000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="60000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="300000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="600000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="1800000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="3600000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service1",le="+Inf"} 0
envoy_cluster_http2_cookie_size_sum{envoy_cluster_name="service1"} 0
envoy_cluster_http2_cookie_size_count{envoy_cluster_name="service1"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="0.5"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="1"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="5"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="10"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="25"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="50"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="100"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="250"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="500"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="1000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="2500"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="5000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="10000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="30000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="60000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="300000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="600000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="1800000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="3600000"} 0
envoy_cluster_http2_cookie_size_bucket{envoy_cluster_name="service2",le="+Inf"} 0
envoy_cluster_http2_cookie_size_sum{envoy_cluster_name="service2"} 0
envoy_cluster_http2_cookie_size_count{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_header_count histogram
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="0.5"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="1"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="5"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="10"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="25"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="50"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="100"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="250"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="500"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="1000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="2500"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="5000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="10000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="30000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="60000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="300000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="600000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="1800000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="3600000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service1",le="+Inf"} 0
envoy_cluster_http2_header_count_sum{envoy_cluster_name="service1"} 0
envoy_cluster_http2_header_count_count{envoy_cluster_name="service1"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="0.5"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="1"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="5"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="10"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="25"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="50"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="100"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="250"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="500"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="1000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="2500"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="5000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="10000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="30000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="60000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="300000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="600000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="1800000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="3600000"} 0
envoy_cluster_http2_header_count_bucket{envoy_cluster_name="service2",le="+Inf"} 0
envoy_cluster_http2_header_count_sum{envoy_cluster_name="service2"} 0
envoy_cluster_http2_header_count_count{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_http2_header_list_size histogram
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="0.5"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="1"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="5"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="10"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="25"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="50"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="100"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="250"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="500"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="1000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="2500"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="5000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="10000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="30000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="60000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="300000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="600000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="1800000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="3600000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service1",le="+Inf"} 0
envoy_cluster_http2_header_list_size_sum{envoy_cluster_name="service1"} 0
envoy_cluster_http2_header_list_size_count{envoy_cluster_name="service1"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="0.5"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="1"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="5"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="10"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="25"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="50"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="100"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="250"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="500"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="1000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="2500"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="5000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="10000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="30000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="60000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="300000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="600000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="1800000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="3600000"} 0
envoy_cluster_http2_header_list_size_bucket{envoy_cluster_name="service2",le="+Inf"} 0
envoy_cluster_http2_header_list_size_sum{envoy_cluster_name="service2"} 0
envoy_cluster_http2_header_list_size_count{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_cx_connect_ms histogram
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="0.5"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="1"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="5"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="10"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="25"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="50"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="100"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="250"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="500"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="1000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="2500"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="5000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="10000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="30000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="60000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="300000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="600000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="1800000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="3600000"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service1",le="+Inf"} 3
envoy_cluster_upstream_cx_connect_ms_sum{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_connect_ms_count{envoy_cluster_name="service1"} 3
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="0.5"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="1"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="5"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="10"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="25"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="50"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="100"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="250"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="500"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="1000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="2500"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="5000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="10000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="30000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="60000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="300000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="600000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="1800000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="3600000"} 1
envoy_cluster_upstream_cx_connect_ms_bucket{envoy_cluster_name="service2",le="+Inf"} 1
envoy_cluster_upstream_cx_connect_ms_sum{envoy_cluster_name="service2"} 0
envoy_cluster_upstream_cx_connect_ms_count{envoy_cluster_name="service2"} 1
# TYPE envoy_cluster_upstream_cx_length_ms histogram
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="0.5"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="1"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="5"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="10"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="25"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="50"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="100"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="250"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="500"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="1000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="2500"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="5000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="10000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="30000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="60000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="300000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="600000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="1800000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="3600000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service1",le="+Inf"} 0
envoy_cluster_upstream_cx_length_ms_sum{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_length_ms_count{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="0.5"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="1"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="5"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="10"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="25"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="50"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="100"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="250"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="500"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="1000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="2500"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="5000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="10000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="30000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="60000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="300000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="600000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="1800000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="3600000"} 0
envoy_cluster_upstream_cx_length_ms_bucket{envoy_cluster_name="service2",le="+Inf"} 0
envoy_cluster_upstream_cx_length_ms_sum{envoy_cluster_name="service2"} 0
envoy_cluster_upstream_cx_length_ms_count{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_per_cx histogram
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="0.5"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="1"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="5"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="10"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="25"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="50"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="100"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="250"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="500"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="1000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="2500"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="5000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="10000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="30000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="60000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="300000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="600000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="1800000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="3600000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service1",le="+Inf"} 0
envoy_cluster_upstream_rq_per_cx_sum{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_per_cx_count{envoy_cluster_name="service1"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="0.5"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="1"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="5"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="10"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="25"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="50"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="100"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="250"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="500"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="1000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="2500"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="5000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="10000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="30000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="60000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="300000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="600000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="1800000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="3600000"} 0
envoy_cluster_upstream_rq_per_cx_bucket{envoy_cluster_name="service2",le="+Inf"} 0
envoy_cluster_upstream_rq_per_cx_sum{envoy_cluster_name="service2"} 0
envoy_cluster_upstream_rq_per_cx_count{envoy_cluster_name="service2"} 0
# TYPE envoy_cluster_upstream_rq_time histogram
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="0.5"} 9
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="5"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="10"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="25"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="50"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="100"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="250"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="500"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="2500"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="5000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="10000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="30000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="60000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="300000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="600000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1800000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="3600000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="+Inf"} 12
envoy_cluster_upstream_rq_time_sum{envoy_cluster_name="service1"} 3.1428571428571432377907513000537
envoy_cluster_upstream_rq_time_count{envoy_cluster_name="service1"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="0.5"} 4
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="1"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="5"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="10"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="25"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="50"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="100"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="250"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="500"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="1000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="2500"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="5000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="10000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="30000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="60000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="300000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="600000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="1800000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="3600000"} 5
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service2",le="+Inf"} 5
envoy_cluster_upstream_rq_time_sum{envoy_cluster_name="service2"} 1.0476190476190476719153821250075
envoy_cluster_upstream_rq_time_count{envoy_cluster_name="service2"} 5
# TYPE envoy_http_downstream_cx_length_ms histogram
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="0.5"} 29
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="1"} 38
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="5"} 39
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="10"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="25"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="50"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="100"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="250"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="500"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="1000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="2500"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="5000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="10000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="30000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="60000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="300000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="600000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="1800000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="3600000"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="admin",le="+Inf"} 41
envoy_http_downstream_cx_length_ms_sum{envoy_http_conn_manager_prefix="admin"} 26.57718631155123745202217833139
envoy_http_downstream_cx_length_ms_count{envoy_http_conn_manager_prefix="admin"} 41
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="0.5"} 0
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="1"} 12
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="5"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="10"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="25"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="50"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="100"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="250"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="500"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="1000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="2500"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="5000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="10000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="30000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="60000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="300000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="600000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="1800000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="3600000"} 18
envoy_http_downstream_cx_length_ms_bucket{envoy_http_conn_manager_prefix="ingress_http",le="+Inf"} 18
envoy_http_downstream_cx_length_ms_sum{envoy_http_conn_manager_prefix="ingress_http"} 24.86411149825784150380059145391
envoy_http_downstream_cx_length_ms_count{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_http_downstream_rq_time histogram
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="0.5"} 38
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="1"} 38
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="5"} 40
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="10"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="25"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="50"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="100"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="250"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="500"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="1000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="2500"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="5000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="10000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="30000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="60000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="300000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="600000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="1800000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="3600000"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="admin",le="+Inf"} 41
envoy_http_downstream_rq_time_sum{envoy_http_conn_manager_prefix="admin"} 14.148272055223406695745325123426
envoy_http_downstream_rq_time_count{envoy_http_conn_manager_prefix="admin"} 41
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="0.5"} 8
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="1"} 15
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="5"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="10"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="25"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="50"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="100"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="250"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="500"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="1000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="2500"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="5000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="10000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="30000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="60000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="300000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="600000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="1800000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="3600000"} 18
envoy_http_downstream_rq_time_bucket{envoy_http_conn_manager_prefix="ingress_http",le="+Inf"} 18
envoy_http_downstream_rq_time_sum{envoy_http_conn_manager_prefix="ingress_http"} 13.479674796747968201771072926931
envoy_http_downstream_rq_time_count{envoy_http_conn_manager_prefix="ingress_http"} 18
# TYPE envoy_listener_admin_connections_accepted_per_socket_event histogram
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="0.5"} 0
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="1"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="5"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="10"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="25"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="50"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="100"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="250"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="500"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="1000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="2500"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="5000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="10000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="30000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="60000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="300000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="600000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="1800000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="3600000"} 41
envoy_listener_admin_connections_accepted_per_socket_event_bucket{le="+Inf"} 41
envoy_listener_admin_connections_accepted_per_socket_event_sum{} 42.952380952380956102842901600525
envoy_listener_admin_connections_accepted_per_socket_event_count{} 41
# TYPE envoy_listener_admin_downstream_cx_length_ms histogram
envoy_listener_admin_downstream_cx_length_ms_bucket{le="0.5"} 29
envoy_listener_admin_downstream_cx_length_ms_bucket{le="1"} 38
envoy_listener_admin_downstream_cx_length_ms_bucket{le="5"} 39
envoy_listener_admin_downstream_cx_length_ms_bucket{le="10"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="25"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="50"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="100"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="250"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="500"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="1000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="2500"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="5000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="10000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="30000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="60000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="300000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="600000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="1800000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="3600000"} 41
envoy_listener_admin_downstream_cx_length_ms_bucket{le="+Inf"} 41
envoy_listener_admin_downstream_cx_length_ms_sum{} 26.57718631155123745202217833139
envoy_listener_admin_downstream_cx_length_ms_count{} 41
# TYPE envoy_listener_connections_accepted_per_socket_event histogram
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="0.5"} 0
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="1"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="5"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="10"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="25"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="50"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="100"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="250"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="500"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="1000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="2500"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="5000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="10000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="30000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="60000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="300000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="600000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="1800000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="3600000"} 18
envoy_listener_connections_accepted_per_socket_event_bucket{envoy_listener_address="127.0.0.1_18000",le="+Inf"} 18
envoy_listener_connections_accepted_per_socket_event_sum{envoy_listener_address="127.0.0.1_18000"} 18.857142857142857650387668400072
envoy_listener_connections_accepted_per_socket_event_count{envoy_listener_address="127.0.0.1_18000"} 18
# TYPE envoy_listener_downstream_cx_length_ms histogram
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="0.5"} 0
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="1"} 12
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="5"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="10"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="25"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="50"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="100"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="250"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="500"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="1000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="2500"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="5000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="10000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="30000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="60000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="300000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="600000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="1800000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="3600000"} 18
envoy_listener_downstream_cx_length_ms_bucket{envoy_listener_address="127.0.0.1_18000",le="+Inf"} 18
envoy_listener_downstream_cx_length_ms_sum{envoy_listener_address="127.0.0.1_18000"} 24.86411149825784150380059145391
envoy_listener_downstream_cx_length_ms_count{envoy_listener_address="127.0.0.1_18000"} 18
# TYPE envoy_overload_refresh_interval_delay histogram
envoy_overload_refresh_interval_delay_bucket{le="0.5"} 0
envoy_overload_refresh_interval_delay_bucket{le="1"} 0
envoy_overload_refresh_interval_delay_bucket{le="5"} 0
envoy_overload_refresh_interval_delay_bucket{le="10"} 0
envoy_overload_refresh_interval_delay_bucket{le="25"} 0
envoy_overload_refresh_interval_delay_bucket{le="50"} 0
envoy_overload_refresh_interval_delay_bucket{le="100"} 0
envoy_overload_refresh_interval_delay_bucket{le="250"} 0
envoy_overload_refresh_interval_delay_bucket{le="500"} 0
envoy_overload_refresh_interval_delay_bucket{le="1000"} 0
envoy_overload_refresh_interval_delay_bucket{le="2500"} 0
envoy_overload_refresh_interval_delay_bucket{le="5000"} 0
envoy_overload_refresh_interval_delay_bucket{le="10000"} 0
envoy_overload_refresh_interval_delay_bucket{le="30000"} 0
envoy_overload_refresh_interval_delay_bucket{le="60000"} 0
envoy_overload_refresh_interval_delay_bucket{le="300000"} 0
envoy_overload_refresh_interval_delay_bucket{le="600000"} 0
envoy_overload_refresh_interval_delay_bucket{le="1800000"} 0
envoy_overload_refresh_interval_delay_bucket{le="3600000"} 0
envoy_overload_refresh_interval_delay_bucket{le="+Inf"} 0
envoy_overload_refresh_interval_delay_sum{} 0
envoy_overload_refresh_interval_delay_count{} 0
# TYPE envoy_server_initialization_time_ms histogram
envoy_server_initialization_time_ms_bucket{le="0.5"} 0
envoy_server_initialization_time_ms_bucket{le="1"} 0
envoy_server_initialization_time_ms_bucket{le="5"} 0
envoy_server_initialization_time_ms_bucket{le="10"} 0
envoy_server_initialization_time_ms_bucket{le="25"} 1
envoy_server_initialization_time_ms_bucket{le="50"} 1
envoy_server_initialization_time_ms_bucket{le="100"} 1
envoy_server_initialization_time_ms_bucket{le="250"} 1
envoy_server_initialization_time_ms_bucket{le="500"} 1
envoy_server_initialization_time_ms_bucket{le="1000"} 1
envoy_server_initialization_time_ms_bucket{le="2500"} 1
envoy_server_initialization_time_ms_bucket{le="5000"} 1
envoy_server_initialization_time_ms_bucket{le="10000"} 1
envoy_server_initialization_time_ms_bucket{le="30000"} 1
envoy_server_initialization_time_ms_bucket{le="60000"} 1
envoy_server_initialization_time_ms_bucket{le="300000"} 1
envoy_server_initialization_time_ms_bucket{le="600000"} 1
envoy_server_initialization_time_ms_bucket{le="1800000"} 1
envoy_server_initialization_time_ms_bucket{le="3600000"} 1
envoy_server_initialization_time_ms_bucket{le="+Inf"} 1
envoy_server_initialization_time_ms_sum{} 13.481481481481480955153529066592
envoy_server_initialization_time_ms_count{} 1

"""#

    /// `admin_stats_filter.txt`
    static let filterService1 = #"""
cluster.service1.assignment_stale: 0
cluster.service1.assignment_timeout_received: 0
cluster.service1.assignment_use_cached: 0
cluster.service1.bind_errors: 0
cluster.service1.circuit_breakers.default.cx_open: 0
cluster.service1.circuit_breakers.default.cx_pool_open: 0
cluster.service1.circuit_breakers.default.rq_open: 0
cluster.service1.circuit_breakers.default.rq_pending_open: 0
cluster.service1.circuit_breakers.default.rq_retry_open: 0
cluster.service1.circuit_breakers.high.cx_open: 0
cluster.service1.circuit_breakers.high.cx_pool_open: 0
cluster.service1.circuit_breakers.high.rq_open: 0
cluster.service1.circuit_breakers.high.rq_pending_open: 0
cluster.service1.circuit_breakers.high.rq_retry_open: 0
cluster.service1.default.total_match_count: 6
cluster.service1.external.upstream_rq_200: 12
cluster.service1.external.upstream_rq_2xx: 12
cluster.service1.external.upstream_rq_completed: 12
cluster.service1.http2.cookies_total_bytes_too_large: 0
cluster.service1.http2.deferred_stream_close: 0
cluster.service1.http2.dropped_headers_with_underscores: 0
cluster.service1.http2.goaway_sent: 0
cluster.service1.http2.header_list_size_too_large: 0
cluster.service1.http2.header_overflow: 0
cluster.service1.http2.headers_cb_no_stream: 0
cluster.service1.http2.inbound_empty_frames_flood: 0
cluster.service1.http2.inbound_priority_frames_flood: 0
cluster.service1.http2.inbound_window_update_frames_flood: 0
cluster.service1.http2.keepalive_timeout: 0
cluster.service1.http2.metadata_empty_frames: 0
cluster.service1.http2.nghttp2_downstream_connections: 0
cluster.service1.http2.nghttp2_upstream_connections: 3
cluster.service1.http2.oghttp2_downstream_connections: 0
cluster.service1.http2.oghttp2_upstream_connections: 0
cluster.service1.http2.outbound_control_flood: 0
cluster.service1.http2.outbound_control_frames_active: 0
cluster.service1.http2.outbound_flood: 0
cluster.service1.http2.outbound_frames_active: 0
cluster.service1.http2.pending_send_bytes: 0
cluster.service1.http2.requests_rejected_with_underscores_in_headers: 0
cluster.service1.http2.rx_messaging_error: 0
cluster.service1.http2.rx_reset: 0
cluster.service1.http2.stream_refused_errors: 0
cluster.service1.http2.streams_active: 0
cluster.service1.http2.trailers: 0
cluster.service1.http2.tx_flush_timeout: 0
cluster.service1.http2.tx_reset: 0
cluster.service1.lb_healthy_panic: 0
cluster.service1.lb_local_cluster_not_ok: 0
cluster.service1.lb_recalculate_zone_structures: 0
cluster.service1.lb_subsets_active: 0
cluster.service1.lb_subsets_created: 0
cluster.service1.lb_subsets_fallback: 0
cluster.service1.lb_subsets_fallback_panic: 0
cluster.service1.lb_subsets_removed: 0
cluster.service1.lb_subsets_selected: 0
cluster.service1.lb_zone_cluster_too_small: 0
cluster.service1.lb_zone_no_capacity_left: 0
cluster.service1.lb_zone_routing_all_directly: 0
cluster.service1.lb_zone_routing_cross_zone: 0
cluster.service1.lb_zone_routing_sampled: 0
cluster.service1.max_host_weight: 1
cluster.service1.membership_change: 1
cluster.service1.membership_degraded: 0
cluster.service1.membership_excluded: 0
cluster.service1.membership_healthy: 3
cluster.service1.membership_total: 3
cluster.service1.original_dst_host_invalid: 0
cluster.service1.retry_or_shadow_abandoned: 0
cluster.service1.update_attempt: 2
cluster.service1.update_empty: 0
cluster.service1.update_failure: 0
cluster.service1.update_no_rebuild: 1
cluster.service1.update_success: 2
cluster.service1.upstream_cx_active: 3
cluster.service1.upstream_cx_close_notify: 0
cluster.service1.upstream_cx_connect_attempts_exceeded: 0
cluster.service1.upstream_cx_connect_fail: 0
cluster.service1.upstream_cx_connect_timeout: 0
cluster.service1.upstream_cx_connect_with_0_rtt: 0
cluster.service1.upstream_cx_destroy: 0
cluster.service1.upstream_cx_destroy_local: 0
cluster.service1.upstream_cx_destroy_local_with_active_rq: 0
cluster.service1.upstream_cx_destroy_remote: 0
cluster.service1.upstream_cx_destroy_remote_with_active_rq: 0
cluster.service1.upstream_cx_destroy_with_active_rq: 0
cluster.service1.upstream_cx_http1_total: 0
cluster.service1.upstream_cx_http2_total: 3
cluster.service1.upstream_cx_http3_total: 0
cluster.service1.upstream_cx_idle_timeout: 0
cluster.service1.upstream_cx_max_duration_reached: 0
cluster.service1.upstream_cx_max_requests: 0
cluster.service1.upstream_cx_none_healthy: 0
cluster.service1.upstream_cx_overflow: 0
cluster.service1.upstream_cx_pool_overflow: 0
cluster.service1.upstream_cx_preconnect_skipped: 0
cluster.service1.upstream_cx_protocol_error: 0
cluster.service1.upstream_cx_rx_bytes_buffered: 324
cluster.service1.upstream_cx_rx_bytes_total: 1542
cluster.service1.upstream_cx_total: 3
cluster.service1.upstream_cx_tx_bytes_buffered: 0
cluster.service1.upstream_cx_tx_bytes_total: 1144
cluster.service1.upstream_flow_control_backed_up_total: 0
cluster.service1.upstream_flow_control_drained_total: 0
cluster.service1.upstream_flow_control_paused_reading_total: 0
cluster.service1.upstream_flow_control_resumed_reading_total: 0
cluster.service1.upstream_http3_broken: 0
cluster.service1.upstream_internal_redirect_failed_total: 0
cluster.service1.upstream_internal_redirect_succeeded_total: 0
cluster.service1.upstream_queue_overloaded: 0
cluster.service1.upstream_rq_0rtt: 0
cluster.service1.upstream_rq_200: 12
cluster.service1.upstream_rq_2xx: 12
cluster.service1.upstream_rq_active: 0
cluster.service1.upstream_rq_active_overflow: 0
cluster.service1.upstream_rq_cancelled: 0
cluster.service1.upstream_rq_completed: 12
cluster.service1.upstream_rq_maintenance_mode: 0
cluster.service1.upstream_rq_max_duration_reached: 0
cluster.service1.upstream_rq_pending_active: 0
cluster.service1.upstream_rq_pending_failure_eject: 0
cluster.service1.upstream_rq_pending_overflow: 0
cluster.service1.upstream_rq_pending_total: 3
cluster.service1.upstream_rq_per_try_idle_timeout: 0
cluster.service1.upstream_rq_per_try_timeout: 0
cluster.service1.upstream_rq_retry: 0
cluster.service1.upstream_rq_retry_backoff_exponential: 0
cluster.service1.upstream_rq_retry_backoff_ratelimited: 0
cluster.service1.upstream_rq_retry_limit_exceeded: 0
cluster.service1.upstream_rq_retry_overflow: 0
cluster.service1.upstream_rq_retry_success: 0
cluster.service1.upstream_rq_rx_reset: 0
cluster.service1.upstream_rq_rx_reset_no_error: 0
cluster.service1.upstream_rq_timeout: 0
cluster.service1.upstream_rq_total: 12
cluster.service1.upstream_rq_tx_reset: 0
cluster.service1.version: 0
cluster.service1.warming_state: 0
cluster.service1.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service1.http2.cookie_count: No recorded values
cluster.service1.http2.cookie_size: No recorded values
cluster.service1.http2.header_count: No recorded values
cluster.service1.http2.header_list_size: No recorded values
cluster.service1.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service1.upstream_cx_length_ms: No recorded values
cluster.service1.upstream_rq_per_cx: No recorded values
cluster.service1.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)

"""#

    /// `admin_stats_usedonly.txt`
    static let usedOnly = #"""
cluster.service1.circuit_breakers.default.cx_open: 0
cluster.service1.circuit_breakers.default.cx_pool_open: 0
cluster.service1.circuit_breakers.default.rq_open: 0
cluster.service1.circuit_breakers.default.rq_pending_open: 0
cluster.service1.default.total_match_count: 6
cluster.service1.external.upstream_rq_200: 12
cluster.service1.external.upstream_rq_2xx: 12
cluster.service1.external.upstream_rq_completed: 12
cluster.service1.http2.nghttp2_upstream_connections: 3
cluster.service1.http2.outbound_control_frames_active: 0
cluster.service1.http2.outbound_frames_active: 0
cluster.service1.http2.streams_active: 0
cluster.service1.max_host_weight: 1
cluster.service1.membership_change: 1
cluster.service1.membership_degraded: 0
cluster.service1.membership_excluded: 0
cluster.service1.membership_healthy: 3
cluster.service1.membership_total: 3
cluster.service1.update_attempt: 2
cluster.service1.update_no_rebuild: 1
cluster.service1.update_success: 2
cluster.service1.upstream_cx_active: 3
cluster.service1.upstream_cx_http2_total: 3
cluster.service1.upstream_cx_rx_bytes_buffered: 324
cluster.service1.upstream_cx_rx_bytes_total: 1542
cluster.service1.upstream_cx_total: 3
cluster.service1.upstream_cx_tx_bytes_total: 1144
cluster.service1.upstream_rq_200: 12
cluster.service1.upstream_rq_2xx: 12
cluster.service1.upstream_rq_active: 0
cluster.service1.upstream_rq_completed: 12
cluster.service1.upstream_rq_pending_active: 0
cluster.service1.upstream_rq_pending_total: 3
cluster.service1.upstream_rq_total: 12
cluster.service1.warming_state: 0
cluster.service2.circuit_breakers.default.cx_open: 0
cluster.service2.circuit_breakers.default.cx_pool_open: 0
cluster.service2.circuit_breakers.default.rq_open: 0
cluster.service2.circuit_breakers.default.rq_pending_open: 0
cluster.service2.default.total_match_count: 2
cluster.service2.external.upstream_rq_200: 5
cluster.service2.external.upstream_rq_2xx: 5
cluster.service2.external.upstream_rq_completed: 5
cluster.service2.http2.nghttp2_upstream_connections: 1
cluster.service2.http2.outbound_control_frames_active: 0
cluster.service2.http2.outbound_frames_active: 0
cluster.service2.http2.streams_active: 0
cluster.service2.max_host_weight: 1
cluster.service2.membership_change: 1
cluster.service2.membership_degraded: 0
cluster.service2.membership_excluded: 0
cluster.service2.membership_healthy: 1
cluster.service2.membership_total: 1
cluster.service2.update_attempt: 2
cluster.service2.update_no_rebuild: 1
cluster.service2.update_success: 2
cluster.service2.upstream_cx_active: 1
cluster.service2.upstream_cx_http2_total: 1
cluster.service2.upstream_cx_rx_bytes_buffered: 108
cluster.service2.upstream_cx_rx_bytes_total: 622
cluster.service2.upstream_cx_total: 1
cluster.service2.upstream_cx_tx_bytes_total: 434
cluster.service2.upstream_rq_200: 5
cluster.service2.upstream_rq_2xx: 5
cluster.service2.upstream_rq_active: 0
cluster.service2.upstream_rq_completed: 5
cluster.service2.upstream_rq_pending_active: 0
cluster.service2.upstream_rq_pending_total: 1
cluster.service2.upstream_rq_total: 5
cluster.service2.warming_state: 0
cluster_manager.active_clusters: 2
cluster_manager.cluster_added: 2
cluster_manager.warming_clusters: 0
dns.cares.not_found: 4
dns.cares.pending_resolutions: 0
dns.cares.resolve_total: 8
filesystem.write_buffered: 65
filesystem.write_completed: 2
filesystem.write_total_buffered: 8479
http.admin.downstream_cx_active: 1
http.admin.downstream_cx_destroy: 47
http.admin.downstream_cx_destroy_remote: 47
http.admin.downstream_cx_http1_active: 1
http.admin.downstream_cx_http1_total: 48
http.admin.downstream_cx_rx_bytes_buffered: 93
http.admin.downstream_cx_rx_bytes_total: 4436
http.admin.downstream_cx_total: 48
http.admin.downstream_cx_tx_bytes_total: 852372
http.admin.downstream_rq_2xx: 28
http.admin.downstream_rq_4xx: 20
http.admin.downstream_rq_active: 1
http.admin.downstream_rq_completed: 48
http.admin.downstream_rq_http1_total: 48
http.admin.downstream_rq_total: 48
http.ingress_http.downstream_cx_active: 0
http.ingress_http.downstream_cx_destroy: 18
http.ingress_http.downstream_cx_destroy_remote: 18
http.ingress_http.downstream_cx_http1_active: 0
http.ingress_http.downstream_cx_http1_total: 18
http.ingress_http.downstream_cx_rx_bytes_buffered: 0
http.ingress_http.downstream_cx_rx_bytes_total: 1579
http.ingress_http.downstream_cx_total: 18
http.ingress_http.downstream_cx_tx_bytes_total: 4381
http.ingress_http.downstream_rq_2xx: 17
http.ingress_http.downstream_rq_4xx: 1
http.ingress_http.downstream_rq_active: 0
http.ingress_http.downstream_rq_completed: 18
http.ingress_http.downstream_rq_http1_total: 18
http.ingress_http.downstream_rq_total: 18
http.ingress_http.no_route: 1
http.ingress_http.rq_total: 18
listener.127.0.0.1_18000.downstream_cx_active: 0
listener.127.0.0.1_18000.downstream_cx_destroy: 18
listener.127.0.0.1_18000.downstream_cx_total: 18
listener.127.0.0.1_18000.downstream_pre_cx_active: 0
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_2xx: 17
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_4xx: 1
listener.127.0.0.1_18000.http.ingress_http.downstream_rq_completed: 18
listener.127.0.0.1_18000.worker_0.downstream_cx_active: 0
listener.127.0.0.1_18000.worker_0.downstream_cx_total: 18
listener.admin.downstream_cx_active: 1
listener.admin.downstream_cx_destroy: 47
listener.admin.downstream_cx_total: 48
listener.admin.downstream_pre_cx_active: 0
listener.admin.http.admin.downstream_rq_2xx: 28
listener.admin.http.admin.downstream_rq_4xx: 20
listener.admin.http.admin.downstream_rq_completed: 48
listener.admin.main_thread.downstream_cx_active: 1
listener.admin.main_thread.downstream_cx_total: 48
listener_manager.listener_added: 1
listener_manager.listener_create_success: 1
listener_manager.total_listeners_active: 1
listener_manager.total_listeners_warming: 0
listener_manager.workers_started: 1
runtime.load_success: 2
runtime.num_keys: 0
runtime.num_layers: 0
runtime.override_dir_not_exists: 2
server.compilation_settings.fips_mode: 0
server.concurrency: 1
server.days_until_first_cert_expiring: 4294967295
server.dynamic_unknown_fields: 0
server.hot_restart_epoch: 0
server.hot_restart_generation: 1
server.live: 1
server.memory_allocated: 6880984
server.memory_heap_size: 12582912
server.memory_physical_size: 15657790
server.parent_connections: 0
server.state: 0
server.static_unknown_fields: 0
server.stats_recent_lookups: 2163
server.total_connections: 0
server.uptime: 5
server.version: 10376576
server.wip_protos: 0
thread_local_cluster_manager.main_thread.clusters_inflated: 2
thread_local_cluster_manager.worker_0.clusters_inflated: 2
cluster.service1.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service1.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service1.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service2.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.05,1.05) P99(1.05,1.05) P99.5(1.05,1.05) P99.9(1.05,1.05) P100(1.05,1.05)
cluster.service2.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service2.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.05,1.05) P99(1.05,1.05) P99.5(1.05,1.05) P99.9(1.05,1.05) P100(1.05,1.05)
http.admin.downstream_cx_length_ms: P0(0,0) P25(0,0) P50(0,0) P75(1.02,1.02) P90(1.08,1.08) P95(4.05,4.05) P99(7.05,7.05) P99.5(7.05,7.05) P99.9(7.05,7.05) P100(7.05,7.05)
http.admin.downstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(3.05,3.05) P99(6.05,6.05) P99.5(6.05,6.05) P99.9(6.05,6.05) P100(6.05,6.05)
http.ingress_http.downstream_cx_length_ms: P0(1.0076923076923077,1.0076923076923077) P25(1.0384615384615385,1.0384615384615385) P50(1.0692307692307692,1.0692307692307692) P75(2.0285714285714285,2.0285714285714285) P90(2.0714285714285716,2.0714285714285716) P95(2.085714285714286,2.085714285714286) P99(2.085714285714286,2.085714285714286) P99.5(2.085714285714286,2.085714285714286) P99.9(2.085714285714286,2.085714285714286) P100(2.085714285714286,2.085714285714286)
http.ingress_http.downstream_rq_time: P0(0,0) P25(0,0) P50(1.0125,1.0125) P75(1.075,1.075) P90(2.05,2.05) P95(2.075,2.075) P99(2.075,2.075) P99.5(2.075,2.075) P99.9(2.075,2.075) P100(2.075,2.075)
listener.127.0.0.1_18000.connections_accepted_per_socket_event: P0(1.0052631578947369,1.0052631578947369) P25(1.0263157894736843,1.0263157894736843) P50(1.0473684210526315,1.0473684210526315) P75(1.0736842105263158,1.0736842105263158) P90(1.0894736842105264,1.0894736842105264) P95(1.0947368421052632,1.0947368421052632) P99(1.0947368421052632,1.0947368421052632) P99.5(1.0947368421052632,1.0947368421052632) P99.9(1.0947368421052632,1.0947368421052632) P100(1.0947368421052632,1.0947368421052632)
listener.127.0.0.1_18000.downstream_cx_length_ms: P0(1.0076923076923077,1.0076923076923077) P25(1.0384615384615385,1.0384615384615385) P50(1.0692307692307692,1.0692307692307692) P75(2.0285714285714285,2.0285714285714285) P90(2.0714285714285716,2.0714285714285716) P95(2.085714285714286,2.085714285714286) P99(2.085714285714286,2.085714285714286) P99.5(2.085714285714286,2.085714285714286) P99.9(2.085714285714286,2.085714285714286) P100(2.085714285714286,2.085714285714286)
listener.admin.connections_accepted_per_socket_event: P0(1.0023809523809524,1.0023809523809524) P25(1.026190476190476,1.026190476190476) P50(1.05,1.05) P75(1.0738095238095238,1.0738095238095238) P90(1.088095238095238,1.088095238095238) P95(1.092857142857143,1.092857142857143) P99(1.0976190476190477,1.0976190476190477) P99.5(1.0976190476190477,1.0976190476190477) P99.9(1.0976190476190477,1.0976190476190477) P100(1.0976190476190477,1.0976190476190477)
listener.admin.downstream_cx_length_ms: P0(0,0) P25(0,0) P50(0,0) P75(1.02,1.02) P90(1.08,1.08) P95(4.05,4.05) P99(7.05,7.05) P99.5(7.05,7.05) P99.9(7.05,7.05) P100(7.05,7.05)
server.initialization_time_ms: P0(13.5,13.5) P25(13.5,13.5) P50(13.5,13.5) P75(13.5,13.5) P90(13.5,13.5) P95(13.5,13.5) P99(13.5,13.5) P99.5(13.5,13.5) P99.9(13.5,13.5) P100(13.5,13.5)

"""#

    /// `admin_stats_histograms_only.txt`
    static let histogramsUsedOnly = #"""
cluster.service1.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service1.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service1.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.075,1.075) P99(1.075,1.075) P99.5(1.075,1.075) P99.9(1.075,1.075) P100(1.075,1.075)
cluster.service2.external.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.05,1.05) P99(1.05,1.05) P99.5(1.05,1.05) P99.9(1.05,1.05) P100(1.05,1.05)
cluster.service2.upstream_cx_connect_ms: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(0,0) P99(0,0) P99.5(0,0) P99.9(0,0) P100(0,0)
cluster.service2.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(1.05,1.05) P95(1.05,1.05) P99(1.05,1.05) P99.5(1.05,1.05) P99.9(1.05,1.05) P100(1.05,1.05)
http.admin.downstream_cx_length_ms: P0(0,0) P25(0,0) P50(0,0) P75(1.02,1.02) P90(1.08,1.08) P95(4.05,4.05) P99(7.05,7.05) P99.5(7.05,7.05) P99.9(7.05,7.05) P100(7.05,7.05)
http.admin.downstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,0) P90(0,0) P95(3.05,3.05) P99(6.05,6.05) P99.5(6.05,6.05) P99.9(6.05,6.05) P100(6.05,6.05)
http.ingress_http.downstream_cx_length_ms: P0(1.0076923076923077,1.0076923076923077) P25(1.0384615384615385,1.0384615384615385) P50(1.0692307692307692,1.0692307692307692) P75(2.0285714285714285,2.0285714285714285) P90(2.0714285714285716,2.0714285714285716) P95(2.085714285714286,2.085714285714286) P99(2.085714285714286,2.085714285714286) P99.5(2.085714285714286,2.085714285714286) P99.9(2.085714285714286,2.085714285714286) P100(2.085714285714286,2.085714285714286)
http.ingress_http.downstream_rq_time: P0(0,0) P25(0,0) P50(1.0125,1.0125) P75(1.075,1.075) P90(2.05,2.05) P95(2.075,2.075) P99(2.075,2.075) P99.5(2.075,2.075) P99.9(2.075,2.075) P100(2.075,2.075)
listener.127.0.0.1_18000.connections_accepted_per_socket_event: P0(1.0052631578947369,1.0052631578947369) P25(1.0263157894736843,1.0263157894736843) P50(1.0473684210526315,1.0473684210526315) P75(1.0736842105263158,1.0736842105263158) P90(1.0894736842105264,1.0894736842105264) P95(1.0947368421052632,1.0947368421052632) P99(1.0947368421052632,1.0947368421052632) P99.5(1.0947368421052632,1.0947368421052632) P99.9(1.0947368421052632,1.0947368421052632) P100(1.0947368421052632,1.0947368421052632)
listener.127.0.0.1_18000.downstream_cx_length_ms: P0(1.0076923076923077,1.0076923076923077) P25(1.0384615384615385,1.0384615384615385) P50(1.0692307692307692,1.0692307692307692) P75(2.0285714285714285,2.0285714285714285) P90(2.0714285714285716,2.0714285714285716) P95(2.085714285714286,2.085714285714286) P99(2.085714285714286,2.085714285714286) P99.5(2.085714285714286,2.085714285714286) P99.9(2.085714285714286,2.085714285714286) P100(2.085714285714286,2.085714285714286)
listener.admin.connections_accepted_per_socket_event: P0(1.0023809523809524,1.0023809523809524) P25(1.026190476190476,1.026190476190476) P50(1.05,1.05) P75(1.0738095238095238,1.0738095238095238) P90(1.088095238095238,1.088095238095238) P95(1.092857142857143,1.092857142857143) P99(1.0976190476190477,1.0976190476190477) P99.5(1.0976190476190477,1.0976190476190477) P99.9(1.0976190476190477,1.0976190476190477) P100(1.0976190476190477,1.0976190476190477)
listener.admin.downstream_cx_length_ms: P0(0,0) P25(0,0) P50(0,0) P75(1.02,1.02) P90(1.08,1.08) P95(4.05,4.05) P99(7.05,7.05) P99.5(7.05,7.05) P99.9(7.05,7.05) P100(7.05,7.05)
server.initialization_time_ms: P0(13.5,13.5) P25(13.5,13.5) P50(13.5,13.5) P75(13.5,13.5) P90(13.5,13.5) P95(13.5,13.5) P99(13.5,13.5) P99.5(13.5,13.5) P99.9(13.5,13.5) P100(13.5,13.5)

"""#

    /// `admin_stats_histogram_buckets_cumulative.txt`
    static let upstreamRqTimeCumulativeBuckets = #"""
cluster.service1.upstream_rq_timeout: 0
cluster.service2.upstream_rq_timeout: 0
cluster.service1.external.upstream_rq_time: B0.5(9,9) B1(12,12) B5(12,12) B10(12,12) B25(12,12) B50(12,12) B100(12,12) B250(12,12) B500(12,12) B1000(12,12) B2500(12,12) B5000(12,12) B10000(12,12) B30000(12,12) B60000(12,12) B300000(12,12) B600000(12,12) B1.8e+06(12,12) B3.6e+06(12,12)
cluster.service1.upstream_rq_time: B0.5(9,9) B1(12,12) B5(12,12) B10(12,12) B25(12,12) B50(12,12) B100(12,12) B250(12,12) B500(12,12) B1000(12,12) B2500(12,12) B5000(12,12) B10000(12,12) B30000(12,12) B60000(12,12) B300000(12,12) B600000(12,12) B1.8e+06(12,12) B3.6e+06(12,12)
cluster.service2.external.upstream_rq_time: B0.5(4,4) B1(5,5) B5(5,5) B10(5,5) B25(5,5) B50(5,5) B100(5,5) B250(5,5) B500(5,5) B1000(5,5) B2500(5,5) B5000(5,5) B10000(5,5) B30000(5,5) B60000(5,5) B300000(5,5) B600000(5,5) B1.8e+06(5,5) B3.6e+06(5,5)
cluster.service2.upstream_rq_time: B0.5(4,4) B1(5,5) B5(5,5) B10(5,5) B25(5,5) B50(5,5) B100(5,5) B250(5,5) B500(5,5) B1000(5,5) B2500(5,5) B5000(5,5) B10000(5,5) B30000(5,5) B60000(5,5) B300000(5,5) B600000(5,5) B1.8e+06(5,5) B3.6e+06(5,5)

"""#

    /// `admin_stats_prometheus_filter.txt`
    static let prometheusUpstreamRqUsedOnly = #"""
# TYPE envoy_cluster_upstream_rq counter
envoy_cluster_upstream_rq{envoy_response_code="200",envoy_cluster_name="service1"} 12
# TYPE envoy_cluster_upstream_rq_completed counter
envoy_cluster_upstream_rq_completed{envoy_cluster_name="service1"} 12
# TYPE envoy_cluster_upstream_rq_pending_total counter
envoy_cluster_upstream_rq_pending_total{envoy_cluster_name="service1"} 3
# TYPE envoy_cluster_upstream_rq_total counter
envoy_cluster_upstream_rq_total{envoy_cluster_name="service1"} 12
# TYPE envoy_cluster_upstream_rq_xx counter
envoy_cluster_upstream_rq_xx{envoy_response_code_class="2",envoy_cluster_name="service1"} 12
# TYPE envoy_cluster_upstream_rq_active gauge
envoy_cluster_upstream_rq_active{envoy_cluster_name="service1"} 0
# TYPE envoy_cluster_upstream_rq_pending_active gauge
envoy_cluster_upstream_rq_pending_active{envoy_cluster_name="service1"} 0
# TYPE envoy_cluster_upstream_rq_time histogram
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="0.5"} 9
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="5"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="10"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="25"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="50"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="100"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="250"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="500"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="2500"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="5000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="10000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="30000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="60000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="300000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="600000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="1800000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="3600000"} 12
envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="service1",le="+Inf"} 12
envoy_cluster_upstream_rq_time_sum{envoy_cluster_name="service1"} 3.1428571428571432377907513000537
envoy_cluster_upstream_rq_time_count{envoy_cluster_name="service1"} 12

"""#

    /// `admin_stats_filter_after_reset_counters.txt`
    static let upstreamRqAfterResetCounters = #"""
cluster.service1.upstream_rq_0rtt: 0
cluster.service1.upstream_rq_200: 0
cluster.service1.upstream_rq_2xx: 0
cluster.service1.upstream_rq_active: 0
cluster.service1.upstream_rq_active_overflow: 0
cluster.service1.upstream_rq_cancelled: 0
cluster.service1.upstream_rq_completed: 0
cluster.service1.upstream_rq_maintenance_mode: 0
cluster.service1.upstream_rq_max_duration_reached: 0
cluster.service1.upstream_rq_pending_active: 0
cluster.service1.upstream_rq_pending_failure_eject: 0
cluster.service1.upstream_rq_pending_overflow: 0
cluster.service1.upstream_rq_pending_total: 0
cluster.service1.upstream_rq_per_try_idle_timeout: 0
cluster.service1.upstream_rq_per_try_timeout: 0
cluster.service1.upstream_rq_retry: 0
cluster.service1.upstream_rq_retry_backoff_exponential: 0
cluster.service1.upstream_rq_retry_backoff_ratelimited: 0
cluster.service1.upstream_rq_retry_limit_exceeded: 0
cluster.service1.upstream_rq_retry_overflow: 0
cluster.service1.upstream_rq_retry_success: 0
cluster.service1.upstream_rq_rx_reset: 0
cluster.service1.upstream_rq_rx_reset_no_error: 0
cluster.service1.upstream_rq_timeout: 0
cluster.service1.upstream_rq_total: 0
cluster.service1.upstream_rq_tx_reset: 0
cluster.service1.upstream_rq_per_cx: No recorded values
cluster.service1.upstream_rq_time: P0(0,0) P25(0,0) P50(0,0) P75(0,1.0333333333333334) P90(0,1.0833333333333333) P95(0,12.5) P99(0,14.5) P99.5(0,14.5) P99.9(0,14.5) P100(0,14.5)

"""#
}

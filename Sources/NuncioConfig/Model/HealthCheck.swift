/// `envoy.config.core.v3.HealthCheck`: active health checking of a cluster's hosts.
public struct HealthCheck: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case http(HTTPCheck)
        case tcp
    }

    public struct HTTPCheck: Equatable, Sendable {
        public var path: String
        public var host: String?
        /// Half-open ranges `[start, end)`; Envoy's default is 200 only.
        public var expectedStatuses: [Range<Int>]
        public var useHTTP2: Bool
    }

    public var timeout: ConfigDuration
    public var interval: ConfigDuration
    public var unhealthyThreshold: UInt32
    public var healthyThreshold: UInt32
    /// Until the cluster has traffic: checks every `no_traffic_interval` (60 s), or for a host that is healthy
    /// and staying so every `no_traffic_healthy_interval` (which defaults to `no_traffic_interval`).
    public var noTrafficInterval: ConfigDuration = .seconds(60)
    public var noTrafficHealthyInterval: ConfigDuration?
    /// After a failed check (default `interval`), and after one whose host's change is still pending a threshold
    /// (`unhealthy_edge_interval` defaults to `unhealthy_interval`, `healthy_edge_interval` to `interval`).
    public var unhealthyInterval: ConfigDuration?
    public var healthyEdgeInterval: ConfigDuration?
    public var unhealthyEdgeInterval: ConfigDuration?
    public var intervalJitter: ConfigDuration?
    public var intervalJitterPercent: UInt32 = 0
    /// The first check of a host waits a random part of this.
    public var initialJitter: ConfigDuration?
    /// Envoy's default: checks go over one kept connection per host.
    public var reuseConnection = true
    public var kind: Kind
}

extension HealthCheck {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        timeout = try mapping.required("timeout").duration()
        interval = try mapping.required("interval").duration()
        if interval.isZero { throw try mapping.required("interval").error("interval must be greater than 0") }
        unhealthyThreshold = try mapping.required("unhealthy_threshold").uint32()
        healthyThreshold = try mapping.required("healthy_threshold").uint32()
        noTrafficInterval = try mapping.optional("no_traffic_interval")?.duration() ?? noTrafficInterval
        noTrafficHealthyInterval = try mapping.optional("no_traffic_healthy_interval")?.duration()
        intervalJitterPercent = try mapping.optional("interval_jitter_percent")?.uint32() ?? 0
        initialJitter = try mapping.optional("initial_jitter")?.duration()
        reuseConnection = try mapping.optional("reuse_connection")?.bool() ?? true
        unhealthyInterval = try mapping.optional("unhealthy_interval")?.duration()
        healthyEdgeInterval = try mapping.optional("healthy_edge_interval")?.duration()
        unhealthyEdgeInterval = try mapping.optional("unhealthy_edge_interval")?.duration()
        intervalJitter = try mapping.optional("interval_jitter")?.duration()
        let (key, value) = try mapping.oneOf(
            ["http_health_check", "tcp_health_check", "grpc_health_check", "custom_health_check"],
            required: true, what: "the health checker")!
        switch key {
        case "http_health_check":
            kind = .http(try Self.readHTTP(value))
        case "tcp_health_check":
            let tcp = try value.mapping()
            try tcp.finish(unsupported: ["send", "receive", "proxy_protocol_config"])
            kind = .tcp
        default:
            throw value.error("'\(key)' is not supported by nuncio; use http_health_check or tcp_health_check")
        }
        // They choose what an event logger logs; without one (event_log_path and event_logger are refused) they
        // change nothing, in Envoy as here.
        mapping.ignore("always_log_health_check_failures", "always_log_health_check_success")
        try mapping.finish(unsupported: [
            "alt_port", "healthy_threshold_override", "event_logger", "event_log_path", "tls_options",
            "transport_socket_match_criteria",
        ])
    }

    private static func readHTTP(_ reader: ValueReader) throws -> HTTPCheck {
        let mapping = try reader.mapping()
        let path = try mapping.required("path").nonEmptyString()
        let host = try mapping.optional("host")?.string()
        var ranges: [Range<Int>] = []
        for item in try mapping.optional("expected_statuses")?.list() ?? [] {
            let range = try item.mapping()
            let startReader = try range.required("start")
            let endReader = try range.required("end")
            let start = Int(try startReader.unsigned())
            let end = Int(try endReader.unsigned())
            try range.finish()
            guard (100...599).contains(start), (101...600).contains(end), start < end else {
                throw item.error("expected a status range with 100 <= start < end <= 600, got [\(start), \(end))")
            }
            ranges.append(start..<end)
        }
        var useHTTP2 = false
        if let value = mapping.optional("codec_client_type") {
            let codec = try value.string().uppercased()
            guard codec == "HTTP1" || codec == "HTTP2" else {
                throw value.error("expected HTTP1 or HTTP2, got \"\(codec)\"")
            }
            useHTTP2 = codec == "HTTP2"
        }
        try mapping.finish(unsupported: [
            "send", "receive", "retriable_statuses", "method", "response_buffer_size", "request_headers_to_add",
            "request_headers_to_remove", "service_name_matcher", "service_name",
        ])
        return HTTPCheck(path: path, host: host, expectedStatuses: ranges.isEmpty ? [200..<201] : ranges,
            useHTTP2: useHTTP2)
    }
}

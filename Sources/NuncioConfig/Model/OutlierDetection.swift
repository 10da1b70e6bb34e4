/// `envoy.config.cluster.v3.OutlierDetection`: passive ejection of hosts that keep failing.
public struct OutlierDetection: Equatable, Sendable {
    public var consecutive5xx: UInt32 = 5
    public var consecutiveGatewayFailure: UInt32 = 5
    public var interval: ConfigDuration = .seconds(10)
    public var baseEjectionTime: ConfigDuration = .seconds(30)
    public var maxEjectionTime: ConfigDuration = .seconds(300)
    public var maxEjectionPercent: UInt32 = 10
    public var enforcingConsecutive5xx: UInt32 = 100
    /// Envoy leaves gateway-failure ejection off (0 %) unless enforced.
    public var enforcingConsecutiveGatewayFailure: UInt32 = 0
    /// A random extra to each ejection, up to this.
    public var maxEjectionTimeJitter: ConfigDuration = .seconds(0)
    /// A passing active health check returns an ejected host (Envoy's default).
    public var successfulActiveHealthCheckUnejectHost = true

    public init() {}
}

extension OutlierDetection {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        consecutive5xx = try mapping.optional("consecutive_5xx")?.uint32() ?? consecutive5xx
        consecutiveGatewayFailure = try mapping.optional("consecutive_gateway_failure")?.uint32()
            ?? consecutiveGatewayFailure
        interval = try mapping.optional("interval")?.duration() ?? interval
        baseEjectionTime = try mapping.optional("base_ejection_time")?.duration() ?? baseEjectionTime
        maxEjectionTime = try mapping.optional("max_ejection_time")?.duration() ?? maxEjectionTime
        for (key, path) in [("max_ejection_percent", \OutlierDetection.maxEjectionPercent),
            ("enforcing_consecutive_5xx", \.enforcingConsecutive5xx),
            ("enforcing_consecutive_gateway_failure", \.enforcingConsecutiveGatewayFailure)]
        {
            guard let value = mapping.optional(key) else { continue }
            let percent = try value.uint32()
            guard percent <= 100 else { throw value.error("expected a percentage from 0 to 100, got \(percent)") }
            self[keyPath: path] = percent
        }
        maxEjectionTimeJitter = try mapping.optional("max_ejection_time_jitter")?.duration() ?? .seconds(0)
        successfulActiveHealthCheckUnejectHost =
            try mapping.optional("successful_active_health_check_uneject_host")?.bool() ?? true
        try mapping.finish(unsupported: [
            "enforcing_success_rate", "success_rate_minimum_hosts", "success_rate_request_volume",
            "success_rate_stdev_factor", "split_external_local_origin_errors", "consecutive_local_origin_failure",
            "enforcing_consecutive_local_origin_failure", "enforcing_local_origin_success_rate",
            "failure_percentage_threshold", "enforcing_failure_percentage", "enforcing_failure_percentage_local_origin",
            "failure_percentage_minimum_hosts", "failure_percentage_request_volume", "monitors",
            "always_eject_one_host", "detect_degraded_hosts",
        ])
    }
}

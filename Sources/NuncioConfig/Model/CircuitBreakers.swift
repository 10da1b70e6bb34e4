/// `envoy.config.cluster.v3.CircuitBreakers`; Envoy's defaults are 1024 / 1024 / 1024 / 3 per priority.
public struct CircuitBreakers: Equatable, Sendable {
    public struct Thresholds: Equatable, Sendable {
        public var maxConnections: UInt32 = 1024
        public var maxPendingRequests: UInt32 = 1024
        public var maxRequests: UInt32 = 1024
        public var maxRetries: UInt32 = 3
        /// Publishes the `remaining_*` gauges.
        public var trackRemaining = false

        public init() {}
    }

    public var defaultPriority = Thresholds()
    public var highPriority = Thresholds()

    public init() {}
}

extension CircuitBreakers {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        for item in try mapping.optional("thresholds")?.list() ?? [] {
            let entry = try item.mapping()
            var thresholds = Thresholds()
            var high = false
            if let value = entry.optional("priority") {
                let priority = try value.string().uppercased()
                guard priority == "DEFAULT" || priority == "HIGH" else {
                    throw value.error("expected DEFAULT or HIGH, got \"\(priority)\"")
                }
                high = priority == "HIGH"
            }
            thresholds.maxConnections = try entry.optional("max_connections")?.uint32() ?? thresholds.maxConnections
            thresholds.maxPendingRequests = try entry.optional("max_pending_requests")?.uint32()
                ?? thresholds.maxPendingRequests
            thresholds.maxRequests = try entry.optional("max_requests")?.uint32() ?? thresholds.maxRequests
            thresholds.maxRetries = try entry.optional("max_retries")?.uint32() ?? thresholds.maxRetries
            thresholds.trackRemaining = try entry.optional("track_remaining")?.bool() ?? false
            try entry.finish(unsupported: ["retry_budget", "max_connection_pools"])
            if high { highPriority = thresholds } else { defaultPriority = thresholds }
        }
        try mapping.finish(unsupported: ["per_host_thresholds"])
    }
}

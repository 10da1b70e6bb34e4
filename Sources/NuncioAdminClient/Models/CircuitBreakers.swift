/// `/clusters?format=json`'s `circuit_breakers`: the limits in force per routing priority (defaults included).
public struct CircuitBreakers: Codable, Sendable, Equatable {
    public struct Thresholds: Codable, Sendable, Equatable {
        /// `HIGH`, or nil for `DEFAULT` (proto JSON leaves the default enum value out).
        public var priority: String?
        public var maxConnections: UInt64?
        public var maxPendingRequests: UInt64?
        public var maxRequests: UInt64?
        public var maxRetries: UInt64?

        public init(
            priority: String? = nil, maxConnections: UInt64? = nil, maxPendingRequests: UInt64? = nil,
            maxRequests: UInt64? = nil, maxRetries: UInt64? = nil
        ) {
            self.priority = priority
            self.maxConnections = maxConnections
            self.maxPendingRequests = maxPendingRequests
            self.maxRequests = maxRequests
            self.maxRetries = maxRetries
        }

        enum CodingKeys: String, CodingKey {
            case priority
            case maxConnections = "max_connections"
            case maxPendingRequests = "max_pending_requests"
            case maxRequests = "max_requests"
            case maxRetries = "max_retries"
        }
    }

    public var thresholds: [Thresholds]

    public init(thresholds: [Thresholds]) {
        self.thresholds = thresholds
    }

    /// The `DEFAULT` priority's limits, which ordinary traffic runs under.
    public var defaultPriority: Thresholds? {
        thresholds.first { $0.priority == nil || $0.priority == "DEFAULT" }
    }
}

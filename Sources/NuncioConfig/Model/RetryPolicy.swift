import Foundation

/// `envoy.config.route.v3.RetryPolicy`.
public struct RetryPolicy: Equatable, Sendable {
    /// The `retry_on` conditions Nuncio implements, spelled as Envoy's.
    public enum Condition: String, CaseIterable, Sendable {
        case fiveXX = "5xx"
        case gatewayError = "gateway-error"
        case reset
        case resetBeforeRequest = "reset-before-request"
        case connectFailure = "connect-failure"
        case retriableStatusCodes = "retriable-status-codes"
        case retriable4xx = "retriable-4xx"
        case refusedStream = "refused-stream"
    }

    public var retryOn: Set<Condition>
    /// Envoy's default is one retry.
    public var numRetries: UInt32
    public var perTryTimeout: ConfigDuration?
    public var retriableStatusCodes: [UInt32]
    public var backOffBase: ConfigDuration
    public var backOffMax: ConfigDuration?

    public init(
        retryOn: Set<Condition>, numRetries: UInt32 = 1, perTryTimeout: ConfigDuration? = nil,
        retriableStatusCodes: [UInt32] = []
    ) {
        self.retryOn = retryOn
        self.numRetries = numRetries
        self.perTryTimeout = perTryTimeout
        self.retriableStatusCodes = retriableStatusCodes
        self.backOffBase = .milliseconds(25)
        self.backOffMax = nil
    }
}

extension RetryPolicy {
    static let unsupportedConditions: Set<String> = [
        "envoy-ratelimited", "retriable-headers", "http3-post-connect-failure",
        "cancelled", "deadline-exceeded", "internal", "resource-exhausted", "unavailable",
    ]

    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        var conditions = Set<Condition>()
        if let value = mapping.optional("retry_on") {
            for word in try value.string().split(separator: ",") {
                let name = word.trimmingCharacters(in: .whitespaces)
                if let condition = Condition(rawValue: name) {
                    conditions.insert(condition)
                } else if Self.unsupportedConditions.contains(name) {
                    throw value.error("retry_on '\(name)' is not supported by nuncio")
                } else {
                    var message = "unknown retry_on condition '\(name)'; expected "
                        + Condition.allCases.map(\.rawValue).joined(separator: ", ")
                    if let guess = closestMatch(to: name, in: Condition.allCases.map(\.rawValue)) {
                        message += " (did you mean '\(guess)'?)"
                    }
                    throw value.error(message)
                }
            }
        }
        self.init(
            retryOn: conditions,
            numRetries: try mapping.optional("num_retries")?.uint32() ?? 1,
            perTryTimeout: try mapping.optional("per_try_timeout")?.duration(),
            retriableStatusCodes: try mapping.optional("retriable_status_codes")?.list().map { try $0.uint32() } ?? [])
        if let backOff = mapping.optional("retry_back_off") {
            let backOffMapping = try backOff.mapping()
            backOffBase = try backOffMapping.required("base_interval").duration()
            backOffMax = try backOffMapping.optional("max_interval")?.duration()
            try backOffMapping.finish()
        }
        // Envoy selects another host only when a retry_host_predicate rejects one, and nuncio refuses those.
        mapping.ignore("host_selection_retry_max_attempts")
        try mapping.finish(unsupported: [
            "retry_priority", "retry_host_predicate", "retry_options_predicates", "rate_limited_retry_back_off",
            "retriable_headers", "retriable_request_headers", "per_try_idle_timeout",
        ])
    }
}

import NuncioConfig

/// A request's retries under its route's policy (Envoy's `RetryStateImpl`): whether a response or a reset is
/// retried, how many tries are left and the back-off before the next. A value: tested without sockets.
struct RetryState {
    let policy: RetryPolicy?
    private(set) var retriesLeft: UInt32
    /// At least one retry was made (so running out of them is `upstream_rq_retry_limit_exceeded`, URX).
    private(set) var attempted = false

    init(policy: RetryPolicy?) {
        self.policy = policy
        self.retriesLeft = policy?.numRetries ?? 0
    }

    /// Whether the policy retries at all (`retry_on` names a condition).
    var isEnabled: Bool { policy.map { !$0.retryOn.isEmpty } ?? false }

    /// The retries ran out after at least one was made.
    var limitExceeded: Bool { retriesLeft == 0 && isEnabled && attempted }

    /// A reset before response headers (a connect failure included).
    func shouldRetry(reset reason: UpstreamResetReason) -> Bool {
        guard let policy, retriesLeft > 0 else { return false }
        let on = policy.retryOn
        if reason.isConnectFailure {
            return on.contains(.connectFailure) || on.contains(.fiveXX) || on.contains(.gatewayError)
                || on.contains(.reset) || on.contains(.resetBeforeRequest)
        }
        return on.contains(.reset) || on.contains(.fiveXX) || on.contains(.gatewayError)
            || (reason == .remoteReset && on.contains(.refusedStream))
    }

    /// Response headers with `status`.
    func shouldRetry(status: Int) -> Bool {
        guard let policy, retriesLeft > 0 else { return false }
        let on = policy.retryOn
        if on.contains(.fiveXX) && status >= 500 { return true }
        if on.contains(.gatewayError) && (502...504).contains(status) { return true }
        if on.contains(.retriable4xx) && status == 409 { return true }
        if on.contains(.retriableStatusCodes) && policy.retriableStatusCodes.contains(UInt32(status)) { return true }
        return false
    }

    /// A per-try timeout is retried when the policy retries anything.
    var retriesPerTryTimeout: Bool { retriesLeft > 0 && isEnabled }

    /// Takes one retry and returns its back-off: Envoy's `JitteredExponentialBackOffStrategy`, random in
    /// [0, base * 2^(retry - 1)), so [0, base) for the first; the interval is capped at max (10 x base by default).
    mutating func takeRetry<R: RandomNumberGenerator>(using random: inout R) -> Int64 {
        guard let policy, retriesLeft > 0 else { return 0 }
        retriesLeft -= 1
        attempted = true
        let attempt = Int(policy.numRetries - retriesLeft)
        let base = policy.backOffBase.nanoseconds
        let cap = policy.backOffMax?.nanoseconds ?? base * 10
        let ceiling = min(cap, base << min(attempt - 1, 20))
        return Int64.random(in: 0..<max(ceiling, 1), using: &random)
    }
}

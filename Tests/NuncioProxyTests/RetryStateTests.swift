import NuncioConfig
import Testing

@testable import NuncioProxy

/// The router's retry decisions and back-off, without sockets.
@Suite struct RetryStateTests {
    private static func policy(_ conditions: Set<RetryPolicy.Condition>, retries: UInt32 = 2) -> RetryPolicy {
        var policy = RetryPolicy(retryOn: conditions, numRetries: retries)
        policy.retriableStatusCodes = [418]
        return policy
    }

    @Test func noPolicyNeverRetries() {
        let state = RetryState(policy: nil)
        #expect(!state.shouldRetry(status: 503))
        #expect(!state.shouldRetry(reset: .connectionFailure))
        #expect(!state.isEnabled)
    }

    @Test func conditionsAsEnvoyReadsThem() {
        let fiveXX = RetryState(policy: Self.policy([.fiveXX]))
        #expect(fiveXX.shouldRetry(status: 500))
        #expect(!fiveXX.shouldRetry(status: 404))
        #expect(fiveXX.shouldRetry(reset: .connectionFailure))
        #expect(fiveXX.shouldRetry(reset: .remoteReset))
        let gateway = RetryState(policy: Self.policy([.gatewayError]))
        #expect(gateway.shouldRetry(status: 502) && gateway.shouldRetry(status: 504))
        #expect(!gateway.shouldRetry(status: 500))
        let connect = RetryState(policy: Self.policy([.connectFailure]))
        #expect(connect.shouldRetry(reset: .connectionTimeout))
        #expect(!connect.shouldRetry(reset: .remoteReset))
        #expect(!connect.shouldRetry(status: 503))
        let refused = RetryState(policy: Self.policy([.refusedStream]))
        #expect(refused.shouldRetry(reset: .remoteReset))
        #expect(!refused.shouldRetry(reset: .connectionTermination))
        let codes = RetryState(policy: Self.policy([.retriableStatusCodes]))
        #expect(codes.shouldRetry(status: 418))
        #expect(!codes.shouldRetry(status: 503))
        #expect(RetryState(policy: Self.policy([.retriable4xx])).shouldRetry(status: 409))
    }

    @Test func retriesRunOutAndSaySo() {
        var state = RetryState(policy: Self.policy([.fiveXX], retries: 2))
        var random = SystemRandomNumberGenerator()
        #expect(!state.limitExceeded)
        _ = state.takeRetry(using: &random)
        #expect(state.retriesLeft == 1 && state.attempted && !state.limitExceeded)
        _ = state.takeRetry(using: &random)
        #expect(state.retriesLeft == 0)
        #expect(state.limitExceeded)
        #expect(!state.shouldRetry(status: 503))
    }

    /// Fully jittered as Envoy 1.40's `JitteredExponentialBackOffStrategy`: the nth retry waits in
    /// [0, base * 2^(n-1)), so the first less than base; the interval is capped at 10 x base unless `max_interval`.
    @Test func backOffStaysWithinEnvoysBounds() {
        var random = SystemRandomNumberGenerator()
        var firstLongest: Int64 = 0
        var fourthLongest: Int64 = 0
        let base = Self.policy([.fiveXX]).backOffBase.nanoseconds
        for _ in 0..<200 {
            var state = RetryState(policy: Self.policy([.fiveXX], retries: 6))
            for retry in 1...6 {
                let delay = state.takeRetry(using: &random)
                #expect(delay >= 0)
                #expect(delay < min(base * 10, base << (retry - 1)))
                if retry == 1 { firstLongest = max(firstLongest, delay) }
                if retry == 4 { fourthLongest = max(fourthLongest, delay) }
            }
        }
        // 200 uniform draws: the longest is near its bound (the odds of missing these are below 1e-17).
        #expect(firstLongest > base * 4 / 5)
        #expect(fourthLongest > base * 5)
    }
}

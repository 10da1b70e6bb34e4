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

    /// Fully jittered: in [0, base * 2^attempt], capped at 10 x base unless `max_interval` says otherwise.
    @Test func backOffStaysWithinEnvoysBounds() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var state = RetryState(policy: Self.policy([.fiveXX], retries: 6))
            let base = state.policy!.backOffBase.nanoseconds
            for attempt in 1...6 {
                let delay = state.takeRetry(using: &random)
                #expect(delay >= 0)
                #expect(delay <= min(base * 10, base << attempt))
            }
        }
    }
}

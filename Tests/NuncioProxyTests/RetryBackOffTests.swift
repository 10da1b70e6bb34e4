import NuncioConfig
import Testing

@testable import NuncioProxy

/// `retry_back_off`: `base_interval` scales the jittered back-off, `max_interval` caps it (10 x base without it).
@Suite struct RetryBackOffTests {
    static func delays(base: ConfigDuration, max: ConfigDuration?, draws: Int = 200) -> [Int64] {
        var random = SystemRandomNumberGenerator()
        var all: [Int64] = []
        for _ in 0..<draws {
            var policy = RetryPolicy(retryOn: [.fiveXX], numRetries: 4)
            policy.backOffBase = base
            policy.backOffMax = max
            var state = RetryState(policy: policy)
            for _ in 0..<4 { all.append(state.takeRetry(using: &random)) }
        }
        return all
    }

    @Test func baseIntervalScalesTheBackOff() {
        let defaultCap = RetryPolicy(retryOn: [.fiveXX], numRetries: 1).backOffBase.nanoseconds * 10
        let delays = Self.delays(base: .seconds(1), max: nil)
        #expect(delays.allSatisfy { $0 >= 0 && $0 <= 10_000_000_000 })
        // Uniform draws up to seconds: some are past what the default 25 ms base allows.
        #expect(delays.contains { $0 > defaultCap })
    }

    @Test func maxIntervalCapsTheBackOff() {
        let capped = Self.delays(base: .milliseconds(100), max: .milliseconds(150))
        #expect(capped.allSatisfy { $0 >= 0 && $0 <= 150_000_000 })
        let uncapped = Self.delays(base: .milliseconds(100), max: nil)
        #expect(uncapped.contains { $0 > 150_000_000 })
    }
}

/// Exponential back-off for polls that fail: the refresh interval, doubled per failure, capped at 5 s so a
/// restarted server is back on screen within seconds (the context line counts down to the next try).
public struct RetryBackoff: Sendable, Equatable {
    public var cap: Double

    public init(cap: Double = 5) {
        self.cap = cap
    }

    /// The wait before the next try after `failures` consecutive failures (1 or more).
    public func delay(afterFailures failures: Int, interval: Double) -> Double {
        let doubled = interval * Double(1 << min(max(failures - 1, 0), 16))
        return min(max(doubled, interval), cap)
    }
}

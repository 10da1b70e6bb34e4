/// What the traffic generator has seen, overall or for one target.
public struct TrafficCounts: Sendable, Equatable {
    /// Requests written.
    public var sent = 0
    /// Complete responses, by status code.
    public var responsesByStatus: [Int: Int] = [:]
    /// Requests that got no complete response: connect failed, connection lost, or response timed out; plus
    /// connects that failed before a request could be written.
    public var failures = 0
    /// Ticks that sent nothing because the target's connection was still busy: the rate is a ceiling, never a queue.
    public var skipped = 0

    public init() {}

    public var responses: Int { responsesByStatus.values.reduce(0, +) }

    public func responses(status: Int) -> Int { responsesByStatus[status] ?? 0 }

    mutating func add(_ other: TrafficCounts) {
        sent += other.sent
        failures += other.failures
        skipped += other.skipped
        responsesByStatus.merge(other.responsesByStatus, uniquingKeysWith: +)
    }
}

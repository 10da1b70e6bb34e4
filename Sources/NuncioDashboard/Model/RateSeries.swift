/// One point of a time chart: attempts and errors per second between two polls; nil values mark a gap (a restart
/// or reset, across which no rate is computed).
public struct RatePoint: Sendable, Equatable {
    /// Monotonic seconds at the end of the step.
    public var time: Double
    public var attemptsPerSecond: Double?
    public var errorsPerSecond: Double?
}

/// Per-cluster and per-host attempts/s over time, for the Hosts chart and the TREND column. A point needs at
/// least `minimumStep` seconds since the last one, so an extra poll after an action does not add a jittery
/// half-interval point (or a 0 after `f` or `R`).
struct RateSeries: Sendable {
    private(set) var clusters: [String: [RatePoint]] = [:]
    /// Keyed by `cluster/address`.
    private(set) var hosts: [String: [RatePoint]] = [:]
    private var lastPointSample: HistorySample?

    static let pointLimit = 400

    static func hostKey(cluster: String, address: String) -> String { "\(cluster)/\(address)" }

    mutating func add(_ sample: HistorySample, minimumStep: Double, reset: HistoryReset?) {
        guard let last = lastPointSample, reset == nil else {
            if reset != nil { appendGap(at: sample.time) }
            lastPointSample = sample
            return
        }
        let elapsed = sample.time - last.time
        guard elapsed >= minimumStep, elapsed > 0 else { return }
        var seen: Set<String> = []
        for (cluster, counterSet) in sample.hosts {
            let before = last.hosts[cluster] ?? [:]
            var attempts: UInt64 = 0, errors: UInt64 = 0
            for (address, counters) in counterSet {
                let key = Self.hostKey(cluster: cluster, address: address)
                seen.insert(key)
                // A host seen for the first time counts from zero: Envoy starts its counters when it adds it.
                let step = counters.since(before[address])
                attempts += step.attempts
                errors += step.error
                Self.append(
                    RatePoint(
                        time: sample.time, attemptsPerSecond: Double(step.attempts) / elapsed,
                        errorsPerSecond: Double(step.error) / elapsed),
                    to: &hosts[key, default: []])
            }
            Self.append(
                RatePoint(
                    time: sample.time, attemptsPerSecond: Double(attempts) / elapsed,
                    errorsPerSecond: Double(errors) / elapsed),
                to: &clusters[cluster, default: []])
        }
        // Hosts that left take their series with them.
        if hosts.count > seen.count { hosts = hosts.filter { seen.contains($0.key) } }
        lastPointSample = sample
    }

    private mutating func appendGap(at time: Double) {
        let gap = RatePoint(time: time, attemptsPerSecond: nil, errorsPerSecond: nil)
        for key in clusters.keys { Self.append(gap, to: &clusters[key, default: []]) }
        for key in hosts.keys { Self.append(gap, to: &hosts[key, default: []]) }
    }

    private static func append(_ point: RatePoint, to points: inout [RatePoint]) {
        points.append(point)
        if points.count > pointLimit { points.removeFirst(points.count - pointLimit) }
    }
}

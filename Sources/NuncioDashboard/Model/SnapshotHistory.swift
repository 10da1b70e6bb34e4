import Foundation
import NuncioAdminClient

/// The per-host counters a window needs, from `/clusters`. Envoy counts a finished attempt once, as `rq_success`
/// or `rq_error` (a refused connection ends as a 503 and lands in `rq_error`; adding `cx_connect_fail` on top
/// would count it twice).
public struct HostCounters: Sendable, Equatable {
    public var success: UInt64
    public var error: UInt64
    public var timeout: UInt64
    public var connectFail: UInt64

    public init(success: UInt64 = 0, error: UInt64 = 0, timeout: UInt64 = 0, connectFail: UInt64 = 0) {
        self.success = success
        self.error = error
        self.timeout = timeout
        self.connectFail = connectFail
    }

    init(_ host: HostStatus) {
        self.init(
            success: host.stat("rq_success"), error: host.stat("rq_error"), timeout: host.stat("rq_timeout"),
            connectFail: host.stat("cx_connect_fail"))
    }

    public var attempts: UInt64 { success &+ error }

    /// True when any counter is lower than in `older`: the host was re-created, or its counters reset.
    func wentDown(from older: HostCounters) -> Bool {
        success < older.success || error < older.error || timeout < older.timeout || connectFail < older.connectFail
    }

    /// Counts since `base`; since zero when the counters went down in between.
    func since(_ base: HostCounters?) -> HostCounters {
        guard let base, !wentDown(from: base) else { return self }
        return HostCounters(
            success: success - base.success, error: error - base.error, timeout: timeout - base.timeout,
            connectFail: connectFail - base.connectFail)
    }
}

/// One poll reduced to what windows are computed from.
struct HistorySample: Sendable {
    /// The snapshot's monotonic `takenAt`.
    var time: Double
    var wallTime: Date
    /// Cluster name to host address to counters.
    var hosts: [String: [String: HostCounters]]
    /// `cluster.<name>.upstream_rq_total` from `/stats`, to notice `/reset_counters`.
    var clusterTotals: [String: UInt64]
    /// Server uptime in seconds, to notice a restart: from `/server_info` (an HTTP source reads it now and then
    /// and counts on between reads; a failed poll makes it read afresh) and from the `server.uptime` gauge (fresh
    /// with every `/stats`, but Envoy moves it only at a stats flush, every 5 s).
    var uptime: Double?
    var uptimeGauge: Double?

    init(_ snapshot: AdminSnapshot, numbers: [String: UInt64], wallTime: Date) {
        time = snapshot.takenAt
        self.wallTime = wallTime
        var hosts: [String: [String: HostCounters]] = [:]
        var totals: [String: UInt64] = [:]
        for cluster in snapshot.clusters.clusterStatuses {
            var counters: [String: HostCounters] = [:]
            for host in cluster.hostStatuses { counters[host.address.description] = HostCounters(host) }
            hosts[cluster.name] = counters
            totals[cluster.name] = numbers["cluster.\(cluster.name).upstream_rq_total"]
        }
        self.hosts = hosts
        clusterTotals = totals
        uptime = snapshot.serverInfo.uptimeSeconds.map { Double($0) }
        uptimeGauge = numbers["server.uptime"].map { Double($0) }
    }
}

/// Why the history started over.
public enum HistoryReset: Sendable, Equatable {
    /// The server's uptime went down: a new process answers on the admin port.
    case restart
    /// Counters went down with the server still up (`/reset_counters`).
    case countersReset

    public var description: String {
        switch self {
        case .restart: return "server restarted (uptime went down)"
        case .countersReset: return "counters were reset"
        }
    }
}

/// A ring of successive snapshots' counters, newest last, covering the longest window (5 min) plus the mark.
/// Starts over on a restart or a counter reset, so no rate is ever computed across one.
struct SnapshotHistory: Sendable {
    private(set) var samples: [HistorySample] = []
    /// `m`: the sample "since mark" counts from.
    private(set) var mark: HistorySample?
    /// Monotonic time the counters count from (the server's start, or the last reset), for "all time".
    private(set) var countersStart: Double?
    /// The uptimes either side of the last reset, for the event line: `uptime 12s -> 1s`.
    private(set) var lastResetNote = ""

    static let retention: Double = 300
    static let sampleLimit = 2400
    /// Uptime is whole seconds, and a cached `/server_info` is counted on: a small step back is not a restart.
    static let uptimeSlack: Double = 2

    var latest: HistorySample? { samples.last }

    /// Adds a poll; returns why the history started over, if it did.
    @discardableResult
    mutating func append(
        _ snapshot: AdminSnapshot, numbers: [String: UInt64]? = nil, wallTime: Date = Date()
    ) -> HistoryReset? {
        let sample = HistorySample(snapshot, numbers: numbers ?? snapshot.stats.numbersByName(), wallTime: wallTime)
        guard let previous = samples.last else {
            samples = [sample]
            countersStart = (sample.uptime ?? sample.uptimeGauge).map { sample.time - $0 }
            return nil
        }
        guard sample.time > previous.time else { return nil }
        if let reset = Self.reset(between: previous, and: sample) {
            func seconds(_ value: Double?) -> String { value.map { Format.uptime(Int($0)) } ?? "-" }
            lastResetNote = "uptime \(seconds(previous.uptime ?? previous.uptimeGauge)) -> "
                + seconds(sample.uptime ?? sample.uptimeGauge)
            samples = [sample]
            countersStart =
                reset == .restart ? (sample.uptime ?? sample.uptimeGauge).map { sample.time - $0 } : previous.time
            if mark != nil { mark = sample }
            return reset
        }
        samples.append(sample)
        while samples.count > 2, samples[1].time <= sample.time - Self.retention { samples.removeFirst() }
        if samples.count > Self.sampleLimit { samples.removeFirst(samples.count - Self.sampleLimit) }
        return nil
    }

    mutating func setMark() {
        mark = samples.last
    }

    /// The sample a window counts from: the newest at or before its start, else the oldest there is (a window
    /// not yet filled). Nil for all time (which counts from zero) and for a mark not yet set.
    func baseline(for window: RateWindow) -> HistorySample? {
        switch window {
        case .allTime: return nil
        case .sinceMark: return mark
        default:
            guard let latest = samples.last, let seconds = window.seconds else { return nil }
            let start = latest.time - seconds
            return samples.last { $0.time <= start } ?? samples.first
        }
    }

    static func reset(between older: HistorySample, and newer: HistorySample) -> HistoryReset? {
        let uptimes = [(older.uptime, newer.uptime), (older.uptimeGauge, newer.uptimeGauge)]
        for (before, now) in uptimes {
            if let before, let now, now + uptimeSlack < before { return .restart }
        }
        guard let reset = countersWentDown(older, newer) else { return nil }
        // Counters down and the uptime a little lower: a young server restarted, not a reset.
        let lower = uptimes.contains { before, now in before.flatMap { b in now.map { $0 < b } } ?? false }
        return lower ? .restart : reset
    }

    private static func countersWentDown(_ older: HistorySample, _ newer: HistorySample) -> HistoryReset? {
        for (cluster, total) in newer.clusterTotals where total < (older.clusterTotals[cluster] ?? 0) {
            return .countersReset
        }
        // Hosts kept across both polls: all of one cluster's going down at once is a reset, one alone a re-created
        // host (which the windows count from zero).
        for (cluster, hosts) in newer.hosts {
            guard let old = older.hosts[cluster] else { continue }
            let common = hosts.filter { old[$0.key] != nil && old[$0.key]!.attempts > 0 }
            if common.count > 1, common.allSatisfy({ $0.value.wentDown(from: old[$0.key]!) }) { return .countersReset }
        }
        return nil
    }
}

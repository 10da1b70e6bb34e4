import Foundation
import NuncioAdminClient

/// The investigation tools' state, kept apart from the live numbers: the stats mark and `:diff`, the stat pinned
/// to a chart, the Log screen's options, the cluster detail panel and the `y` config viewer.
public struct Investigation: Sendable {
    /// Stat values when the mark was set (`:mark`), for the Stats screen's Δ column and `:diff`.
    public var mark: StatsMark?
    /// `:diff`: the Stats screen lists only stats that changed since the mark.
    public var diffOnly = false
    /// SEAM (item 1): the window `:window` asked for, in seconds; the windowed model reads it at merge.
    public var windowSeconds: Double?
    /// The stat `c` pinned on the Stats screen, and its samples (rate for counters, value for gauges).
    public var pinnedStat: String?
    public var pinnedSamples: [Double] = []
    public var logWrap = false
    /// Off: new log lines do not move the view (`F` toggles; follow is on at start).
    public var logFollow = true
    /// `:search TEXT`: the Log screen highlights it, `n`/`N` jump between matches.
    public var logSearch: String?
    /// `i` on Clusters: nil follows the terminal's size (shown when tall enough), else forced on or off.
    public var clusterDetail: Bool?
    /// `y`: the selected cluster's whole config, scrolled to `offset`.
    public var configViewer: ConfigViewer?
    /// Commands run from the `:` line, newest last, for Up/Down.
    public var commandHistory: [String] = []

    static let pinnedLength = 240

    public init() {}

    /// Takes a snapshot: the pinned stat's next sample.
    mutating func observe(_ snapshot: AdminSnapshot, delta: SnapshotDelta) {
        guard let stat = pinnedStat, delta.elapsed > 0 else { return }
        let sample = Self.isGauge(stat, in: snapshot) ? Double(delta.value(stat)) : delta.rate(stat) ?? 0
        pinnedSamples.append(sample)
        if pinnedSamples.count > Self.pinnedLength {
            pinnedSamples.removeFirst(pinnedSamples.count - Self.pinnedLength)
        }
    }

    /// Gauges are charted as values, counters as rates; without the gauge list every stat is a counter.
    static func isGauge(_ stat: String, in snapshot: AdminSnapshot?) -> Bool {
        snapshot?.gaugeNames?.contains(stat) ?? false
    }
}

public struct StatsMark: Sendable, Equatable {
    public var time: Date
    public var values: [String: UInt64]

    public init(time: Date = Date(), values: [String: UInt64]) {
        self.time = time
        self.values = values
    }

    /// Change since the mark; nil for a stat that did not exist then.
    func change(_ name: String, now: UInt64) -> Int64? {
        values[name].map { Int64(bitPattern: now &- $0) }
    }
}

public struct ConfigViewer: Sendable, Equatable {
    public var cluster: String
    public var lines: [String]
    public var offset = 0
}

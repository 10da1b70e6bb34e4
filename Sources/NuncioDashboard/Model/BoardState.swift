import Foundation
import NuncioAdminClient

/// The model's part for windowed numbers: the snapshot history, the chart series, the host transitions, and the
/// timing of polls (for data age and the reconnect countdown). A value inside `DashboardModel`.
struct BoardState: Sendable {
    var window: RateWindow = .tenSeconds
    var history = SnapshotHistory()
    var series = RateSeries()
    /// Per cluster, for the current window; recomputed when a snapshot arrives or the window or mark changes.
    var rates: [String: ClusterRates] = [:]
    var transitions: [HostTransition] = []
    /// Attempts/s per cluster for the Clusters sparklines (gaps as 0), kept with each poll rather than per draw.
    var rateHistory: [String: [Double]] = [:]
    /// The monotonic clock when the last poll failed, for the countdown to the next try.
    var failedAt: Double?

    static let transitionLimit = 500

    /// Takes a snapshot: history, series, transitions. Returns the reset, if the history started over.
    /// `delta` holds the snapshot's `/stats` by name and the previous one's.
    mutating func apply(
        _ snapshot: AdminSnapshot, previous: AdminSnapshot?, delta: SnapshotDelta, refreshInterval: Double,
        wallTime: Date
    ) -> (reset: HistoryReset?, transitions: [HostTransition]) {
        let reset = history.append(snapshot, numbers: delta.latest, wallTime: wallTime)
        if let sample = history.latest {
            series.add(sample, minimumStep: refreshInterval * 0.75, reset: reset)
        }
        var found: [HostTransition] = []
        if let previous, snapshot.takenAt > previous.takenAt {
            found = HostTransition.between(
                previous, snapshot, oldNumbers: delta.previous, newNumbers: delta.latest, at: wallTime)
            transitions += found
            if transitions.count > Self.transitionLimit {
                transitions.removeFirst(transitions.count - Self.transitionLimit)
            }
        }
        rates = WindowedRates.compute(snapshot, history: history, window: window)
        rateHistory = series.clusters.mapValues { points in
            points.suffix(DashboardModel.historyLength).map { $0.attemptsPerSecond ?? 0 }
        }
        failedAt = nil
        return (reset, found)
    }

    mutating func recompute(_ snapshot: AdminSnapshot?) {
        guard let snapshot else { return }
        rates = WindowedRates.compute(snapshot, history: history, window: window)
    }
}

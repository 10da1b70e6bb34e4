import Foundation
import NuncioAdminClient

/// The windowed numbers other screens and the export read, and the connection timing the header shows.
extension DashboardModel {
    /// The window numbers are computed over; `w` cycles it. Setting it recomputes the rates.
    public var window: RateWindow {
        get { board.window }
        set {
            board.window = newValue
            board.recompute(latest)
        }
    }

    /// A cluster's numbers over the window (with its hosts'), or nil when the cluster is unknown.
    public func rates(forCluster name: String) -> ClusterRates? {
        board.rates[name]
    }

    /// One host's numbers over the window.
    public func rates(forHost address: String, inCluster name: String) -> HostRates? {
        board.rates[name]?.host(address)
    }

    /// The chart points of a cluster (or of one of its hosts), oldest first.
    public func ratePoints(forCluster name: String, host address: String? = nil) -> [RatePoint] {
        guard let address else { return board.series.clusters[name] ?? [] }
        return board.series.hosts[RateSeries.hostKey(cluster: name, address: address)] ?? []
    }

    /// Host transitions (added, removed, health, ejections), oldest first.
    public var transitions: [HostTransition] { board.transitions }

    /// The seconds the current window's numbers cover, when known.
    public var windowSeconds: Double? {
        board.rates.values.lazy.compactMap(\.windowSeconds).first
    }

    /// `m`: "since mark" counts from the newest snapshot from now on.
    public mutating func setMark() {
        board.history.setMark()
        if window == .sinceMark { board.recompute(latest) }
        record("mark set: since-mark numbers count from now")
    }

    /// The newest snapshot's age on the monotonic clock, when the clock is known.
    public var dataAge: Double? {
        guard now > 0, let latest else { return nil }
        return max(0, now - latest.takenAt)
    }

    /// True when the data on screen is more than two refresh intervals old (and not paused on purpose).
    public var isStale: Bool {
        guard !paused, let age = dataAge else { return false }
        return age > 2 * refreshInterval
    }

    /// No answer yet for more than 1.5 intervals: the header says so before the poll itself gives up.
    public var isOverdue: Bool {
        guard !paused, let age = dataAge else { return false }
        return age > 1.5 * refreshInterval
    }

    /// Seconds until the next try while disconnected, counting down with the clock.
    public var retryCountdown: Double? {
        guard case .disconnected(_, let retryIn) = connection else { return nil }
        guard now > 0, let failedAt = board.failedAt else { return retryIn }
        return max(0, retryIn - (now - failedAt))
    }

    /// Folds a snapshot into the board; records resets and transitions as events.
    mutating func applyToBoard(_ snapshot: AdminSnapshot) {
        let (reset, found) = board.apply(
            snapshot, previous: latest, delta: delta, refreshInterval: refreshInterval, wallTime: Date())
        if let reset {
            record("\(reset.description), \(board.history.lastResetNote): rates start over", isError: reset == .restart)
        }
        for transition in found { record("\(transition.cluster): \(transition.text)", isError: transition.isBad) }
    }

    /// Each failure sets a new wait; the countdown runs from now.
    mutating func noteFailureTime() {
        board.failedAt = now > 0 ? now : nil
    }
}

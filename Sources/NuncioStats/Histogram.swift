/// A distribution of samples, as Envoy's `Histogram`.
///
/// `record` is lock-free: one relaxed atomic increment of the sample's bin. Like Envoy, the statistics the
/// admin endpoints show are only computed at a stats flush (`StatsStore.flushHistograms`): the interval
/// statistics cover the samples since the previous flush, the cumulative ones every sample so far.
public final class Histogram: Sendable {
    public let name: String
    public let unit: HistogramUnit
    private let recorded = AtomicBinCounts()
    private let flushed = Locked(FlushState())

    /// What the last flush saw, behind one lock (flushes and snapshots are rare).
    private struct FlushState {
        var bins: [(index: Int, count: UInt64)] = []
        var interval = HistogramStatistics.empty
        var cumulative = HistogramStatistics.empty
    }

    init(name: String, unit: HistogramUnit) {
        self.name = name
        self.unit = unit
    }

    public func record(_ value: UInt64) {
        recorded.increment(binIndex: LogLinearBin.index(of: value))
    }

    /// Samples recorded so far, flushed or not (sums the bins: for tests and diagnostics, not the hot path).
    public var sampleCount: UInt64 {
        recorded.nonEmptyBins().reduce(0) { $0 &+ $1.count }
    }

    /// Envoy's per-histogram part of the stats flush: interval becomes "since last flush".
    func flush() {
        flushed.withLock { state in
            // Read under the lock so two concurrent flushes cannot store their readings out of order.
            let now = recorded.nonEmptyBins()
            let interval = Self.difference(now, minus: state.bins)
            state.interval = HistogramStatistics(bins: interval, unit: unit)
            state.cumulative = HistogramStatistics(bins: now, unit: unit)
            state.bins = now
        }
    }

    /// The statistics of the last flush. `used` is whether any sample had been flushed by then.
    func statistics() -> (used: Bool, interval: HistogramStatistics, cumulative: HistogramStatistics) {
        flushed.withLock { state in
            (state.cumulative.sampleCount > 0, state.interval, state.cumulative)
        }
    }

    private static func difference(
        _ now: [(index: Int, count: UInt64)],
        minus before: [(index: Int, count: UInt64)]
    ) -> [(index: Int, count: UInt64)] {
        var previous: [Int: UInt64] = [:]
        for bin in before {
            previous[bin.index] = bin.count
        }
        return now.compactMap { bin in
            let delta = bin.count - min(bin.count, previous[bin.index] ?? 0)
            return delta > 0 ? (bin.index, delta) : nil
        }
    }
}

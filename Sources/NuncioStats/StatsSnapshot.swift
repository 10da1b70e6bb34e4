/// A consistent-enough copy of every stat, taken once per admin request and rendered off the event loops.
/// Each list is sorted by name in byte order, as Envoy sorts.
public struct StatsSnapshot: Sendable {
    public var counters: [CounterSample]
    public var gauges: [GaugeSample]
    public var histograms: [HistogramSample]
    public var textReadouts: [TextReadoutSample]

    public init(
        counters: [CounterSample] = [], gauges: [GaugeSample] = [], histograms: [HistogramSample] = [],
        textReadouts: [TextReadoutSample] = []
    ) {
        self.counters = counters.sorted { StatName.precedes($0.name, $1.name) }
        self.gauges = gauges.sorted { StatName.precedes($0.name, $1.name) }
        self.histograms = histograms.sorted { StatName.precedes($0.name, $1.name) }
        self.textReadouts = textReadouts.sorted { StatName.precedes($0.name, $1.name) }
    }
}

public struct CounterSample: Sendable, Equatable {
    public var name: String
    public var value: UInt64
    public var used: Bool

    public init(name: String, value: UInt64, used: Bool) {
        self.name = name
        self.value = value
        self.used = used
    }
}

public struct GaugeSample: Sendable, Equatable {
    public var name: String
    public var value: UInt64
    public var used: Bool

    public init(name: String, value: UInt64, used: Bool) {
        self.name = name
        self.value = value
        self.used = used
    }
}

public struct HistogramSample: Sendable, Equatable {
    public var name: String
    public var used: Bool
    /// Since the flush before the last one.
    public var interval: HistogramStatistics
    /// Everything up to the last flush.
    public var cumulative: HistogramStatistics

    public init(name: String, used: Bool, interval: HistogramStatistics, cumulative: HistogramStatistics) {
        self.name = name
        self.used = used
        self.interval = interval
        self.cumulative = cumulative
    }
}

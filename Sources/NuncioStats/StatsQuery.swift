import Foundation

/// The query parameters `/stats` and `/stats/prometheus` share: `filter`, `usedonly`, `type`, `histogram_buckets`.
public struct StatsQuery: Sendable {
    /// `type=`: which kinds of stats to list.
    public enum StatType: String, Sendable, CaseIterable {
        case all = "All"
        case counters = "Counters"
        case gauges = "Gauges"
        case histograms = "Histograms"
        case textReadouts = "TextReadouts"
    }

    /// `histogram_buckets=`: quantiles (`none`, the default), bucket counts, or every bin (`detailed`).
    public enum HistogramBuckets: String, Sendable, CaseIterable {
        case none
        case cumulative
        case disjoint
        case detailed
    }

    public var filter: StatsFilter?
    public var usedOnly: Bool
    public var type: StatType
    public var histogramBuckets: HistogramBuckets

    public init(
        filter: StatsFilter? = nil,
        usedOnly: Bool = false,
        type: StatType = .all,
        histogramBuckets: HistogramBuckets = .none
    ) {
        self.filter = filter
        self.usedOnly = usedOnly
        self.type = type
        self.histogramBuckets = histogramBuckets
    }

    var includesCounters: Bool { type == .all || type == .counters }
    var includesGauges: Bool { type == .all || type == .gauges }
    var includesHistograms: Bool { type == .all || type == .histograms }
    var includesTextReadouts: Bool { type == .all || type == .textReadouts }

    /// The stats of `snapshot` this query selects (`type` excepted: each renderer applies it its own way).
    func select(_ snapshot: StatsSnapshot) -> StatsSnapshot {
        let matches = filter?.matcher() ?? { _ in true }
        var selected = StatsSnapshot()
        selected.counters = snapshot.counters.filter { (!usedOnly || $0.used) && matches($0.name) }
        selected.gauges = snapshot.gauges.filter { (!usedOnly || $0.used) && matches($0.name) }
        selected.histograms = snapshot.histograms.filter { (!usedOnly || $0.used) && matches($0.name) }
        selected.textReadouts = snapshot.textReadouts.filter { (!usedOnly || $0.used) && matches($0.name) }
        return selected
    }
}

/// `filter=`: a regular expression searched for anywhere in the stat name (Envoy uses RE2 partial match;
/// this uses ICU syntax through `NSRegularExpression`, which agrees on everything but exotic constructs).
public struct StatsFilter: Sendable {
    public let pattern: String
    /// `invert_filter`: keep the names that do not match.
    public var inverted = false

    public struct InvalidPattern: Error, Equatable {
        public let pattern: String
    }

    public init(_ pattern: String) throws {
        guard (try? NSRegularExpression(pattern: pattern)) != nil else {
            throw InvalidPattern(pattern: pattern)
        }
        self.pattern = pattern
    }

    /// A matcher compiled once per render (`NSRegularExpression` is not `Sendable` everywhere, so it is not kept).
    func matcher() -> (String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else {
            return { _ in false }
        }
        let inverted = self.inverted
        return { name in
            let range = NSRange(name.startIndex..<name.endIndex, in: name)
            return (expression.firstMatch(in: name, range: range) != nil) != inverted
        }
    }
}

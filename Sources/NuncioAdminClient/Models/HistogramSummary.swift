/// The `histograms` element of `/stats?format=json`: shared quantile list plus one entry per histogram.
struct HistogramList: Codable, Sendable, Equatable {
    var supportedQuantiles: [Double]
    var computedQuantiles: [Computed]

    struct Computed: Codable, Sendable, Equatable {
        var name: String
        var values: [QuantilePair?]?
    }

    init(summaries: [HistogramSummary]) {
        supportedQuantiles = summaries.first?.quantiles ?? HistogramSummary.envoyQuantiles
        computedQuantiles = summaries.map { summary in
            Computed(name: summary.name, values: summary.values.map { Optional($0) })
        }
    }

    var summaries: [HistogramSummary] {
        computedQuantiles.map { computed in
            HistogramSummary(
                name: computed.name, quantiles: supportedQuantiles,
                values: (computed.values ?? []).map { $0 ?? QuantilePair(interval: nil, cumulative: nil) })
        }
    }

    enum CodingKeys: String, CodingKey {
        case supportedQuantiles = "supported_quantiles"
        case computedQuantiles = "computed_quantiles"
    }
}

/// One quantile of a histogram: the value over the last flush interval and since start. Null until recorded.
public struct QuantilePair: Codable, Sendable, Equatable {
    public var interval: Double?
    public var cumulative: Double?

    public init(interval: Double?, cumulative: Double?) {
        self.interval = interval
        self.cumulative = cumulative
    }
}

/// A histogram's computed quantiles, such as `cluster.service1.upstream_rq_time` in milliseconds.
public struct HistogramSummary: Sendable, Equatable {
    /// Envoy's default: 0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 100.
    public static let envoyQuantiles: [Double] = [0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 100]

    public var name: String
    public var quantiles: [Double]
    public var values: [QuantilePair]

    public init(name: String, quantiles: [Double] = HistogramSummary.envoyQuantiles, values: [QuantilePair]) {
        self.name = name
        self.quantiles = quantiles
        self.values = values
    }

    /// The cumulative value at a quantile such as 50 or 99, or nil when nothing was recorded.
    public func cumulative(at quantile: Double) -> Double? {
        guard let index = quantiles.firstIndex(of: quantile), index < values.count else { return nil }
        return values[index].cumulative
    }

    /// True once any sample was recorded.
    public var hasValues: Bool {
        values.contains { $0.cumulative != nil || $0.interval != nil }
    }
}

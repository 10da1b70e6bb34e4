/// The `(interval,cumulative)` pairs of one histogram, as the text and JSON outputs list them.
enum HistogramSummary {
    /// What follows `name:` in the text output: ` P0(0,0) P25(1.02,1.02) …`, ` B0.5(7,7) B1(11,11) …`,
    /// ` No recorded values`, or for `detailed` three indented lines of bins (`lower,width:count`) and quantiles.
    static func text(of histogram: HistogramSample, buckets: StatsQuery.HistogramBuckets) -> String {
        guard histogram.used else {
            return " No recorded values"
        }
        switch buckets {
        case .none:
            return " " + quantiles(of: histogram)
        case .detailed:
            return "\n  totals=\(detail(histogram.cumulative.bins))"
                + "\n  intervals=\(detail(histogram.interval.bins))"
                + "\n  summary=\(quantiles(of: histogram))"
        case .cumulative, .disjoint:
            let pairs = bucketCounts(of: histogram, buckets: buckets)
            return " "
                + zip(HistogramStatistics.supportedBuckets, pairs)
                .map { bound, pair in "B\(NumberFormatting.general(bound))(\(pair.interval),\(pair.cumulative))" }
                .joined(separator: " ")
        }
    }

    private static func quantiles(of histogram: HistogramSample) -> String {
        let labels = HistogramStatistics.supportedQuantiles.map { "P" + NumberFormatting.shortest($0) }
        return zip(labels, zip(histogram.interval.quantiles, histogram.cumulative.quantiles))
            .map { label, pair in
                "\(label)(\(NumberFormatting.shortest(pair.0)),\(NumberFormatting.shortest(pair.1)))"
            }
            .joined(separator: " ")
    }

    /// Envoy joins `absl::StrCat(lower, ",", width, ":", count)` with `, ` (StrCat prints doubles like `%g`).
    private static func detail(_ bins: [HistogramBin]) -> String {
        bins.map { "\(NumberFormatting.general($0.lowerBound)),\(NumberFormatting.general($0.width)):\($0.count)" }
            .joined(separator: ", ")
    }

    /// Per bucket bound: cumulative counts, or for `.disjoint` the counts between this bound and the previous.
    static func bucketCounts(
        of histogram: HistogramSample,
        buckets: StatsQuery.HistogramBuckets
    ) -> [(interval: UInt64, cumulative: UInt64)] {
        let interval = histogram.interval.bucketCounts
        let cumulative = histogram.cumulative.bucketCounts
        guard buckets == .disjoint else {
            return Array(zip(interval, cumulative))
        }
        return interval.indices.map { index in
            guard index > 0 else {
                return (interval[0], cumulative[0])
            }
            return (interval[index] - interval[index - 1], cumulative[index] - cumulative[index - 1])
        }
    }
}


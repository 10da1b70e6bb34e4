/// `GET /stats?format=json`: Envoy's shape, byte for byte:
/// `{"stats":[{"name":..,"value":..},...,{"histograms":{"supported_quantiles":[..],"computed_quantiles":[..]}}]}`.
///
/// With `histogram_buckets=cumulative|disjoint` the histogram element lists buckets instead of quantiles,
/// `{"histograms":[{"name":..,"buckets":[{"upper_bound":0.5,"interval":..,"cumulative":..},..]}]}`, and with
/// `detailed` every bin: `{"histograms":{"supported_percentiles":[..],"details":[{"name":..,"totals":[..],
/// "intervals":[..],"percentiles":[..]}]}}` (shapes from Envoy's `stats_render.cc`; not in the captures).
public enum JSONStatsRenderer {
    public static func render(_ snapshot: StatsSnapshot, query: StatsQuery = StatsQuery()) -> String {
        let selected = query.select(snapshot)
        var values: [(name: String, value: UInt64)] = []
        if query.includesCounters {
            values += selected.counters.map { ($0.name, $0.value) }
        }
        if query.includesGauges {
            values += selected.gauges.map { ($0.name, $0.value) }
        }
        values.sort { StatName.precedes($0.name, $1.name) }
        // Text readouts come first, as in Envoy.
        var elements = query.includesTextReadouts
            ? selected.textReadouts.map { "{\"name\":\(quoted($0.name)),\"value\":\(quoted($0.value))}" } : []
        elements += values.map { "{\"name\":\(quoted($0.name)),\"value\":\($0.value)}" }
        if query.includesHistograms && !selected.histograms.isEmpty {
            switch query.histogramBuckets {
            case .none:
                elements.append(quantilesElement(selected.histograms))
            case .cumulative, .disjoint:
                elements.append(bucketsElement(selected.histograms, buckets: query.histogramBuckets))
            case .detailed:
                elements.append(detailsElement(selected.histograms))
            }
        }
        return "{\"stats\":[" + elements.joined(separator: ",") + "]}"
    }

    private static let supportedQuantiles =
        "[" + HistogramStatistics.supportedQuantiles.map(NumberFormatting.shortest).joined(separator: ",") + "]"

    private static func quantilesElement(_ histograms: [HistogramSample]) -> String {
        let computed = histograms.map { histogram in
            "{\"name\":\(quoted(histogram.name)),\"values\":\(percentiles(of: histogram))}"
        }
        return "{\"histograms\":{\"supported_quantiles\":\(supportedQuantiles),\"computed_quantiles\":["
            + computed.joined(separator: ",") + "]}}"
    }

    /// `[{"cumulative":..,"interval":..},..]`: null for a histogram that never had a sample (Envoy's NaN).
    private static func percentiles(of histogram: HistogramSample) -> String {
        let values = histogram.interval.quantiles.indices.map { index in
            guard histogram.used else {
                return "{\"cumulative\":null,\"interval\":null}"
            }
            let cumulative = NumberFormatting.shortest(histogram.cumulative.quantiles[index])
            let interval = NumberFormatting.shortest(histogram.interval.quantiles[index])
            return "{\"cumulative\":\(cumulative),\"interval\":\(interval)}"
        }
        return "[" + values.joined(separator: ",") + "]"
    }

    private static func detailsElement(_ histograms: [HistogramSample]) -> String {
        func bins(_ bins: [HistogramBin]) -> String {
            let entries = bins.map { bin in
                "{\"lower_bound\":\(NumberFormatting.shortest(bin.lowerBound)),"
                    + "\"width\":\(NumberFormatting.shortest(bin.width)),\"count\":\(bin.count)}"
            }
            return "[" + entries.joined(separator: ",") + "]"
        }
        let details = histograms.map { histogram in
            "{\"name\":\(quoted(histogram.name)),\"totals\":\(bins(histogram.cumulative.bins)),"
                + "\"intervals\":\(bins(histogram.interval.bins)),\"percentiles\":\(percentiles(of: histogram))}"
        }
        return "{\"histograms\":{\"supported_percentiles\":\(supportedQuantiles),\"details\":["
            + details.joined(separator: ",") + "]}}"
    }

    private static func bucketsElement(
        _ histograms: [HistogramSample],
        buckets: StatsQuery.HistogramBuckets
    ) -> String {
        let entries = histograms.map { histogram in
            let counts = HistogramSummary.bucketCounts(of: histogram, buckets: buckets)
            let buckets = zip(HistogramStatistics.supportedBuckets, counts).map { bound, pair in
                "{\"upper_bound\":\(NumberFormatting.shortest(bound)),"
                    + "\"interval\":\(pair.interval),\"cumulative\":\(pair.cumulative)}"
            }
            return "{\"name\":\(quoted(histogram.name)),\"buckets\":[\(buckets.joined(separator: ","))]}"
        }
        return "{\"histograms\":[" + entries.joined(separator: ",") + "]}"
    }

    /// A JSON string literal. Stat names are plain ASCII in practice; the rest is escaped anyway.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

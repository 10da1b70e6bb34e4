/// `GET /stats`: `name: value` lines. Text readouts first (`name: "value"`, unescaped as in Envoy), then counters
/// and gauges merged in one sorted list, then histograms.
public enum TextStatsRenderer {
    public static func render(_ snapshot: StatsSnapshot, query: StatsQuery = StatsQuery()) -> String {
        let selected = query.select(snapshot)
        var lines: [(name: String, value: UInt64)] = []
        if query.includesCounters {
            lines += selected.counters.map { ($0.name, $0.value) }
        }
        if query.includesGauges {
            lines += selected.gauges.map { ($0.name, $0.value) }
        }
        lines.sort { StatName.precedes($0.name, $1.name) }
        var output = ""
        if query.includesTextReadouts {
            for text in selected.textReadouts {
                output += "\(text.name): \"\(text.value)\"\n"
            }
        }
        for line in lines {
            output += "\(line.name): \(line.value)\n"
        }
        if query.includesHistograms {
            for histogram in selected.histograms {
                let summary = HistogramSummary.text(of: histogram, buckets: query.histogramBuckets)
                output += "\(histogram.name):\(summary)\n"
            }
        }
        return output
    }
}

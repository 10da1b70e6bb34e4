/// `GET /stats/prometheus`: Prometheus text exposition format 0.0.4, as Envoy writes it.
///
/// Names are `envoy_` plus the tag-extracted stat name with every character outside `[a-zA-Z0-9_]`
/// turned into `_`; the tags become labels (`{}` when there are none). Counters come first, then gauges,
/// then histograms; within each kind the metrics are sorted by tag-extracted name, and the series of one
/// metric by full stat name, each metric under one `# TYPE` line.
public enum PrometheusStatsRenderer {
    public static func render(_ snapshot: StatsSnapshot, query: StatsQuery = StatsQuery()) -> String {
        let selected = query.select(snapshot)
        var output = ""
        if query.includesCounters {
            for metric in metrics(selected.counters.map { ($0.name, $0.value) }) {
                output += "# TYPE \(metric.name) counter\n"
                for series in metric.series {
                    output += "\(metric.name)\(labels(series.tags)) \(series.value)\n"
                }
            }
        }
        if query.includesGauges {
            for metric in metrics(selected.gauges.map { ($0.name, $0.value) }) {
                output += "# TYPE \(metric.name) gauge\n"
                for series in metric.series {
                    output += "\(metric.name)\(labels(series.tags)) \(series.value)\n"
                }
            }
        }
        if query.includesHistograms {
            for metric in metrics(selected.histograms.map { ($0.name, $0) }) {
                output += "# TYPE \(metric.name) histogram\n"
                for series in metric.series {
                    output += histogramLines(metric.name, tags: series.tags, statistics: series.value.cumulative)
                }
            }
        }
        return output
    }

    /// The Prometheus metric name of a tag-extracted stat name.
    public static func metricName(_ tagExtractedName: String) -> String {
        "envoy_" + sanitized(tagExtractedName)
    }

    private struct Metric<Value> {
        var name: String
        var series: [(tags: [StatTag], value: Value)]
    }

    /// Groups stats (given sorted by name) into metrics sorted by tag-extracted name.
    private static func metrics<Value>(_ stats: [(name: String, value: Value)]) -> [Metric<Value>] {
        var byExtractedName: [String: Metric<Value>] = [:]
        for stat in stats {
            let extracted = TagExtractor.extract(stat.name)
            byExtractedName[extracted.name, default: Metric(name: metricName(extracted.name), series: [])]
                .series.append((extracted.tags, stat.value))
        }
        return byExtractedName.sorted { StatName.precedes($0.key, $1.key) }.map(\.value)
    }

    private static func histogramLines(_ name: String, tags: [StatTag], statistics: HistogramStatistics) -> String {
        var lines = ""
        let prefix = tags.map(label).joined(separator: ",") + (tags.isEmpty ? "" : ",")
        for (bound, count) in zip(HistogramStatistics.supportedBuckets, statistics.bucketCounts) {
            lines += "\(name)_bucket{\(prefix)le=\"\(NumberFormatting.shortest(bound))\"} \(count)\n"
        }
        lines += "\(name)_bucket{\(prefix)le=\"+Inf\"} \(statistics.sampleCount)\n"
        lines += "\(name)_sum\(labels(tags)) \(NumberFormatting.long(statistics.sampleSum))\n"
        lines += "\(name)_count\(labels(tags)) \(statistics.sampleCount)\n"
        return lines
    }

    private static func labels(_ tags: [StatTag]) -> String {
        "{" + tags.map(label).joined(separator: ",") + "}"
    }

    private static func label(_ tag: StatTag) -> String {
        var value = ""
        for character in tag.value {
            switch character {
            case "\\": value += "\\\\"
            case "\"": value += "\\\""
            case "\n": value += "\\n"
            default: value.append(character)
            }
        }
        return "\(sanitized(tag.name))=\"\(value)\""
    }

    private static func sanitized(_ name: String) -> String {
        String(
            decoding: name.utf8.map { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                    return byte
                default:
                    return UInt8(ascii: "_")
                }
            },
            as: UTF8.self
        )
    }
}

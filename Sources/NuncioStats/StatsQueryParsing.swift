extension StatsQuery {
    /// Why Envoy answers 400 to a stats query; `message` is its response body.
    public struct InvalidParameter: Error, Equatable {
        public let message: String
    }

    /// Reads `usedonly`, `filter`, `type` and `histogram_buckets` from decoded query parameters the way
    /// Envoy's `StatsParams::parse` does: the first value of a name counts, empty `filter`/`type` are ignored.
    /// Other parameters (`format`, `pretty`, …) are the admin handler's business.
    public init(parameters: [(name: String, value: String)]) throws(InvalidParameter) {
        func first(_ name: String) -> String? {
            parameters.first { $0.name == name }?.value
        }
        self.init(usedOnly: first("usedonly") != nil)
        if let pattern = first("filter"), !pattern.isEmpty {
            guard let filter = try? StatsFilter(pattern) else {
                throw InvalidParameter(message: "Invalid re2 regex")
            }
            self.filter = filter
            self.filter?.inverted = first("invert_filter") != nil
        }
        if let mode = first("histogram_buckets") {
            guard let buckets = HistogramBuckets(rawValue: mode) else {
                throw InvalidParameter(message: "usage: /stats?histogram_buckets=(cumulative|disjoint|detailed|none)\n")
            }
            histogramBuckets = buckets
        }
        if let type = first("type"), !type.isEmpty {
            guard let statType = StatType(rawValue: type) else {
                throw InvalidParameter(message: "invalid &type= param")
            }
            self.type = statType
        }
    }
}

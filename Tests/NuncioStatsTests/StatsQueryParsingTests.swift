import Testing

@testable import NuncioStats

@Suite struct StatsQueryParsingTests {
    @Test func readsEnvoysParameters() throws {
        let query = try StatsQuery(parameters: [
            ("usedonly", ""), ("filter", "service1"), ("type", "Histograms"), ("histogram_buckets", "disjoint"),
            ("filter", "ignored"), ("format", "json"),
        ])
        #expect(query.usedOnly)
        #expect(query.filter?.pattern == "service1")
        #expect(query.type == .histograms)
        #expect(query.histogramBuckets == .disjoint)
    }

    @Test func defaultsWhenAbsentOrEmpty() throws {
        let query = try StatsQuery(parameters: [("filter", ""), ("type", "")])
        #expect(!query.usedOnly && query.filter == nil && query.type == .all && query.histogramBuckets == .none)
    }

    @Test func rejectsWhatEnvoyRejects() {
        #expect(throws: StatsQuery.InvalidParameter(message: "Invalid re2 regex")) {
            try StatsQuery(parameters: [("filter", "(")])
        }
        #expect(throws: StatsQuery.InvalidParameter(message: "invalid &type= param")) {
            try StatsQuery(parameters: [("type", "counters")])
        }
        #expect(throws: StatsQuery.InvalidParameter.self) {
            try StatsQuery(parameters: [("histogram_buckets", "garbage")])
        }
    }
}

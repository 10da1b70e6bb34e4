import Testing

@testable import NuncioStats

@Suite struct StatNameTests {
    @Test func statNamesAreDottedStrings() {
        let name: StatName = "cluster.service1.upstream_rq_total"
        #expect(name.split(separator: ".").count == 3)
    }
}

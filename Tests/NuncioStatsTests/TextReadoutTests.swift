import Testing

@testable import NuncioStats

/// Text readouts (a subscription's `version_text`) as Envoy 1.40's `/stats` shows them: first, quoted as is in
/// text, escaped in JSON; `usedonly` keeps those ever set; `type=` selects them.
@Suite struct TextReadoutTests {
    static func store() -> StatsStore {
        let store = StatsStore()
        store.textReadout("cluster_manager.cds.version_text").set("v\"2<x>")
        _ = store.textReadout("listener_manager.lds.version_text")
        store.counter("cluster_manager.cds.update_success").inc()
        return store
    }

    @Test func textFormatListsThemFirst() {
        #expect(TextStatsRenderer.render(Self.store().snapshot()) == """
            cluster_manager.cds.version_text: "v"2<x>"
            listener_manager.lds.version_text: ""
            cluster_manager.cds.update_success: 1

            """)
    }

    /// Envoy's body for `?filter=cds.version|cds.update_success&format=json`, less the gauge.
    @Test func jsonEscapesTheValue() throws {
        let query = StatsQuery(filter: try StatsFilter("cds\\."))
        #expect(JSONStatsRenderer.render(Self.store().snapshot(), query: query)
            == "{\"stats\":[{\"name\":\"cluster_manager.cds.version_text\",\"value\":\"v\\\"2<x>\"},"
            + "{\"name\":\"cluster_manager.cds.update_success\",\"value\":1}]}")
    }

    @Test func usedOnlyAndType() {
        let snapshot = Self.store().snapshot()
        #expect(TextStatsRenderer.render(snapshot, query: StatsQuery(usedOnly: true, type: .textReadouts))
            == "cluster_manager.cds.version_text: \"v\"2<x>\"\n")
        #expect(TextStatsRenderer.render(snapshot, query: StatsQuery(type: .counters))
            == "cluster_manager.cds.update_success: 1\n")
    }

    @Test func removedWithTheirPrefix() {
        let store = Self.store()
        store.removeStats(withPrefix: "cluster_manager.")
        #expect(store.snapshot().textReadouts.map(\.name) == ["listener_manager.lds.version_text"])
    }
}

import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// The Routes screen, the cluster detail panel and the `y` config viewer in the in-memory terminal at 80x24 and
/// 160x48, from Envoy 1.40's captures (its `/config_dump` included).
@Suite struct RoutesAndDetailRenderingTests {
    static let sizes = [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 48, columns: 160)]

    /// Two snapshots one second apart: 10 more requests per service1 host, 3 more connect failures on service1.
    static func model(options: DashboardOptions = DashboardOptions()) throws -> DashboardModel {
        var model = DashboardModel(options: options, adminAddress: "127.0.0.1:9901")
        var first = try Fixtures.snapshot(at: 100)
        first.configDump = try ConfigDump(json: Fixtures.body("admin_config_dump.json"))
        first.gaugeNames = ["cluster.service1.upstream_cx_active", "server.uptime"]
        var second = Fixtures.snapshot(after: first, seconds: 1, extra: 10)
        second.stats.values = second.stats.values.map { stat in
            stat.name == "cluster.service1.upstream_cx_connect_fail" ? StatValue(name: stat.name, number: 3) : stat
        }
        model.apply(first)
        model.apply(second)
        return model
    }

    @Test(arguments: sizes) func routesScreenShowsTheTreeWithLiveRates(size: TerminalSize) throws {
        var model = try Self.model()
        model.screen = .routes
        let terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.lines[1].contains("7 Routes"))
        #expect(terminal.text.contains("2 routes   Enter: hosts of its cluster"))
        let titles = try #require(terminal.lines.first { $0.hasPrefix("LISTENER") })
        for title in ["MATCH", "ACTION", "ATT/S", "5XX/S"] { #expect(titles.contains(title)) }
        let first = try #require(terminal.lines.first { $0.contains("prefix /service/1") })
        #expect(first.contains("127.0.0.1:18000"))
        #expect(first.contains("-> service1"))
        #expect(first.contains("30.0"))  // 3 hosts x (10 successes) in one second
        let second = try #require(terminal.lines.first { $0.contains("prefix /service/2") })
        #expect(second.contains("-> service2"))
        #expect(!second.contains("127.0.0.1:18000"))  // the listener is written on its first row only
        #expect(second.contains(" 0"))
        if size.columns >= 160 {
            for title in ["ROUTE CONFIG", "VHOST", "DOMAINS"] { #expect(titles.contains(title)) }
            #expect(first.contains("local_route"))
            #expect(first.contains("backend"))
            #expect(first.contains("*"))
        }
        #expect(terminal.lines.allSatisfy { $0.count <= size.columns })
    }

    @Test func enterOnARouteOpensItsClustersHosts() throws {
        var model = try Self.model()
        model.screen = .routes
        _ = KeyHandler.handle(.down, model: &model)
        _ = KeyHandler.handle(.enter, model: &model)
        #expect(model.screen == .hosts)
        #expect(model.hostsCluster == "service2")
        #expect(HostsTable.selectedCluster(model)?.name == "service2")
    }

    @Test func routesScreenSaysWhenThereIsNoConfigDump() throws {
        var model = DashboardModel()
        model.apply(try Fixtures.snapshot())
        model.screen = .routes
        let terminal = ScreenRenderingTests.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.text.contains("no /config_dump yet"))
    }

    @Test func clusterDetailShowsByItselfWhenTall() throws {
        let model = try Self.model()
        let terminal = ScreenRenderingTests.draw(model, TerminalSize(rows: 48, columns: 160))
        #expect(terminal.text.contains("Failures by cause"))
        let connect = try #require(terminal.lines.first { $0.contains("upstream_cx_connect_fail") })
        #expect(connect.contains("connect failure"))
        #expect(connect.contains("3"))
        #expect(connect.contains("3.0/s"))
        let column = try #require(connect.range(of: "3.0/s")).lowerBound.utf16Offset(in: connect)
        let row = try #require(terminal.row(containing: "upstream_cx_connect_fail"))
        #expect(terminal.style(row: row, column: column).color == .red)
        for stat in ["upstream_rq_timeout", "upstream_rq_per_try_timeout", "upstream_rq_rx_reset",
            "upstream_rq_pending_overflow", "upstream_cx_none_healthy", "upstream_rq_pending_failure_eject",
            "upstream_rq_retry"]
        {
            #expect(terminal.text.contains(stat), "missing \(stat)")
        }
        let pool = try #require(terminal.lines.first { $0.contains("upstream_cx_active") })
        #expect(pool.contains("/ 1024"))
        #expect(terminal.text.contains("Pool / circuit breakers"))
        #expect(terminal.text.contains("Outlier detection"))
        #expect(terminal.text.contains("Health checks"))
        // The config summary comes from /config_dump (the capture's service1 is STRICT_DNS over HTTP/2).
        #expect(terminal.lines.contains { $0.contains("connect_timeout") && $0.contains("0.250s") })
        #expect(terminal.lines.contains { $0.contains("protocol") && $0.contains("HTTP/2") })
        // The table keeps its rows above the panel.
        #expect(terminal.lines.contains { $0.hasPrefix("service1") })
        #expect(terminal.lines.contains { $0.hasPrefix("service2") })
    }

    @Test func clusterDetailOpensWithIAt80x24() throws {
        var model = try Self.model()
        let size = TerminalSize(rows: 24, columns: 80)
        #expect(!ScreenRenderingTests.draw(model, size).text.contains("Failures by cause"))
        _ = KeyHandler.handle(.character("i"), model: &model, pageSize: DashboardRenderer.pageSize(for: size))
        let terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.text.contains("Failures by cause"))
        #expect(terminal.lines.contains { $0.contains("upstream_cx_connect_fail") && $0.contains("3") })
        #expect(terminal.text.contains("Pool / circuit breakers"))
        #expect(terminal.lines.contains { $0.hasPrefix("service1") })
        #expect(terminal.lines[23].contains("i open") || terminal.lines[23].contains("detail"))
        #expect(terminal.lines.allSatisfy { $0.count <= 80 })
        _ = KeyHandler.handle(.character("i"), model: &model, pageSize: DashboardRenderer.pageSize(for: size))
        #expect(!ScreenRenderingTests.draw(model, size).text.contains("Failures by cause"))
    }

    @Test(arguments: sizes) func yShowsTheClustersWholeConfig(size: TerminalSize) throws {
        var model = try Self.model()
        model.setSelection(0, on: .clusters)  // service1 (sorted by name)
        #expect(model.selectedRowKey(on: .clusters) == "service1")
        let page = DashboardRenderer.pageSize(for: size)
        _ = KeyHandler.handle(.character("y"), model: &model, pageSize: page)
        var terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.text.contains("service1 config, lines 1-"))
        #expect(terminal.text.contains("\"connect_timeout\" : \"0.250s\""))
        // Keys scroll the viewer, not the table behind it; G shows the end.
        let lines = try #require(model.investigation.configViewer?.lines)
        _ = KeyHandler.handle(.character("G"), model: &model, pageSize: page)
        #expect(model.investigation.configViewer?.offset == max(0, lines.count - ConfigViewerView.pageSize(for: size)))
        #expect(model.selection(on: .clusters) == 0)
        terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.text.contains("\"name\" : \"service1\""))
        #expect(terminal.text.contains("of \(lines.count)  j/k PgDn PgUp  Esc closes"))
        _ = KeyHandler.handle(.escape, model: &model, pageSize: page)
        #expect(model.investigation.configViewer == nil)
        terminal = ScreenRenderingTests.draw(model, size)
        #expect(!terminal.text.contains("service1 config, lines"))
    }
}

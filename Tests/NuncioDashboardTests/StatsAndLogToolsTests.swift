import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// The Stats screen's type column, Δ since the mark, `:diff`, the pinned chart and middle-cut names; the Log
/// screen's wrap, follow and search; the logger picker's filter; log files tailed into the Log screen.
@Suite struct StatsAndLogToolsTests {
    static let sizes = RoutesAndDetailRenderingTests.sizes

    /// Marked after the first snapshot, so Δ is what the second added.
    static func markedModel() throws -> DashboardModel {
        var model = DashboardModel(adminAddress: "127.0.0.1:9901")
        var first = try Fixtures.snapshot(at: 100)
        first.gaugeNames = ["cluster.service1.upstream_cx_active", "server.uptime"]
        model.apply(first)
        _ = CommandLineTests.run("mark", &model)
        model.apply(Fixtures.snapshot(after: first, seconds: 1, extra: 10))
        model.screen = .stats
        return model
    }

    @Test(arguments: sizes) func statsShowTypeAndChangeSinceTheMark(size: TerminalSize) throws {
        var model = try Self.markedModel()
        model.setFilter("service1\\.upstream_(rq_total|cx_active|rq_time)$", on: .stats)
        let terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.text.contains("changes since mark"))
        let titles = try #require(terminal.lines.first { $0.hasPrefix("NAME") })
        #expect(titles.contains("SINCE MARK"))
        let total = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_rq_total") })
        #expect(total.contains("+30"))  // 3 hosts x 10 since the mark
        let active = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_cx_active") })
        #expect(!active.contains("+"))
        // At 80 columns the SINCE MARK column takes the type column's place.
        if size.columns >= 160 {
            #expect(titles.contains("TYPE"))
            #expect(total.contains("counter"))
            #expect(active.contains("gauge"))
        }
    }

    @Test(arguments: sizes) func statsShowTheirTypeBeforeAMark(size: TerminalSize) throws {
        var model = try Self.markedModel()
        model.investigation.mark = nil
        model.setFilter("service1\\.upstream_(rq_total|cx_active|rq_time)$", on: .stats)
        let terminal = ScreenRenderingTests.draw(model, size)
        let titles = try #require(terminal.lines.first { $0.hasPrefix("NAME") })
        #expect(titles.contains("TYPE"))
        #expect(!titles.contains("SINCE MARK"))
        let total = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_rq_total") })
        #expect(total.contains("counter"))
        let active = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_cx_active") })
        #expect(active.contains("gauge"))
        let histogram = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_rq_time") })
        #expect(histogram.contains("hist"))
    }

    @Test func diffListsOnlyWhatChangedSinceTheMark() throws {
        var model = try Self.markedModel()
        _ = CommandLineTests.run("diff", &model)
        #expect(model.investigation.diffOnly)
        let keys = model.arrangedTable(on: .stats).rows.map(\.key)
        #expect(Set(keys) == ["cluster.service1.upstream_rq_total", "cluster.service1.upstream_rq_2xx"])
        let terminal = ScreenRenderingTests.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.text.contains("2 changed stats"))
        _ = CommandLineTests.run("diff", &model)
        #expect(model.arrangedTable(on: .stats).rows.count > 100)
    }

    @Test(arguments: sizes) func longStatNamesLoseTheirMiddle(size: TerminalSize) throws {
        var model = try Self.markedModel()
        let name = "cluster.service1.circuit_breakers.default.rq_pending_open"
        model.setFilter(NSRegularExpression.escapedPattern(for: name), on: .stats)
        model.setSelection(0, on: .stats)
        let terminal = ScreenRenderingTests.draw(model, size)
        let row = try #require(terminal.lines.first { $0.hasPrefix("cluster.") && $0.contains("open") })
        if size.columns >= 160 {
            #expect(row.hasPrefix(name))
        } else {
            #expect(row.contains("…"))
            #expect(row.hasPrefix("cluster.servic"))
            #expect(row.contains("pending_open"))
        }
    }

    @Test(arguments: sizes) func cPinsAStatToALabelledChart(size: TerminalSize) throws {
        var model = DashboardModel(adminAddress: "127.0.0.1:9901")
        var snapshot = try Fixtures.snapshot(at: 100)
        model.apply(snapshot)
        model.screen = .stats
        model.setFilter("^cluster.service1.upstream_rq_total$", on: .stats)
        _ = KeyHandler.handle(.character("c"), model: &model)
        #expect(model.investigation.pinnedStat == "cluster.service1.upstream_rq_total")
        for extra in [3, 6, 9, 12] as [UInt64] {
            snapshot = Fixtures.snapshot(after: snapshot, seconds: 1, extra: extra)
            model.apply(snapshot)
        }
        #expect(model.investigation.pinnedSamples == [9, 18, 27, 36])
        let terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.text.contains("cluster.service1.upstream_rq_total (counter, per second)  c: unpin"))
        #expect(terminal.lines.contains { $0.hasPrefix("   36.0│") })  // the peak labels the top of the y-axis
        #expect(terminal.lines.contains { $0.hasPrefix("      0│") })
        #expect(terminal.lines.contains { $0.contains("-4s") && $0.hasSuffix("now") })
        #expect(terminal.lines.contains { $0.contains("█") })
        // The table still shows the pinned row above the chart.
        #expect(terminal.lines.contains { $0.hasPrefix("cluster.service1.upstream_rq_total") })
        _ = KeyHandler.handle(.character("c"), model: &model)
        #expect(model.investigation.pinnedStat == nil)
    }

    static func logModel(lines: [String]) throws -> DashboardModel {
        var model = DashboardModel()
        var snapshot = try Fixtures.snapshot()
        snapshot.logLines = lines
        model.apply(snapshot)
        model.screen = .log
        return model
    }

    @Test(arguments: sizes) func wrapShowsLongLinesWhole(size: TerminalSize) throws {
        let long = "[info][upstream] " + String(repeating: "abcdefghij", count: 20) + " END"
        var model = try Self.logModel(lines: ["[info][main] first", long, "[info][main] last"])
        var terminal = ScreenRenderingTests.draw(model, size)
        #expect(!terminal.text.contains("END"))
        _ = KeyHandler.handle(.character("W"), model: &model)
        terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.text.contains("LOG (wrapped, W: cut)"))
        #expect(terminal.text.contains("END"))
        let first = try #require(terminal.row(containing: "[info][upstream]"))
        #expect(terminal.lines[first + 1].hasPrefix("│ "))
        #expect(terminal.lines.contains { $0.hasPrefix(">") && $0.contains("last") })  // following: newest selected
        #expect(terminal.lines.allSatisfy { $0.count <= size.columns })
    }

    @Test func followOffHoldsTheViewAndSearchJumps() throws {
        var model = try Self.logModel(lines: ["a ok", "b timeout here", "c ok", "d timeout again", "e ok"])
        #expect(model.selection(on: .log) == 4)
        _ = KeyHandler.handle(.character("F"), model: &model)
        #expect(!model.investigation.logFollow)
        var snapshot = try #require(model.latest)
        snapshot.logLines = (snapshot.logLines ?? []) + ["f new"]
        model.apply(snapshot)
        #expect(model.selection(on: .log) == 4)  // held still
        _ = CommandLineTests.run("search timeout", &model)
        #expect(model.selection(on: .log) == 3)  // the newest match
        _ = KeyHandler.handle(.character("N"), model: &model)
        #expect(model.selection(on: .log) == 1)
        _ = KeyHandler.handle(.character("n"), model: &model)
        #expect(model.selection(on: .log) == 3)
        let terminal = ScreenRenderingTests.draw(model, TerminalSize(rows: 24, columns: 80))
        let row = try #require(terminal.row(containing: "b timeout here"))
        #expect(terminal.style(row: row, column: 0).underline)
        _ = KeyHandler.handle(.character("F"), model: &model)
        #expect(model.selection(on: .log) == 5)  // back to the tail
    }

    @Test func loggerPickerFiltersAsYouType() throws {
        var model = try RoutesAndDetailRenderingTests.model()
        _ = KeyHandler.handle(.character("L"), model: &model)
        model.receive(.loggers(FakeAdminSource(snapshots: []).loggerLevels))
        for key in Key.typing("up") { _ = KeyHandler.handle(key, model: &model) }
        guard case .logLevel(let picker) = model.prompt else {
            Issue.record("no picker")
            return
        }
        #expect(picker.options == ["upstream"])
        let terminal = ScreenRenderingTests.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.text.contains("Log level for /up/ (1)"))
        #expect(terminal.lines[23].contains("filter up_"))
        _ = KeyHandler.handle(.enter, model: &model)
        guard case .logLevel(let levels) = model.prompt else {
            Issue.record("no level stage")
            return
        }
        #expect(levels.stage == .level(logger: "upstream"))
    }

    @Test func logFilesAreTailedIntoTheLogScreen() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-tail-\(UUID()).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "old 1\nold 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        let base = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        let source = TailingAdminSource(base: base, files: [path])
        #expect(try await source.snapshot().logLines == ["old 1", "old 2"])
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("new 3\npartial".utf8))
        // A line counts once it is complete.
        #expect(try await source.snapshot().logLines == ["old 1", "old 2", "new 3"])
        try handle.write(contentsOf: Data(" 4\n".utf8))
        try handle.close()
        #expect(try await source.snapshot().logLines?.last == "partial 4")
        // Truncated (rotated): read again from the start.
        try "rotated\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try await source.snapshot().logLines?.last == "rotated")
    }
}

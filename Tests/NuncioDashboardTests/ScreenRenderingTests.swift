import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// Every screen drawn into an in-memory terminal at 80x24 and 160x50, asserting the text a user would read.
@Suite struct ScreenRenderingTests {
    static let sizes = [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 50, columns: 160)]

    /// A model with two snapshots one second apart, 10 more requests per service1 host in between.
    static func liveModel(options: DashboardOptions = DashboardOptions(), draining: Bool = false) throws
        -> DashboardModel
    {
        var model = DashboardModel(options: options, adminAddress: "127.0.0.1:9901")
        let first = try Fixtures.snapshot(at: 100, draining: draining)
        model.apply(first)
        model.apply(Fixtures.snapshot(after: first, seconds: 1, extra: 10))
        return model
    }

    static func draw(_ model: DashboardModel, _ size: TerminalSize) -> InMemoryTerminal {
        let terminal = InMemoryTerminal(rows: size.rows, columns: size.columns)
        render(model, into: terminal)
        return terminal
    }

    @Test(arguments: sizes) func headerShowsServerAndState(size: TerminalSize) throws {
        let terminal = Self.draw(try Self.liveModel(), size)
        let header = terminal.lines[0]
        #expect(header.contains("front-proxy"))
        #expect(header.contains("envoy 1.40.0"))
        #expect(header.contains("LIVE"))
        #expect(header.contains("hc ok"))
        if size.columns >= 160 {
            #expect(header.contains("127.0.0.1:9901"))
            #expect(header.contains("every 1s"))
            #expect(header.contains("up 2s"))
        }
        #expect(terminal.lines[1].contains("Clusters"))
        #expect(terminal.lines.allSatisfy { $0.count <= size.columns })
    }

    @Test(arguments: sizes) func headerShowsDraining(size: TerminalSize) throws {
        let terminal = Self.draw(try Self.liveModel(draining: true), size)
        #expect(terminal.lines[0].contains("DRAINING"))
        #expect(terminal.lines[0].contains("hc FAILING"))
    }

    @Test(arguments: sizes) func clustersScreen(size: TerminalSize) throws {
        let terminal = Self.draw(try Self.liveModel(), size)
        let titles = try #require(terminal.lines.first { $0.hasPrefix("CLUSTER") })
        #expect(titles.contains("HOSTS"))
        #expect(titles.contains("RQ/S"))
        #expect(titles.contains("5XX"))
        let service1 = try #require(terminal.lines.first { $0.hasPrefix("service1") })
        #expect(service1.contains("3/3"))
        #expect(service1.contains("30.0"))  // 3 hosts x 10 requests in one second
        #expect(service1.contains("42"))  // upstream_rq_2xx after the second snapshot
        if size.columns >= 160 {
            #expect(service1.contains("STATIC"))
            #expect(service1.contains("ROUND_ROBIN"))
            #expect(service1.contains("1.1ms"))  // p99 of upstream_rq_time
        }
        let service2 = try #require(terminal.lines.first { $0.hasPrefix("service2") })
        #expect(service2.contains("1/1"))
    }

    @Test(arguments: sizes) func hostsScreenShowsRoundRobinSpread(size: TerminalSize) throws {
        var model = try Self.liveModel()
        model.screen = .hosts
        model.hostsCluster = "service1"
        let terminal = Self.draw(model, size)
        #expect(terminal.text.contains("service1: 3 hosts, 3 healthy, 30.0 att/s, 0 err/s, SR 100%"))
        let titles = try #require(terminal.lines.first { $0.hasPrefix("ADDRESS") })
        for title in ["HEALTH", "W", "ATT/S", "SHARE", "EXP", "Δ", "ERR/S", "SR", "CX"] {
            #expect(titles.contains(title), "no \(title) in \(titles)")
        }
        for address in ["127.0.0.11:80", "127.0.0.12:80", "127.0.0.13:80"] {
            let row = try #require(terminal.lines.first { $0.hasPrefix(address) }, "no row for \(address)")
            #expect(row.contains(" ok "))
            #expect(row.contains("10.0"))  // attempts/s
            #expect(row.contains("33.3%  33.3%"))  // share, then the share its weight predicts
            #expect(row.contains("█"))  // the share bar
            #expect(row.contains("100%"))  // success rate
        }
        if size.columns >= 160 {
            for title in ["HOSTNAME", "RQ ACT", "PEND", "TREND"] {
                #expect(titles.contains(title), "no \(title) in \(titles)")
            }
        }
    }

    @Test func shareBarsFollowTheSpread() throws {
        var model = DashboardModel()
        let first = try Fixtures.snapshot()
        var snapshot = first
        snapshot.takenAt += 1
        // One host took every request of the second.
        snapshot.clusters.clusterStatuses[1].hostStatuses[0].stats = [HostStat(name: "rq_success", value: 34)]
        model.apply(first)
        model.apply(snapshot)
        model.screen = .hosts
        model.hostsCluster = "service1"
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        let busy = try #require(terminal.lines.first { $0.hasPrefix("127.0.0.11:80") })
        let idle = try #require(terminal.lines.first { $0.hasPrefix("127.0.0.12:80") })
        #expect(busy.contains("100%"))
        #expect(busy.filter { $0 == "█" }.count >= 5)
        #expect(!idle.contains("█"))
        #expect(idle.contains("0.0%  33.3%  -33.3"))  // share, expected share, deviation
    }

    @Test func bigCountersShortenOnlyWhenNarrow() throws {
        // A column too narrow for every digit gets the metric form.
        let terminal = InMemoryTerminal(rows: 1, columns: 10)
        TableView.drawCell(
            .count(123_456_789, change: 1), column: TableColumn(title: "RQ", width: 6, alignRight: true), width: 6,
            at: (0, 0), selected: false, on: Canvas(terminal))
        terminal.refresh()
        #expect(terminal.lines[0] == " 123M↑")
    }

    @Test(arguments: sizes) func unhealthyHostsReadWithoutColour(size: TerminalSize) throws {
        var model = DashboardModel()
        var snapshot = try Fixtures.snapshot()
        snapshot.clusters.clusterStatuses[1].hostStatuses[2].healthStatus = HostHealthStatus(
            failedActiveHealthCheck: true)
        model.apply(snapshot)
        model.screen = .hosts
        model.hostsCluster = "service1"
        let terminal = InMemoryTerminal(rows: size.rows, columns: size.columns, supportsColor: false)
        render(model, into: terminal)
        #expect(terminal.text.contains("service1: 3 hosts, 2 healthy"))
        let row = try #require(terminal.row(containing: "127.0.0.13:80"))
        // A short code in a column of fixed width; Envoy's own flag text is in the host's detail.
        let flag = "!hc"
        #expect(terminal.lines[row].contains(flag))
        let column = try #require(terminal.lines[row].range(of: flag).map {
            terminal.lines[row].distance(from: terminal.lines[row].startIndex, to: $0.lowerBound)
        })
        // Monochrome keeps the alarm as bold text.
        #expect(terminal.style(row: row, column: column).bold)
        #expect(terminal.style(row: row, column: column).color == nil)
    }

    @Test(arguments: sizes) func listenersScreen(size: TerminalSize) throws {
        var model = try Self.liveModel()
        model.screen = .listeners
        let terminal = Self.draw(model, size)
        let row = try #require(terminal.lines.first { $0.contains("127.0.0.1:18000") })
        #expect(row.contains("18"))  // downstream_cx_total and downstream_rq_completed
        #expect(terminal.text.contains("1 listener"))
    }

    @Test(arguments: sizes) func statsScreenFiltersAndMarksChanges(size: TerminalSize) throws {
        var model = try Self.liveModel()
        model.screen = .stats
        model.setFilter("service1\\.upstream_rq_(total|time)$", on: .stats)
        let terminal = Self.draw(model, size)
        let total = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_rq_total") })
        #expect(total.contains("42↑"))
        #expect(total.contains("30.0"))  // per second
        #expect(terminal.text.contains("filter /service1\\.upstream_rq_(total|time)$/"))
        #expect(!terminal.text.contains("service2"))
        let histogram = try #require(terminal.lines.first { $0.hasPrefix("cluster.service1.upstream_rq_time") })
        #expect(histogram.contains("P50 <1ms P99 1.1ms"))
    }

    @Test func statsFilterInvertsWithBang() throws {
        var model = try Self.liveModel()
        model.screen = .stats
        model.setFilter("!^(cluster|http|listener|server|cluster_manager|runtime)\\.", on: .stats)
        let terminal = Self.draw(model, TerminalSize(rows: 50, columns: 160))
        #expect(!terminal.text.contains("cluster.service1"))
        #expect(terminal.text.contains("stats"))
    }

    @Test func usedOnlyHidesZeroStats() throws {
        var model = try Self.liveModel()
        model.screen = .stats
        model.setFilter("service1\\.(assignment_stale|upstream_rq_total)", on: .stats)
        let before = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(before.lines.contains { $0.hasPrefix("cluster.service1.assignment_stale") })
        model.usedOnly = true
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(!terminal.lines.contains { $0.hasPrefix("cluster.service1.assignment_stale") })
        #expect(terminal.lines.contains { $0.hasPrefix("cluster.service1.upstream_rq_total") })
        #expect(terminal.text.contains("(used only)"))
    }

    @Test(arguments: sizes) func logScreenWithoutALog(size: TerminalSize) throws {
        var model = try Self.liveModel()
        model.screen = .log
        let terminal = Self.draw(model, size)
        #expect(terminal.text.contains("no log: Envoy's admin API serves none (actions are on 6 Events)"))
    }

    @Test func logScreenTailsLines() throws {
        var model = DashboardModel()
        var snapshot = try Fixtures.snapshot()
        snapshot.logLines = (1...40).map { "[2026-11-27 14:21:23.910][1][info][main] line \($0)" }
        model.apply(snapshot)
        model.screen = .log
        _ = KeyHandler.handle(.character("G"), model: &model, pageSize: 18)
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.text.contains("line 40"))
        #expect(!terminal.text.contains("line 1\n"))
    }

    @Test func logFollowsItsTailUntilTheReaderScrollsUp() throws {
        var model = DashboardModel()
        var snapshot = try Fixtures.snapshot()
        snapshot.logLines = (1...30).map { "line \($0)" }
        model.apply(snapshot)
        #expect(model.selection(on: .log) == 29)
        snapshot.logLines = (1...35).map { "line \($0)" }
        model.apply(snapshot)
        #expect(model.selection(on: .log) == 34)
        model.screen = .log
        _ = KeyHandler.handle(.up, model: &model)
        snapshot.logLines = (1...40).map { "line \($0)" }
        model.apply(snapshot)
        #expect(model.selection(on: .log) == 33)
    }

    @Test func sparklineGrowsWithSnapshots() throws {
        var model = DashboardModel()
        var snapshot = try Fixtures.snapshot(at: 0)
        model.apply(snapshot)
        for second in 1...6 {
            snapshot = Fixtures.snapshot(after: snapshot, seconds: 1, extra: UInt64(second))
            model.apply(snapshot)
        }
        #expect(model.rateHistory["service1"] == [3, 6, 9, 12, 15, 18])
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        let row = try #require(terminal.lines.first { $0.hasPrefix("service1") })
        #expect(row.contains("▂▃▅▆▇█"))
    }

    @Test func helpFitsAt80x24() throws {
        var model = try Self.liveModel()
        model.showingHelp = true
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        for line in HelpView.lines(readOnly: false) {
            #expect(terminal.text.contains(line.text), "missing \(line.text)")
        }
    }

    @Test(arguments: sizes) func eventsScreenListsActions(size: TerminalSize) throws {
        var model = try Self.liveModel()
        model.recordResult(of: .resetCounters, answer: "OK\n")
        model.recordFailure(of: .quit, error: AdminClientError(.status(503), path: "/quitquitquit", detail: "x"))
        model.screen = .events
        let terminal = Self.draw(model, size)
        #expect(terminal.text.contains("reset counters: OK"))
        #expect(terminal.text.contains("quit server failed: /quitquitquit: HTTP 503"))
        // The newest event is also on the events line of every screen.
        #expect(terminal.lines[size.rows - 2].contains("quit server failed"))
    }

    @Test(arguments: sizes) func disconnectedStateIsVisible(size: TerminalSize) throws {
        var model = try Self.liveModel()
        model.applyFailure("/server_info: Could not connect to the server.", retryIn: 4)
        let terminal = Self.draw(model, size)
        #expect(terminal.lines[2].contains("disconnected, retrying in 4s"))
        #expect(terminal.lines[0].contains("UNREACHABLE"))
        #expect(!terminal.lines[0].contains("LIVE"))
        // The last good data stays on screen.
        #expect(terminal.text.contains("service1"))
        #expect(model.events.last?.text.hasPrefix("disconnected") == true)
    }

    @Test func connectingBeforeTheFirstSnapshot() {
        let model = DashboardModel(adminAddress: "127.0.0.1:9901")
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.text.contains("connecting to 127.0.0.1:9901"))
    }

    @Test func tinyTerminalSaysSo() throws {
        let terminal = Self.draw(try Self.liveModel(), TerminalSize(rows: 8, columns: 30))
        #expect(terminal.lines[0].contains("terminal too small"))
    }

    @Test func asciiGlyphsWithoutUTF8() throws {
        var model = try Self.liveModel()
        model.screen = .hosts
        let terminal = InMemoryTerminal(rows: 24, columns: 80, glyphs: .ascii)
        render(model, into: terminal)
        #expect(terminal.text.contains("#"))
        #expect(!terminal.text.contains("█"))
        #expect(terminal.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func helpListsKeysAndHidesActionsWhenReadOnly() throws {
        var model = try Self.liveModel()
        model.showingHelp = true
        let full = Self.draw(model, TerminalSize(rows: 50, columns: 160)).text
        #expect(full.contains("reset counters / drain / quit server (confirms)"))
        #expect(full.contains("logging level"))
        var readOnly = try Self.liveModel(options: DashboardOptions(readOnly: true))
        readOnly.showingHelp = true
        let limited = Self.draw(readOnly, TerminalSize(rows: 50, columns: 160)).text
        #expect(!limited.contains("reset counters"))
        #expect(limited.contains("read-only: server actions are hidden"))
    }

    @Test func hintsHideActionsWhenReadOnly() throws {
        let size = TerminalSize(rows: 24, columns: 160)
        let hints = Self.draw(try Self.liveModel(), size).lines[23]
        #expect(hints.contains("R reset"))
        #expect(hints.contains("H hc fail"))
        let readOnlyHints = Self.draw(try Self.liveModel(options: DashboardOptions(readOnly: true)), size).lines[23]
        #expect(!readOnlyHints.contains("reset"))
        #expect(!readOnlyHints.contains("H "))
        #expect(Self.draw(try Self.liveModel(options: DashboardOptions(readOnly: true)), size).lines[0]
            .contains("read-only"))
    }
}


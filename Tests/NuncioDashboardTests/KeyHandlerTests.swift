import NuncioAdminClient
import Testing

@testable import NuncioDashboard

@Suite struct KeyHandlerTests {
    func model(readOnly: Bool = false) throws -> DashboardModel {
        try ScreenRenderingTests.liveModel(options: DashboardOptions(readOnly: readOnly))
    }

    @discardableResult
    func press(_ keys: [Key], _ model: inout DashboardModel) -> [DashboardCommand] {
        keys.flatMap { KeyHandler.handle($0, model: &model, pageSize: 5) }
    }

    @Test func tabAndDigitsSwitchScreens() throws {
        var model = try model()
        #expect(model.screen == .clusters)
        press([.tab], &model)
        #expect(model.screen == .hosts)
        press([.backTab, .backTab], &model)
        #expect(model.screen == .listeners)
        press([.backTab], &model)
        #expect(model.screen == .routes)
        press([.backTab], &model)
        #expect(model.screen == .events)
        press([.tab, .tab], &model)
        #expect(model.screen == .listeners)
        press([.right, .right], &model)
        #expect(model.screen == .hosts)
        press([.left], &model)
        #expect(model.screen == .clusters)
        for screen in DashboardScreen.allCases {
            press([.character(Character(String(screen.rawValue)))], &model)
            #expect(model.screen == screen)
        }
    }

    @Test func selectionStaysInBounds() throws {
        var model = try model()
        press([.up, .character("k")], &model)
        #expect(model.selection(on: .clusters) == 0)
        press([.down, .character("j"), .down], &model)
        #expect(model.selection(on: .clusters) == 1)  // two clusters
        press([.character("g")], &model)
        #expect(model.selection(on: .clusters) == 0)
        press([.character("4"), .character("G")], &model)
        #expect(model.selection(on: .stats) == model.rowCount(on: .stats) - 1)
        press([.pageUp], &model)
        #expect(model.selection(on: .stats) == model.rowCount(on: .stats) - 6)
        press([.home, .pageDown], &model)
        #expect(model.selection(on: .stats) == 5)
    }

    @Test func enterOpensTheSelectedClustersHosts() throws {
        var model = try model()
        press([.character("j")], &model)
        #expect(model.selectedRowKey(on: .clusters) == "service2")
        press([.enter], &model)
        #expect(model.screen == .hosts)
        #expect(model.hostsCluster == "service2")
        let terminal = InMemoryTerminal()
        render(model, into: terminal)
        #expect(terminal.text.contains("127.0.0.21:80"))
        press([.escape], &model)
        #expect(model.screen == .clusters)
    }

    @Test func enterOnAListenerOpensItsStats() throws {
        var model = try model()
        press([.character("1"), .enter], &model)
        #expect(model.screen == .stats)
        #expect(model.filter(on: .stats) == "^listener\\.127\\.0\\.0\\.1_18000\\.")
        #expect(model.selectedRowKey(on: .stats) == "listener.127.0.0.1_18000.connections_accepted_per_socket_event")
    }

    @Test func filterEditsLiveAndEscapeRestores() throws {
        var model = try model()
        press([.character("4"), .character("/")] + Key.typing("rq_tot"), &model)
        #expect(model.prompt == .filter(text: "rq_tot", previous: ""))
        #expect(model.filter(on: .stats) == "rq_tot")
        press([.backspace, .backspace, .character("o"), .enter], &model)
        #expect(model.prompt == nil)
        #expect(model.filter(on: .stats) == "rq_to")
        let count = model.rowCount(on: .stats)
        press([.character("/"), .character("x"), .escape], &model)
        #expect(model.filter(on: .stats) == "rq_to")
        #expect(model.rowCount(on: .stats) == count)
    }

    @Test func invertedFilterKeepsTheRest() throws {
        var model = try model()
        press([.character("4"), .character("/")] + Key.typing("service") + [.enter], &model)
        let matching = model.rowCount(on: .stats)
        press([.character("/")] + Array(repeating: .backspace, count: 7) + Key.typing("!service") + [.enter], &model)
        #expect(model.filter(on: .stats) == "!service")
        let rest = model.rowCount(on: .stats)
        press([.character("/")] + Array(repeating: .backspace, count: 8) + [.enter], &model)
        #expect(matching + rest == model.rowCount(on: .stats))
        #expect(matching > 0 && rest > 0)
    }

    @Test func sortCyclesColumnsAndMarksTheColumn() throws {
        var model = try model()
        press([.character("3"), .character("s")], &model)
        #expect(model.sort(on: .hosts) == SortState(column: 1, descending: true))
        press([.character("S")], &model)
        #expect(model.sort(on: .hosts) == SortState(column: 1, descending: false))
        // Columns that cannot sort (the sparkline) are skipped.
        press([.character("2")], &model)
        for _ in 0..<10 { press([.character("s")], &model) }
        #expect(model.sort(on: .clusters).column == 10 % 10)
        press([.character("s"), .character("s"), .character("s"), .character("s")], &model)
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        render(model, into: terminal)
        let titles = try #require(terminal.lines.first { $0.hasPrefix("CLUSTER") })
        #expect(titles.contains("RQ/S▼"))
        #expect(terminal.lines[2].contains("sort RQ/S ▼"))
    }

    @Test func statsSortedByRateShowTheBusiestFirst() throws {
        var model = try model()
        model.screen = .stats
        model.setSort(SortState(column: 2, descending: true), on: .stats)
        // service1's request counters moved by 30 a second in the fixture; nothing else moved.
        #expect(model.selectedRowKey(on: .stats)?.hasPrefix("cluster.service1.upstream_rq_") == true)
    }

    @Test func sortByAttemptsOrdersHosts() throws {
        var model = DashboardModel()
        let first = try Fixtures.snapshot()
        var snapshot = first
        snapshot.takenAt += 1
        snapshot.clusters.clusterStatuses[1].hostStatuses[1].stats = [HostStat(name: "rq_success", value: 99)]
        model.apply(first)
        model.apply(snapshot)
        model.screen = .hosts
        model.hostsCluster = "service1"
        model.setSort(SortState(column: 4, descending: true), on: .hosts)  // ATT/S
        #expect(model.selectedRowKey(on: .hosts) == "127.0.0.12:80")
    }

    @Test func selectionFollowsItsRowWhenTheSortReorders() throws {
        var model = DashboardModel()
        var snapshot = try Fixtures.snapshot(at: 0)
        model.apply(snapshot)
        model.screen = .hosts
        model.hostsCluster = "service1"
        model.setSort(SortState(column: 4, descending: true), on: .hosts)  // ATT/S, largest first
        press([.character("G")], &model)
        let selected = try #require(model.selectedRowKey(on: .hosts))
        // The selected host takes more requests than the others and moves to the top.
        snapshot.takenAt = 1
        let index = try #require(
            snapshot.clusters.clusterStatuses[1].hostStatuses.firstIndex { $0.address.description == selected })
        snapshot.clusters.clusterStatuses[1].hostStatuses[index].stats = [HostStat(name: "rq_success", value: 500)]
        model.apply(snapshot)
        #expect(model.selectedRowKey(on: .hosts) == selected)
        #expect(model.selection(on: .hosts) == 0)
    }

    @Test func pauseAndInterval() throws {
        var model = try model()
        #expect(press([.character("p")], &model).isEmpty)
        #expect(model.paused)
        // A snapshot that arrives while paused is not shown.
        let before = model.latest?.takenAt
        model.receive(.snapshot(try Fixtures.snapshot(at: 500)))
        #expect(model.latest?.takenAt == before)
        #expect(press([.character("p")], &model) == [.refreshNow])
        #expect(!model.paused)
        press([.character("]")], &model)
        #expect(model.refreshInterval == 2)
        press([.character("["), .character("["), .character("["), .character("[")], &model)
        #expect(model.refreshInterval == 0.25)
        for _ in 0..<20 { press([.character("]")], &model) }
        #expect(model.refreshInterval == 30)
    }

    @Test func helpOpensAndAnyKeyCloses() throws {
        var model = try model()
        press([.character("?")], &model)
        #expect(model.showingHelp)
        press([.character("x")], &model)
        #expect(!model.showingHelp)
        #expect(press([.character("q")], &model) == [.quit])
    }

    @Test func unboundKeysStayUnbound() throws {
        var model = try model()
        let before = model.screen
        for key in ["+", "-", "t", "f"] {
            #expect(press([.character(Character(key))], &model).isEmpty)
        }
        #expect(model.screen == before)
        #expect(model.prompt == nil)
    }

    @Test func destructiveActionsAskFirst() throws {
        var model = try model()
        #expect(press([.character("R")], &model).isEmpty)
        guard case .confirm(let confirmation) = model.prompt else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.question.contains("Reset all counters"))
        #expect(press([.character("y")], &model) == [.perform(.resetCounters), .refreshNow])
        #expect(model.prompt == nil)

        press([.character("R")], &model)
        #expect(press([.character("n")], &model).isEmpty)
        #expect(model.events.last?.text == "cancelled")

        press([.character("R")], &model)
        #expect(press([.character("Y")], &model) == [.perform(.resetCounters), .refreshNow])

        press([.character("D")], &model)
        #expect(press([.character("g")], &model) == [.perform(.drainListeners(graceful: true)), .refreshNow])
        press([.character("Q")], &model)
        #expect(press([.enter], &model).isEmpty)
        press([.character("Q")], &model)
        #expect(press([.character("y")], &model) == [.perform(.quit), .refreshNow])
    }

    @Test func healthCheckTogglesWithTheServerState() throws {
        var live = try model()
        press([.character("H")], &live)
        #expect(press([.character("y")], &live) == [.perform(.healthcheckFail), .refreshNow])
        var draining = try ScreenRenderingTests.liveModel(draining: true)
        // Going back into rotation is not destructive: no question.
        #expect(press([.character("H")], &draining) == [.perform(.healthcheckOk), .refreshNow])
    }

    @Test func readOnlyIgnoresActions() throws {
        var model = try model(readOnly: true)
        for key in ["H", "L", "R", "D", "Q"] {
            #expect(press([.character(Character(key))], &model).isEmpty)
            #expect(model.prompt == nil)
        }
    }

    @Test func logLevelPickerForOneLogger() throws {
        var model = try model()
        #expect(press([.character("L")], &model) == [.fetchLoggers])
        model.receive(.loggers(FakeAdminSource(snapshots: []).loggerLevels))
        guard case .logLevel(let picker) = model.prompt else {
            Issue.record("no picker")
            return
        }
        #expect(picker.options == [LogLevelPicker.allLoggers, "admin", "upstream", "http"])
        press([.down, .down, .enter], &model)
        guard case .logLevel(let levels) = model.prompt else {
            Issue.record("no level stage")
            return
        }
        #expect(levels.stage == .level(logger: "upstream"))
        #expect(levels.options[levels.selection] == "info")
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        render(model, into: terminal)
        #expect(terminal.text.contains("Level for upstream"))
        #expect(press([.character("k"), .enter], &model) == [.perform(.setLogLevel("debug", logger: "upstream"))])
        #expect(model.prompt == nil)
    }

    @Test func logLevelPickerForAllLoggers() throws {
        var model = try model()
        model.receive(.loggers(FakeAdminSource(snapshots: []).loggerLevels))
        press([.character("L"), .enter], &model)
        #expect(press([.character("G"), .enter], &model) == [.perform(.setLogLevel("off", logger: nil))])
        press([.character("L"), .escape], &model)
        #expect(model.prompt == nil)
    }
}

import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// The Hosts screen as a load-distribution board, drawn in the in-memory terminal at 80x24, 160x48 and 200x60.
@Suite struct HostsBoardTests {
    static let sizes = [
        TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 48, columns: 160), TerminalSize(rows: 60, columns: 200),
    ]
    static let addresses = ["127.0.1.19:80", "127.0.1.2:80", "127.0.1.3:80"]

    /// Three hosts (listed out of numeric order), 10 attempts a second each for 12 seconds; the third refuses
    /// every connection (all its attempts are errors); then a fourth host joins.
    static func model(options: DashboardOptions = DashboardOptions()) -> DashboardModel {
        var model = DashboardModel(options: options, adminAddress: "127.0.0.1:9901")
        for second in 0...12 {
            let n = UInt64(second * 10)
            var snapshot = WindowedRatesTests.snapshot(at: Double(second), [(n, 0), (n, 0), (0, n)])
            rename(&snapshot, second < 12 ? addresses : addresses + ["127.0.1.4:80"])
            model.apply(snapshot)
        }
        model.screen = .hosts
        model.hostsCluster = "service1"
        model.now = model.latest!.takenAt
        return model
    }

    static func rename(_ snapshot: inout AdminSnapshot, _ names: [String]) {
        let index = snapshot.clusters.clusterStatuses.firstIndex { $0.name == "service1" }!
        var hosts = snapshot.clusters.clusterStatuses[index].hostStatuses
        while hosts.count < names.count {
            var extra = hosts[0]
            extra.stats = []
            hosts.append(extra)
        }
        for (host, name) in names.enumerated() {
            let parts = name.split(separator: ":")
            hosts[host].address = EnvoyAddress(address: String(parts[0]), port: Int(parts[1]))
        }
        snapshot.clusters.clusterStatuses[index].hostStatuses = hosts
    }

    static func draw(_ model: DashboardModel, _ size: TerminalSize) -> InMemoryTerminal {
        ScreenRenderingTests.draw(model, size)
    }

    static func row(_ terminal: InMemoryTerminal, _ address: String) -> Int? {
        terminal.lines.firstIndex { $0.hasPrefix(address + " ") }
    }

    @Test(arguments: sizes) func boardShowsTheSpreadOverTheWindow(size: TerminalSize) throws {
        let terminal = Self.draw(Self.model(), size)
        let lines = terminal.lines
        #expect(lines.allSatisfy { $0.count <= size.columns })
        let titles = try #require(lines.first { $0.hasPrefix("ADDRESS") })
        for title in ["HEALTH", "W", "ATT/S", "SHARE", "EXP", "Δ", "ERR/S", "SR", "CX"] {
            #expect(titles.contains(title), "no \(title) in \(titles)")
        }
        if size.columns >= 160 {
            for title in ["HOSTNAME", "RQ ACT", "PEND", "TREND"] { #expect(titles.contains(title), "no \(title)") }
        }
        // Addresses in numeric order: .2, .3, .4, .19.
        let order = ["127.0.1.2:80", "127.0.1.3:80", "127.0.1.4:80", "127.0.1.19:80"].map { Self.row(terminal, $0) }
        #expect(order.allSatisfy { $0 != nil }, "\(terminal.text)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        // Over the 10 s window each old host took a third of the attempts; the refusing one's are all errors.
        let busy = lines[try #require(Self.row(terminal, "127.0.1.2:80"))]
        #expect(busy.contains("10.0"))
        #expect(busy.contains("33.3%  25.0%   +8.3"))  // share, expected (four healthy hosts now), deviation
        #expect(busy.contains("100%"))
        let refusing = lines[try #require(Self.row(terminal, "127.0.1.3:80"))]
        #expect(refusing.contains("33.3%  25.0%   +8.3   10.0  0.0%"))  // ... ERR/S 10, SR 0 %
        let newcomer = lines[try #require(Self.row(terminal, "127.0.1.4:80"))]
        #expect(newcomer.contains("0.0%  25.0%  -25.0"))
        // The chart: legend, labelled y-axis, time axis; the transitions pane with the scale-up.
        #expect(terminal.text.contains("attempts/s"))
        #expect(lines.contains { $0.contains("50.0│") || $0.contains("50.0┤") || $0.hasSuffix("50.0│") })
        let axis = try #require(lines.first { $0.contains("0└") && $0.hasSuffix("now") })
        #expect(axis.contains("-9s"))  // the oldest point's age: a dozen one-second points
        #expect(terminal.text.contains("Transitions"))
        #expect(terminal.text.contains("+ 127.0.1.4:80 added (ok)"))
        // The context line: the cluster's numbers and the window.
        #expect(lines[2].contains("service1: 4 hosts, 4 healthy, 30.0 att/s, 10.0 err/s, SR 66.7%"))
        #expect(lines[0].contains("window 10s"))
        // Key hints stay, help and actions included, at every size.
        let hints = lines[size.rows - 1]
        for hint in ["? help", "q quit", "Enter", "w win", "H hc", "L log", "R reset", "D drain", "Q "] {
            #expect(hints.contains(hint), "no \(hint) in \(hints)")
        }
    }

    @Test func bigTerminalsFillWithTheChartAndRows() throws {
        for size in [TerminalSize(rows: 48, columns: 160), TerminalSize(rows: 60, columns: 200)] {
            let layout = HostsBoardView.layout(rows: size.rows, columns: size.columns, hosts: 4)
            #expect(layout.chartRows >= 20)
            #expect(layout.transitionsBeside)
            #expect(layout.tableTop + 1 + layout.tableRows == size.rows - DashboardRenderer.rowsBelow)
        }
        let small = HostsBoardView.layout(rows: 24, columns: 80, hosts: 4)
        #expect(small.chartRows >= 6 && small.tableRows >= 5)
        #expect(small.tableTop + 1 + small.tableRows == 24 - DashboardRenderer.rowsBelow)
        // Short terminals keep only the table.
        #expect(HostsBoardView.layout(rows: 16, columns: 80).chartRows == 0)
    }

    @Test func selectedRowIsMarkedWithoutReversingItsBar() throws {
        var model = Self.model()
        model.setSelection(0, on: .hosts)
        let terminal = Self.draw(model, TerminalSize(rows: 48, columns: 160))
        let row = try #require(Self.row(terminal, "127.0.1.2:80"))
        #expect(terminal.style(row: row, column: 0).reverse)
        let line = terminal.lines[row]
        let bar = try #require(line.firstIndex(of: "█"))
        #expect(!terminal.style(row: row, column: line.distance(from: line.startIndex, to: bar)).reverse)
    }

    @Test func aHealthFlagDoesNotMoveTheColumns() throws {
        var model = Self.model()
        let before = Self.draw(model, TerminalSize(rows: 48, columns: 160))
        var snapshot = model.latest!
        snapshot.takenAt += 1
        let index = snapshot.clusters.clusterStatuses.firstIndex { $0.name == "service1" }!
        snapshot.clusters.clusterStatuses[index].hostStatuses[2].healthStatus = HostHealthStatus(
            failedActiveHealthCheck: true, failedOutlierCheck: true, pendingDynamicRemoval: true)
        model.apply(snapshot)
        model.now = snapshot.takenAt
        let after = Self.draw(model, TerminalSize(rows: 48, columns: 160))
        let titlesBefore = try #require(before.lines.first { $0.hasPrefix("ADDRESS") })
        let titlesAfter = try #require(after.lines.first { $0.hasPrefix("ADDRESS") })
        #expect(titlesBefore == titlesAfter)
        let flagged = after.lines[try #require(Self.row(after, "127.0.1.3:80"))]
        #expect(flagged.contains("!hc,!ou+"))
        // The change reaches the transitions pane and the events.
        #expect(after.text.contains("127.0.1.3:80 ejected by outlier detection"))
        #expect(model.events.contains { $0.text == "service1: 127.0.1.3:80 ok -> !hc,~rm" && $0.isError })
    }

    @Test func blockedEjectionsAndRemovalsAreTransitions() throws {
        var model = Self.model()
        var snapshot = model.latest!
        snapshot.takenAt += 1
        let overflow = "cluster.service1.outlier_detection.ejections_overflow"
        snapshot.stats.values.append(StatValue(name: overflow, number: 0))
        model.apply(snapshot)
        snapshot.takenAt += 1
        snapshot.stats.values[snapshot.stats.values.count - 1] = StatValue(name: overflow, number: 2)
        let index = snapshot.clusters.clusterStatuses.firstIndex { $0.name == "service1" }!
        snapshot.clusters.clusterStatuses[index].hostStatuses.removeLast()
        model.apply(snapshot)
        let texts = model.transitions.map(\.text)
        #expect(texts.contains("ejection blocked 2x (ejections_overflow: max_ejection_percent)"))
        #expect(texts.contains("- 127.0.1.4:80 removed"))
        let terminal = Self.draw(model, TerminalSize(rows: 48, columns: 160))
        #expect(terminal.text.contains("ejection blocked 2x"))
    }

    @Test func staleDataIsDimmedAfterTwoIntervals() throws {
        var model = Self.model()
        let size = TerminalSize(rows: 24, columns: 80)
        let row = try #require(Self.row(Self.draw(model, size), "127.0.1.2:80"))
        #expect(!Self.draw(model, size).style(row: row, column: 0).dim)
        model.now += 1.6
        let overdue = Self.draw(model, size)
        #expect(overdue.lines[0].contains("NO ANSWER"))
        #expect(!overdue.style(row: row, column: 0).dim)
        model.now += 1
        let stale = Self.draw(model, size)
        #expect(stale.style(row: row, column: 0).dim)
        #expect(stale.lines[0].contains("data 2s old"))
        // Fresh data brings the screen back.
        var snapshot = model.latest!
        snapshot.takenAt = model.now
        model.apply(snapshot)
        #expect(!Self.draw(model, size).style(row: row, column: 0).dim)
        #expect(!Self.draw(model, size).lines[0].contains("old"))
    }

    @Test func retryCountsDown() throws {
        var model = Self.model()
        model.applyFailure("connection refused", retryIn: 4)
        #expect(Self.draw(model, TerminalSize(rows: 24, columns: 80)).lines[2].contains("retrying in 4s"))
        model.now += 2.5
        #expect(Self.draw(model, TerminalSize(rows: 24, columns: 80)).lines[2].contains("retrying in 2s"))
        model.now += 2
        #expect(Self.draw(model, TerminalSize(rows: 24, columns: 80)).lines[2].contains("retrying now"))
    }

    @Test(arguments: [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 48, columns: 160)])
    func enterOpensTheHostsDetail(size: TerminalSize) throws {
        var model = Self.model()
        model.setSelection(1, on: .hosts)  // 127.0.1.3:80, the refusing one
        _ = KeyHandler.handle(.enter, model: &model)
        #expect(model.screen == .hosts)
        #expect(model.hostDetail == "127.0.1.3:80")
        let terminal = Self.draw(model, size)
        let text = terminal.text
        #expect(text.contains("Host 127.0.1.3:80"))
        #expect(text.contains("health    healthy   eds_health_status HEALTHY"))
        #expect(text.contains("rq_error 120"))
        #expect(text.contains("rq_success 0"))
        #expect(text.contains("10.0 err/s"))
        // The box fits, corners drawn.
        #expect(text.contains("┌") && text.contains("┐") && text.contains("└") && text.contains("┘"))
        #expect(terminal.lines.allSatisfy { $0.count <= size.columns })
        _ = KeyHandler.handle(.escape, model: &model)
        #expect(model.hostDetail == nil)
        #expect(model.screen == .hosts)
    }

    @Test func helpFitsWithDemoKeysAt80x24() throws {
        var options = DashboardOptions()
        options.demoKeys = true
        var model = Self.model(options: options)
        model.showingHelp = true
        let terminal = Self.draw(model, TerminalSize(rows: 24, columns: 80))
        let text = terminal.text
        for line in HelpView.lines(readOnly: false, demoKeys: true) {
            #expect(text.contains(line.key), "missing key \(line.key)")
        }
        #expect(text.contains("┌") && text.contains("┘"))
        #expect(terminal.lines.allSatisfy { $0.count <= 80 })
    }
}

import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// Keys that guard the server: `q` in-process asks, read-only says why, demo keys act on the selection.
@Suite struct SafetyKeysTests {
    @Test func quitAsksOnlyWhenItStopsTheProxy() throws {
        var top = HostsBoardTests.model()
        #expect(KeyHandler.handle(.character("q"), model: &top) == [.quit])

        var options = DashboardOptions()
        options.stopsProxyOnQuit = true
        var local = HostsBoardTests.model(options: options)
        #expect(KeyHandler.handle(.character("q"), model: &local).isEmpty)
        let terminal = HostsBoardTests.draw(local, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.lines[23].contains("This stops the proxy"))
        #expect(KeyHandler.handle(.character("n"), model: &local).isEmpty)
        #expect(local.prompt == nil)
        _ = KeyHandler.handle(.character("q"), model: &local)
        #expect(KeyHandler.handle(.character("y"), model: &local) == [.quit])
        // From the help overlay too.
        local.showingHelp = true
        #expect(KeyHandler.handle(.character("q"), model: &local).isEmpty)
        #expect(local.prompt != nil)
    }

    @Test func readOnlySaysWhyAKeyDidNothing() throws {
        var model = HostsBoardTests.model(options: DashboardOptions(readOnly: true))
        #expect(KeyHandler.handle(.character("R"), model: &model).isEmpty)
        #expect(model.prompt == nil)
        let terminal = HostsBoardTests.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.lines[22].contains("read-only: R would change the server"))
        // The next key clears it.
        _ = KeyHandler.handle(.down, model: &model)
        #expect(model.notice == nil)
    }

    @Test func demoKeysActOnTheSelectedHostAndService() throws {
        var options = DashboardOptions()
        options.demoKeys = true
        var model = HostsBoardTests.model(options: options)
        model.setSelection(1, on: .hosts)  // 127.0.1.3:80
        let fail = KeyHandler.handle(.character("f"), model: &model)
        #expect(fail.first == .perform(.custom(
            path: "/demo/fail?service=service1&address=127.0.1.3", summary: "crash or restore 127.0.1.3 of service1")))
        let more = KeyHandler.handle(.character("+"), model: &model)
        #expect(more.first == .perform(.custom(path: "/demo/scale?service1=5", summary: "scale service1 to 5")))
        // On the Clusters screen, f picks some instance of the selected cluster's service.
        model.screen = .clusters
        model.hostsCluster = nil
        let service = try #require(model.selectedRowKey(on: .clusters))
        #expect(KeyHandler.handle(.character("f"), model: &model).first == .perform(.custom(
            path: "/demo/fail?service=\(service)", summary: "crash or restore an instance of \(service)")))
    }

    @Test func markKeySetsTheMark() throws {
        var model = HostsBoardTests.model()
        _ = KeyHandler.handle(.character("m"), model: &model)
        model.window = .sinceMark
        #expect(model.rates(forCluster: "service1")?.attemptsPerSecond == nil)
        #expect(model.events.last?.text.hasPrefix("mark set") == true)
        #expect(HostsBoardTests.draw(model, TerminalSize(rows: 24, columns: 80)).lines[0].contains("window mark"))
    }

    @Test func backoffIsCappedAtFiveSeconds() {
        let backoff = RetryBackoff()
        #expect((1...6).map { backoff.delay(afterFailures: $0, interval: 1) } == [1, 2, 4, 5, 5, 5])
    }
}

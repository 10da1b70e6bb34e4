import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// The `:` command line: completion, every command's effect, and `:export` compared with the `/clusters` deltas
/// the fixture put between its two snapshots.
@Suite struct CommandLineTests {
    static func run(_ text: String, _ model: inout DashboardModel) -> [DashboardCommand] {
        var commands: [DashboardCommand] = []
        for key in [.character(":")] + Key.typing(text) + [.enter] {
            commands += KeyHandler.handle(key, model: &model)
        }
        return commands
    }

    @Test func tabCompletesCommandsAndClusterNames() throws {
        var model = try RoutesAndDetailRenderingTests.model()
        _ = KeyHandler.handle(.character(":"), model: &model)
        for key in Key.typing("ho") + [.tab] { _ = KeyHandler.handle(key, model: &model) }
        #expect(model.prompt == .command(CommandLineState(text: "hosts ")))
        _ = KeyHandler.handle(.tab, model: &model)
        guard case .command(let state) = model.prompt else {
            Issue.record("the command line closed")
            return
        }
        // Two clusters fit: the common part is filled in and both are offered.
        #expect(state.text == "hosts service")
        #expect(state.completions == ["service1", "service2"])
        let terminal = ScreenRenderingTests.draw(model, TerminalSize(rows: 24, columns: 80))
        #expect(terminal.lines[23].contains(":hosts service_"))
        #expect(terminal.text.contains("2 matches"))
        #expect(terminal.lines.contains { $0.contains("service2") && $0.contains("│") })
        for key in [.character("2"), .enter] as [Key] { _ = KeyHandler.handle(key, model: &model) }
        #expect(model.prompt == nil)
        #expect(model.screen == .hosts)
        #expect(model.hostsCluster == "service2")
    }

    @Test func tabCompletesLoggersLevelsAndStatPrefixes() throws {
        var model = try RoutesAndDetailRenderingTests.model()
        model.receive(.loggers(FakeAdminSource(snapshots: []).loggerLevels))
        func complete(_ text: String) -> CommandLineState {
            CommandLineCommands.complete(CommandLineState(text: text), model: model)
        }
        #expect(complete("log up").text == "log upstream ")
        #expect(complete("log upstream de").text == "log upstream debug ")
        #expect(complete("log a").completions == ["admin", "all"])
        #expect(complete("hc f").text == "hc fail ")
        #expect(complete("export c").text == "export csv ")
        // A stat prefix stops at the dot, so the next Tab narrows within the cluster.
        #expect(complete("stats cluster.service2").text == "stats cluster.service2.")
        #expect(complete("stats cluster.service2.upstream_rq_tot").text == "stats cluster.service2.upstream_rq_total ")
        #expect(complete("nosuch").completions.isEmpty)
    }

    @Test(arguments: RoutesAndDetailRenderingTests.sizes) func emptyLineListsEveryCommand(size: TerminalSize) throws {
        var model = try RoutesAndDetailRenderingTests.model()
        _ = KeyHandler.handle(.character(":"), model: &model)
        let terminal = ScreenRenderingTests.draw(model, size)
        #expect(terminal.lines[size.rows - 1].contains(":_"))
        for usage in [":hosts CLUSTER", ":stats REGEX", ":export json|csv FILE", ":window 10s|1m|5m|mark|all"] {
            #expect(terminal.text.contains(usage), "missing \(usage)")
        }
        #expect(terminal.lines.allSatisfy { $0.count <= size.columns })
    }

    @Test func commandsChangeTheViewAndActOnTheServer() throws {
        var model = try RoutesAndDetailRenderingTests.model()
        #expect(Self.run("stats upstream_rq_total$", &model).isEmpty)
        #expect(model.screen == .stats)
        #expect(model.filter(on: .stats) == "upstream_rq_total$")
        #expect(Self.run("log upstream debug", &model) == [.perform(.setLogLevel("debug", logger: "upstream"))])
        #expect(Self.run("log all warning", &model) == [.perform(.setLogLevel("warning", logger: nil))])
        #expect(Self.run("hc fail", &model) == [.perform(.healthcheckFail), .refreshNow])
        #expect(Self.run("hc ok", &model) == [.perform(.healthcheckOk), .refreshNow])
        #expect(Self.run("interval 2s", &model) == [.refreshNow])
        #expect(model.refreshInterval == 2)
        _ = Self.run("window 1m", &model)
        #expect(model.investigation.windowSeconds == 60)
        _ = Self.run("hosts nosuch", &model)
        #expect(model.events.last?.isError == true)
        #expect(model.events.last?.text.contains("no cluster nosuch") == true)
        _ = Self.run("frobnicate", &model)
        #expect(model.events.last?.text.contains("unknown command") == true)
        _ = Self.run("export xml /tmp/x", &model)
        #expect(model.events.last?.text.contains("json or csv") == true)
        // Up brings the last command back.
        _ = KeyHandler.handle(.character(":"), model: &model)
        _ = KeyHandler.handle(.up, model: &model)
        #expect(model.prompt == .command({
            var state = CommandLineState(text: "export xml /tmp/x")
            state.historyIndex = model.investigation.commandHistory.count - 1
            return state
        }()))
    }

    @Test func readOnlySaysWhyServerCommandsDoNothing() throws {
        var model = try RoutesAndDetailRenderingTests.model(options: DashboardOptions(readOnly: true))
        #expect(Self.run("hc fail", &model).isEmpty)
        #expect(model.events.last?.text.contains("read-only") == true)
        #expect(Self.run("log all debug", &model).isEmpty)
    }

    @Test func jsonExportHoldsWhatTheScreensShow() throws {
        var model = try RoutesAndDetailRenderingTests.model()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-export-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = Self.run("export json \(path)", &model)
        #expect(model.events.last?.text == "exported json to \(path)")
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(root["window_s"] as? Double == 1)
        let clusters = try #require(root["clusters"] as? [[String: Any]])
        let service1 = try #require(clusters.first { $0["name"] as? String == "service1" })
        #expect(service1["attempts_per_s"] as? Double == 30)
        let hosts = try #require(service1["hosts"] as? [[String: Any]])
        #expect(hosts.count == 3)
        for host in hosts {
            // The fixture added 10 rq_success to each host in one second: a third each, as their weights predict.
            #expect((host["address"] as? String)?.hasPrefix("127.0.0.1") == true)
            #expect(host["attempts_per_s"] as? Double == 10)
            #expect(abs((host["share"] as? Double ?? 0) - 1.0 / 3) < 1e-9)
            #expect(abs((host["expected_share"] as? Double ?? 0) - 1.0 / 3) < 1e-9)
            #expect(host["errors_per_s"] as? Double == 0)
            #expect(host["success_rate"] as? Double == 1)
            #expect(host["window_s"] as? Double == 1)
        }
        let service2 = try #require(clusters.first { $0["name"] as? String == "service2" })
        let idle = try #require((service2["hosts"] as? [[String: Any]])?.first)
        #expect(idle["attempts_per_s"] as? Double == 0)
        #expect(idle["share"] as? Double == 0)
        #expect(idle["expected_share"] as? Double == 1)
        #expect(idle["success_rate"] is NSNull)
    }

    @Test func csvExportHasOneLinePerHost() throws {
        var model = try RoutesAndDetailRenderingTests.model()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-export-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = Self.run("export csv \(path)", &model)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == StateExport.csvHeader)
        #expect(lines.count == 5)
        let host = try #require(lines.first { $0.hasPrefix("service1,127.0.0.11:80,") })
        #expect(host.hasSuffix(",10.0000,0.3333,0.3333,0.0000,1.0000,1.0000"))
    }

    @Test func exportBeforeTwoSnapshotsSaysWhy() throws {
        var model = DashboardModel()
        model.apply(try Fixtures.snapshot())
        _ = Self.run("export json /tmp/never-written.json", &model)
        #expect(model.events.last?.isError == true)
        #expect(model.events.last?.text.contains("two snapshots") == true)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.json"))
    }

    @Test func durationsParse() {
        #expect(CommandLineCommands.duration("10s") == 10)
        #expect(CommandLineCommands.duration("1m") == 60)
        #expect(CommandLineCommands.duration("500ms") == 0.5)
        #expect(CommandLineCommands.duration("2") == 2)
        #expect(CommandLineCommands.duration("x") == nil)
        #expect(CommandLineCommands.duration("0s") == nil)
    }
}

import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// Keys through to the admin source and back into the events list, with a fake source and no timing.
@Suite struct ActionTests {
    func run(_ keys: [Key], model: inout DashboardModel, source: FakeAdminSource) async {
        for key in keys {
            for command in KeyHandler.handle(key, model: &model, pageSize: 10) {
                if case .perform(let action) = command { model.recordStart(of: action) }
                for message in await CommandRunner.run(command, on: source) { model.receive(message) }
            }
        }
    }

    @Test func resetCountersReachesTheSourceAndTheEventsLine() async throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        var model = try ScreenRenderingTests.liveModel()
        await run([.character("R"), .character("y")], model: &model, source: source)
        #expect(source.actions == [.resetCounters])
        #expect(model.events.map(\.text).suffix(2) == ["reset counters...", "reset counters: OK"])
        let terminal = InMemoryTerminal()
        render(model, into: terminal)
        #expect(terminal.lines[22].contains("reset counters: OK"))
    }

    @Test func everyActionMapsToItsCall() async throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        var model = try ScreenRenderingTests.liveModel()
        await run(
            [
                .character("H"), .character("y"), .character("D"), .character("y"), .character("Q"), .character("y"),
                .character("L"), .enter, .character("k"), .enter,
            ], model: &model, source: source)
        #expect(source.actions == [
            .healthcheckFail, .drainListeners(graceful: false), .quit, .setLogLevel("debug", logger: nil),
        ])
        // The answer to the POST carries the new levels; the header reads them without another request.
        #expect(model.loggers?.summary == "debug")
        #expect(model.events.last?.text == "log level debug (all loggers): OK")
    }

    @Test func oneLoggerChangedShowsAMixedSummary() async throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        var model = try ScreenRenderingTests.liveModel()
        model.receive(.loggers(source.loggerLevels))
        await run([.character("L"), .down, .down, .enter, .character("g"), .enter], model: &model, source: source)
        #expect(source.actions == [.setLogLevel("trace", logger: "upstream")])
        #expect(model.loggers?.level(of: "upstream") == "trace")
        #expect(model.loggers?.summary == "info*")
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        render(model, into: terminal)
        #expect(terminal.lines[0].contains("log info*"))
    }

    @Test func failuresAreRedEvents() async throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        source.failActions = true
        var model = try ScreenRenderingTests.liveModel()
        await run([.character("R"), .character("y")], model: &model, source: source)
        let last = try #require(model.events.last)
        #expect(last.isError)
        #expect(last.text == "reset counters failed: /reset_counters: HTTP 500 boom")
    }

    @Test func cancelledActionsNeverReachTheSource() async throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        var model = try ScreenRenderingTests.liveModel()
        await run([.character("Q"), .character("n"), .character("R"), .escape], model: &model, source: source)
        #expect(source.actions.isEmpty)
    }

    @Test func backoffDoublesAndCaps() {
        let backoff = RetryBackoff(cap: 30)
        #expect((1...7).map { backoff.delay(afterFailures: $0, interval: 1) } == [1, 2, 4, 8, 16, 30, 30])
        #expect(backoff.delay(afterFailures: 1, interval: 5) == 5)
        #expect(backoff.delay(afterFailures: 100, interval: 1) == 30)
    }

    @Test func reconnectingIsRecorded() throws {
        var model = try ScreenRenderingTests.liveModel()
        model.receive(.pollFailed(reason: "refused", retryIn: 2))
        model.receive(.pollFailed(reason: "refused", retryIn: 4))
        #expect(model.connection == .disconnected(reason: "refused", retryIn: 4))
        #expect(model.events.filter { $0.text.hasPrefix("disconnected") }.count == 1)
        model.receive(.snapshot(try Fixtures.snapshot(at: 200)))
        #expect(model.connection == .connected)
        #expect(model.events.contains { $0.text == "reconnected to 127.0.0.1:9901" })
        // The server answering again has lower counters than before: the rates start over.
        #expect(model.events.last?.text.hasPrefix("counters were reset") == true)
    }
}

import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// The run loop on an in-memory terminal with scripted keys: it draws, switches screens and stops on `q`.
@Suite struct RunLoopTests {
    @Test func drawsAndQuits() throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        terminal.pendingKeys = [.character("3"), .character("q")]
        Dashboard.run(source: source, options: DashboardOptions(), terminal: terminal, keyTimeoutMilliseconds: 0)
        #expect(terminal.refreshCount >= 2)
        #expect(terminal.clearCount == 1)
        #expect(terminal.lines[1].contains("Hosts"))
    }

    @Test func resizeClearsOnce() throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        terminal.pendingKeys = [.resize, .character("q")]
        Dashboard.run(source: source, options: DashboardOptions(), terminal: terminal, keyTimeoutMilliseconds: 0)
        #expect(terminal.clearCount == 2)
    }

    @Test func interruptLeavesTheLoop() throws {
        let source = FakeAdminSource(snapshots: [try Fixtures.snapshot()])
        let terminal = InMemoryTerminal(rows: 24, columns: 80)
        let interrupted = Flag()
        interrupted.raise()
        Dashboard.run(
            source: source, options: DashboardOptions(), terminal: terminal, interrupted: interrupted,
            keyTimeoutMilliseconds: 0)
        #expect(terminal.refreshCount == 0)
    }
}

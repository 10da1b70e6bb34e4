import Dispatch
import Foundation
import NuncioAdminClient

/// The dashboard's entry point: takes over the terminal, polls the source in the background, and draws only on
/// a new snapshot, a key, or a resize.
public enum Dashboard {
    /// Runs until `q` or Ctrl-C. Blocks the calling thread, which becomes the curses thread: call it from a plain
    /// thread such as the main thread. From async code, the `async` overload runs it on a thread of its own.
    /// `stop` ends it from another thread, as Ctrl-C does (the process's shutdown closing the dashboard).
    public static func run(source: any AdminSource, options: DashboardOptions, stop: DashboardStop? = nil) throws {
        let terminal = try CursesTerminal(color: options.color)
        defer { terminal.end() }
        let resized = Flag(), interrupted = stop?.flag ?? Flag()
        let queue = DispatchQueue(label: "nuncio.dashboard.signals")
        // Ctrl-C leaves through the loop, so curses can give the terminal back.
        signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, SIG_DFL) }
        let sources = [(SIGWINCH, resized), (SIGINT, interrupted)].map { number, flag in
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { flag.raise() }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        run(source: source, options: options, terminal: terminal, resized: resized, interrupted: interrupted)
    }

    /// The same, from async code: curses gets a dedicated thread, so no task of the cooperative pool blocks.
    public static func run(
        source: any AdminSource, options: DashboardOptions, stop: DashboardStop? = nil
    ) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                do {
                    try run(source: source, options: options, stop: stop) as Void
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "nuncio.dashboard"
            thread.start()
        }
    }

    /// The loop itself, on any terminal. With an `InMemoryTerminal` it runs until its scripted keys say `q`
    /// (or, when `stopWhenIdle`, until they run out).
    static func run(
        source: any AdminSource, options: DashboardOptions, terminal: any Terminal, resized: Flag = Flag(),
        interrupted: Flag = Flag(), stopWhenIdle: Bool = false, keyTimeoutMilliseconds: Int = 50
    ) {
        let source = options.logFiles.isEmpty ? source : TailingAdminSource(base: source, files: options.logFiles)
        var model = DashboardModel(options: options, adminAddress: source.displayAddress)
        let mailbox = Mailbox()
        let poller = SnapshotPoller(source: source, mailbox: mailbox, interval: options.refreshInterval)
        poller.start()
        defer { poller.stop() }
        dispatch(.fetchLoggers, source: source, mailbox: mailbox)

        var needsRender = true, needsClear = true
        var clockShown = "", loggersFetchedAt = ProcessInfo.processInfo.systemUptime
        while !interrupted.take() {
            if resized.take() {
                terminal.handleResize()
                needsClear = true
            }
            model.now = ProcessInfo.processInfo.systemUptime
            let messages = mailbox.takeAll()
            for message in messages { model.receive(message) }
            // The header's log level follows changes made elsewhere (another dashboard, curl).
            if model.connection == .connected, !model.paused, model.now - loggersFetchedAt >= Self.loggersRefresh {
                loggersFetchedAt = model.now
                dispatch(.fetchLoggers, source: source, mailbox: mailbox)
            }
            // Data age, "no answer" and the retry countdown change with time alone: redraw when their text does.
            let clock = Self.clockText(model)
            if clock != clockShown {
                clockShown = clock
                needsRender = true
            }
            if needsRender || needsClear || !messages.isEmpty {
                if needsClear { terminal.clearAll() }
                DashboardRenderer.render(model, into: terminal)
                needsRender = false
                needsClear = false
            }
            guard let key = terminal.readKey(timeoutMilliseconds: keyTimeoutMilliseconds) else {
                if stopWhenIdle { return }
                continue
            }
            if key == .resize {
                needsClear = true
                continue
            }
            let commands = KeyHandler.handle(
                key, model: &model, pageSize: DashboardRenderer.pageSize(for: terminal.size))
            needsRender = true
            for command in commands {
                switch command {
                case .quit: return
                case .refreshNow: poller.pollNow()
                case .perform(let action):
                    model.recordStart(of: action)
                    dispatch(command, source: source, mailbox: mailbox, then: poller)
                case .fetchLoggers: dispatch(command, source: source, mailbox: mailbox)
                }
            }
            poller.update(interval: model.refreshInterval, paused: model.paused)
        }
    }

    /// Seconds between reads of the logger levels for the header.
    static let loggersRefresh: Double = 5

    /// What on screen depends on the clock: redrawn when it changes, not every turn of the loop.
    static func clockText(_ model: DashboardModel) -> String {
        let age = model.isStale ? model.dataAge.map { Int($0) } : nil
        let countdown = model.retryCountdown.map { Int($0.rounded(.up)) }
        return "\(model.isOverdue) \(age ?? -1) \(countdown ?? -1)"
    }

    private static func dispatch(
        _ command: DashboardCommand, source: any AdminSource, mailbox: Mailbox, then poller: SnapshotPoller? = nil
    ) {
        Task.detached {
            mailbox.post(await CommandRunner.run(command, on: source))
            // Show the action's effect now rather than at the next tick.
            poller?.pollNow()
        }
    }
}

import Foundation
import NuncioAdminClient

/// Polls the source on its own task: every refresh interval while it answers, with exponential back-off while
/// it does not, never while paused. Results go to the mailbox; the UI thread draws them on its next turn.
final class SnapshotPoller: @unchecked Sendable {
    struct Settings {
        var interval: Double
        var paused: Bool
    }

    private let source: any AdminSource
    private let mailbox: Mailbox
    private let backoff: RetryBackoff
    private let lock = NSLock()
    private var settings: Settings
    private let wake = Flag()
    private var task: Task<Void, Never>?

    init(source: any AdminSource, mailbox: Mailbox, interval: Double, backoff: RetryBackoff = RetryBackoff()) {
        self.source = source
        self.mailbox = mailbox
        self.backoff = backoff
        settings = Settings(interval: interval, paused: false)
    }

    func start() {
        task = Task.detached { [self] in await loop() }
    }

    func stop() {
        task?.cancel()
    }

    func update(interval: Double, paused: Bool) {
        lock.lock()
        settings = Settings(interval: interval, paused: paused)
        lock.unlock()
    }

    /// Cuts the current wait short, for a poll right after an action.
    func pollNow() {
        wake.raise()
    }

    private func currentSettings() -> Settings {
        lock.lock()
        defer { lock.unlock() }
        return settings
    }

    private func loop() async {
        var failures = 0
        while !Task.isCancelled {
            let settings = currentSettings()
            if settings.paused {
                await wait(seconds: 0.2)
                continue
            }
            do {
                mailbox.post([.snapshot(try await source.snapshot())])
                failures = 0
                await wait(seconds: settings.interval)
            } catch {
                failures += 1
                let delay = backoff.delay(afterFailures: failures, interval: settings.interval)
                mailbox.post([.pollFailed(reason: "\(error)", retryIn: delay)])
                await wait(seconds: delay)
            }
        }
    }

    /// Sleeps in short slices so `pollNow()` and cancellation take effect quickly.
    private func wait(seconds: Double) async {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline, !Task.isCancelled {
            if wake.take() { return }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}

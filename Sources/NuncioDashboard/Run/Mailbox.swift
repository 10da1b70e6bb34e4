import Foundation

/// Messages from background tasks, waiting for the UI thread to take them.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [SessionMessage] = []

    func post(_ new: [SessionMessage]) {
        guard !new.isEmpty else { return }
        lock.lock()
        messages += new
        lock.unlock()
    }

    func takeAll() -> [SessionMessage] {
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages = []
        return taken
    }
}

/// A flag one thread raises and another takes down: a resize, or a wish to poll now.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    /// True once per `raise()`.
    func take() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let was = raised
        raised = false
        return was
    }
}

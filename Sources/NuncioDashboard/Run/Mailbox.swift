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

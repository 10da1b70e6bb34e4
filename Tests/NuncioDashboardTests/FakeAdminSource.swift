import Foundation
import NuncioAdminClient

/// An admin source that answers from memory and remembers every action, for action tests without a network.
final class FakeAdminSource: AdminSource, @unchecked Sendable {
    private let lock = NSLock()
    private var snapshots: [AdminSnapshot]
    private var performed: [AdminAction] = []
    var failActions = false
    var failSnapshots = false
    let loggerLevels = LoggerLevels([
        .init(name: "admin", level: "info"), .init(name: "upstream", level: "info"), .init(name: "http", level: "info"),
    ])

    init(snapshots: [AdminSnapshot]) {
        self.snapshots = snapshots
    }

    var displayAddress: String { "fake:9901" }

    var actions: [AdminAction] {
        lock.lock()
        defer { lock.unlock() }
        return performed
    }

    func snapshot() async throws -> AdminSnapshot {
        try nextSnapshot()
    }

    private func nextSnapshot() throws -> AdminSnapshot {
        lock.lock()
        defer { lock.unlock() }
        if failSnapshots { throw AdminClientError(.transport, path: "/server_info", detail: "connection refused") }
        return snapshots.count > 1 ? snapshots.removeFirst() : snapshots[0]
    }

    func loggers() async throws -> LoggerLevels { loggerLevels }

    func perform(_ action: AdminAction) async throws -> String {
        try record(action)
    }

    private func record(_ action: AdminAction) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if failActions { throw AdminClientError(.status(500), path: action.requestPath, detail: "boom") }
        performed.append(action)
        // Like Envoy, `POST /logging` answers with the whole logger list.
        if case .setLogLevel(let level, let logger) = action {
            let lines = loggerLevels.loggers.map { current in
                "  \(current.name): \(logger == nil || logger == current.name ? level : current.level)"
            }
            return (["active loggers:"] + lines).joined(separator: "\n") + "\n"
        }
        return "OK\n"
    }
}

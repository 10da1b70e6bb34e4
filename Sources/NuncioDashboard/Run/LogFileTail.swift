import Foundation
import NuncioAdminClient

/// Follows log files as `tail -F` does: each read returns the lines added since the last one, starting with the
/// last `initialLines` of the file; a file that shrank (rotated or truncated) is read again from the start.
/// Locked, since polls may overlap an action's poll.
final class LogFileTail: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var offset: UInt64?
    private var partial = ""
    private let initialBytes: UInt64

    init(path: String, initialBytes: UInt64 = 64 << 10) {
        self.path = path
        self.initialBytes = initialBytes
    }

    /// New complete lines since the last call; empty when the file is missing or unchanged.
    func newLines() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        let firstRead = offset == nil
        var start = offset ?? (size > initialBytes ? size - initialBytes : 0)
        if size < start {
            start = 0
            partial = ""
        }
        try? handle.seek(toOffset: start)
        let data = (try? handle.readToEnd()) ?? Data()
        offset = start + UInt64(data.count)
        var lines = (partial + String(decoding: data, as: UTF8.self))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        partial = lines.removeLast()
        // A first read that starts inside the file starts inside a line.
        if firstRead && start > 0 && !lines.isEmpty { lines.removeFirst() }
        return lines
    }
}

/// An admin source whose snapshots also carry the tail of log files (`nuncio top --log-file F`, or the access
/// logs of an in-process engine), after the source's own log lines.
final class TailingAdminSource: AdminSource {
    private let base: any AdminSource
    private let tails: [LogFileTail]
    private let lines = LockedLines(capacity: 2000)

    init(base: any AdminSource, files: [String]) {
        self.base = base
        tails = files.map { LogFileTail(path: $0) }
    }

    var displayAddress: String { base.displayAddress }

    func snapshot() async throws -> AdminSnapshot {
        var snapshot = try await base.snapshot()
        for tail in tails { lines.append(tail.newLines()) }
        snapshot.logLines = (snapshot.logLines ?? []) + lines.all
        return snapshot
    }

    func loggers() async throws -> LoggerLevels { try await base.loggers() }

    func perform(_ action: AdminAction) async throws -> String { try await base.perform(action) }
}

/// The file lines kept so far, the newest `capacity`.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func append(_ new: [String]) {
        lock.lock()
        lines += new
        if lines.count > capacity { lines.removeFirst(lines.count - capacity) }
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}

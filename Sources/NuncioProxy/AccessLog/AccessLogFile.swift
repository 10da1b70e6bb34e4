import Foundation
import NIOConcurrencyHelpers

/// One log destination as Envoy's `AccessLogFileImpl`: `write` appends to a buffer, and a flush thread writes
/// the buffer out every flush interval, or sooner past 64 KiB, so no event loop waits on the disk. A failed
/// write is counted (`filesystem.write_failed`) and reported, never fatal.
///
/// Two locks, each guarding its own state: `condition` the buffer and the thread's flags (held briefly by
/// writers), `flushLock` the descriptor and everything done through it (held across the write system call).
final class AccessLogFile: @unchecked Sendable {
    enum Destination: Hashable, Sendable, CustomStringConvertible {
        case path(String)
        case stdout
        case stderr

        var description: String {
            switch self {
            case .path(let path): return path
            case .stdout: return "/dev/stdout"
            case .stderr: return "/dev/stderr"
            }
        }
    }

    /// Envoy's `MIN_FLUSH_SIZE`: past it a writer wakes the flush thread instead of waiting for the timer.
    static let minFlushSize = 64 * 1024

    let destination: Destination
    private let stats: AccessLogFileStats
    private let flushInterval: TimeInterval
    private let report: @Sendable (LogFileEvent) -> Void

    private let condition = NSCondition()
    private var buffer: [UInt8] = []
    private var exiting = false
    private var reopenRequested = false
    private let threadExited = DispatchSemaphore(value: 0)

    private let flushLock = NIOLock()
    private var descriptor: Int32 = -1
    private var failing = false
    private var lastOpenError: String?

    init(
        destination: Destination, stats: AccessLogFileStats, flushInterval: TimeInterval,
        report: @escaping @Sendable (LogFileEvent) -> Void
    ) {
        self.destination = destination
        self.stats = stats
        self.flushInterval = flushInterval
        self.report = report
        flushLock.withLock { _ = openLocked() }
        // As Envoy's flush timer, the thread runs from the file's creation.
        let thread = Thread { [self] in flushLoop() }
        thread.name = "nuncio-log-flush"
        thread.start()
    }

    /// Why the file could not be opened, if it could not (Envoy refuses to start then).
    var openError: String? { flushLock.withLock { lastOpenError } }

    /// Buffers `text`; cheap enough for the request path: one uncontended lock, no system call.
    func write(_ text: String) {
        let count = text.utf8.count
        condition.lock()
        guard !exiting else {
            condition.unlock()
            return
        }
        buffer.append(contentsOf: text.utf8)
        // Added before a flush can take these bytes, so the gauge never goes below zero.
        stats.writeBuffered.inc()
        stats.writeTotalBuffered.add(UInt64(count))
        let wake = buffer.count > Self.minFlushSize
        condition.unlock()
        if wake { condition.signal() }
    }

    /// Writes what is buffered now, on the caller's thread, and returns once it is written.
    func flush() {
        flushLock.withLock { writeLocked(takeBuffer()) }
    }

    /// `/reopen_logs`: the flush thread closes the file and opens the path again (after a rotation).
    func reopen() {
        condition.lock()
        reopenRequested = true
        condition.unlock()
        condition.signal()
    }

    /// Stops the flush thread, writes what is left and closes the file. Later writes are dropped.
    func close() {
        condition.lock()
        let first = !exiting
        exiting = true
        condition.unlock()
        guard first else { return }
        condition.broadcast()
        threadExited.wait()
        flushLock.withLock {
            writeLocked(takeBuffer())
            if case .path = destination, descriptor >= 0 { Glibc.close(descriptor) }
            descriptor = -1
        }
    }

    // MARK: The flush thread

    private func flushLoop() {
        var deadline = Date(timeIntervalSinceNow: flushInterval)
        while true {
            condition.lock()
            var timerFired = false
            while buffer.count <= Self.minFlushSize && !exiting && !reopenRequested && !timerFired {
                if !condition.wait(until: deadline) { timerFired = true }
            }
            let exit = exiting
            let reopen = reopenRequested
            reopenRequested = false
            condition.unlock()
            if exit {
                threadExited.signal()
                return
            }
            if timerFired {
                stats.flushedByTimer.inc()
                deadline = Date(timeIntervalSinceNow: flushInterval)
            }
            flushLock.withLock {
                let bytes = takeBuffer()
                if reopen { reopenLocked() }
                writeLocked(bytes)
            }
        }
    }

    private func takeBuffer() -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        guard !buffer.isEmpty else { return [] }
        var taken: [UInt8] = []
        taken.reserveCapacity(buffer.capacity)
        swap(&taken, &buffer)
        return taken
    }

    // MARK: Under `flushLock`

    private func openLocked() -> Bool {
        switch destination {
        case .stdout: descriptor = STDOUT_FILENO
        case .stderr: descriptor = STDERR_FILENO
        case .path(let path):
            descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        }
        guard descriptor < 0 else {
            lastOpenError = nil
            return true
        }
        lastOpenError = "unable to open file '\(destination)': \(String(cString: strerror(errno)))"
        return false
    }

    private func reopenLocked() {
        guard case .path = destination else { return }
        if descriptor >= 0 { Glibc.close(descriptor) }
        if !openLocked() {
            stats.reopenFailed.inc()
            report(.reopenFailed(destination, reason: lastOpenError ?? ""))
        }
    }

    private func writeLocked(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        defer { stats.writeTotalBuffered.sub(UInt64(bytes.count)) }
        // A file that could not be opened drops its lines, as Envoy's does.
        guard descriptor >= 0 else { return }
        let error = bytes.withUnsafeBytes { raw -> Int32 in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
        if error == 0 {
            stats.writeCompleted.inc()
            if failing {
                failing = false
                report(.writeResumed(destination))
            }
        } else {
            stats.writeFailed.inc()
            // Reported when writes start failing, not for every failure: the counter has the count.
            if !failing {
                failing = true
                report(.writeFailed(destination, reason: String(cString: strerror(error))))
            }
        }
    }
}

/// What a log file tells the engine's log: writes started failing or resumed, a reopen failed.
enum LogFileEvent: Sendable {
    case writeFailed(AccessLogFile.Destination, reason: String)
    case writeResumed(AccessLogFile.Destination)
    case reopenFailed(AccessLogFile.Destination, reason: String)

    var destination: AccessLogFile.Destination {
        switch self {
        case .writeFailed(let destination, _), .writeResumed(let destination), .reopenFailed(let destination, _):
            return destination
        }
    }

    var level: LogLevel {
        switch self {
        case .writeResumed: return .info
        case .writeFailed, .reopenFailed: return .error
        }
    }

    var message: String {
        switch self {
        case .writeFailed(let destination, let reason):
            return "writing to '\(destination)' failed: \(reason); lines are dropped until a write succeeds "
                + "(filesystem.write_failed counts them)"
        case .writeResumed(let destination): return "writing to '\(destination)' works again"
        case .reopenFailed(_, let reason): return "reopen failed: \(reason)"
        }
    }
}

import Foundation
import NIOConcurrencyHelpers

/// Where engine log lines go: stderr, a file, or the dashboard's in-memory tail.
public protocol LogSink: Sendable {
    func write(_ line: String)
}

/// Writes to standard error (or another descriptor the process already has), one line at a time, at once, as
/// Envoy's stderr sink does. A failed write (a closed stderr) is ignored: a log line is not worth the process.
public final class FileLogSink: LogSink {
    private let descriptor: Int32
    private let lock = NIOLock()

    public init(descriptor: Int32 = STDERR_FILENO) {
        self.descriptor = descriptor
    }

    public func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        lock.withLock {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { return }
                    offset += written
                }
            }
        }
    }
}

/// `--log-path`: the engine's log through a buffered log file, like an access log (Envoy's `FileSinkDelegate`).
final class LogFileSink: LogSink {
    let file: AccessLogFile

    init(file: AccessLogFile) {
        self.file = file
    }

    func write(_ line: String) {
        file.write(line + "\n")
    }
}

/// The engine's log: Envoy's line shape `[2026-11-27 14:21:23.910][tid][info][main] [file:line] message`, with
/// each named logger's level read live from the registry that `/logging` changes.
public struct EngineLog: Sendable {
    public let registry: LoggerRegistry
    public let sink: LogSink

    public init(registry: LoggerRegistry, sink: LogSink) {
        self.registry = registry
        self.sink = sink
    }

    @inline(__always)
    public func isEnabled(_ level: LogLevel, _ logger: String) -> Bool {
        registry.isEnabled(level, for: logger)
    }

    public func log(
        _ level: LogLevel, _ logger: String, _ message: @autoclosure () -> String,
        file: String = #fileID, line: Int = #line
    ) {
        guard registry.isEnabled(level, for: logger) else { return }
        sink.write(Self.format(level: level, logger: logger, message: message(), file: file, line: line))
    }

    /// Read once: `getpid` is a system call, and a log line must not cost one.
    private static let processID = getpid()

    static func format(level: LogLevel, logger: String, message: String, file: String, line: Int) -> String {
        var now = timeval()
        gettimeofday(&now, nil)
        var seconds = time_t(now.tv_sec)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let stamp = String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(now.tv_usec / 1000))
        return "[\(stamp)][\(processID)][\(level)][\(logger)] [\(file):\(line)] \(message)"
    }
}

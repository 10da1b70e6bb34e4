import Foundation
import NIOConcurrencyHelpers

/// Where engine log lines go: stderr, a file, or the dashboard's in-memory tail.
public protocol LogSink: Sendable {
    func write(_ line: String)
}

/// Writes to standard error (or a file), one line at a time.
public final class FileLogSink: LogSink {
    private let handle: FileHandle
    private let lock = NIOLock()

    public init(handle: FileHandle = .standardError) {
        self.handle = handle
    }

    public convenience init?(path: String) {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        handle.seekToEndOfFile()
        self.init(handle: handle)
    }

    public func write(_ line: String) {
        lock.withLock { handle.write(Data((line + "\n").utf8)) }
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

    static func format(level: LogLevel, logger: String, message: String, file: String, line: Int) -> String {
        var now = timeval()
        gettimeofday(&now, nil)
        var seconds = time_t(now.tv_sec)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let stamp = String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(now.tv_usec / 1000))
        return "[\(stamp)][\(getpid())][\(level)][\(logger)] [\(file):\(line)] \(message)"
    }
}

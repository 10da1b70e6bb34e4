import Foundation
import NIOConcurrencyHelpers
import NuncioConfig

/// One access log sink: lines are appended under a lock and written by a timer once a second (Envoy's
/// `--file-flush-interval-msec` default), or at once past 64 KiB, so the event loops rarely touch the file.
final class AccessLogWriter: Sendable {
    private let formatter: AccessLogFormatter
    private let path: String?
    /// Swapped by `reopen` (log rotation), so behind a lock like the buffer.
    private let handle = NIOLockedValueBox<FileHandle?>(nil)
    private let buffer = NIOLockedValueBox<[UInt8]>([])
    /// Dispatch sources are thread-safe; Dispatch just does not say so to the compiler.
    nonisolated(unsafe) private let timer: DispatchSourceTimer

    init(config: AccessLog) {
        switch config.format {
        case .default: formatter = AccessLogFormatter(text: AccessLog.defaultFormat)
        case .text(let text): formatter = AccessLogFormatter(text: text)
        case .json(let fields): formatter = AccessLogFormatter(json: fields)
        }
        switch config.sink {
        case .file(let path):
            self.path = path
            handle.withLockedValue { $0 = Self.open(path) }
        case .stdout:
            path = nil
            handle.withLockedValue { $0 = .standardOutput }
        case .stderr:
            path = nil
            handle.withLockedValue { $0 = .standardError }
        }
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.flush() }
        timer.resume()
    }

    func log(_ entry: AccessLogEntry) {
        let line = formatter.format(entry)
        let large = buffer.withLockedValue { bytes in
            bytes.append(contentsOf: line.utf8)
            return bytes.count > 65_536
        }
        if large { flush() }
    }

    func flush() {
        let bytes = buffer.withLockedValue { bytes in
            defer { bytes.removeAll(keepingCapacity: true) }
            return bytes
        }
        guard !bytes.isEmpty else { return }
        handle.withLockedValue { $0?.write(Data(bytes)) }
    }

    private static func open(_ path: String) -> FileHandle? {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = FileHandle(forWritingAtPath: path)
        handle?.seekToEndOfFile()
        return handle
    }

    /// `/reopen_logs`: after a rotation, write to a new file at the same path.
    func reopen() {
        flush()
        guard let path else { return }
        handle.withLockedValue { current in
            try? current?.close()
            current = Self.open(path)
        }
    }

    func close() {
        timer.cancel()
        flush()
    }
}

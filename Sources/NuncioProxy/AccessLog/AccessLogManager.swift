import Foundation
import NIOConcurrencyHelpers
import NuncioStats

/// Envoy's `AccessLogManagerImpl`: every log file of one server (access logs and `--log-path`), one per
/// destination however many loggers name it, so `/reopen_logs` reopens them all and lines never interleave.
final class AccessLogManager: Sendable {
    private let stats: AccessLogFileStats
    private let flushInterval: TimeInterval
    private let files = NIOLockedValueBox<[AccessLogFile.Destination: AccessLogFile]>([:])
    /// Set once the engine log exists (it may itself be one of these files).
    private let reporter = NIOLockedValueBox<(@Sendable (LogFileEvent) -> Void)?>(nil)

    init(store: StatsStore, flushInterval: TimeInterval) {
        self.stats = AccessLogFileStats(store: store)
        self.flushInterval = flushInterval
    }

    func file(_ destination: AccessLogFile.Destination) -> AccessLogFile {
        let (stats, flushInterval, reporter) = (self.stats, self.flushInterval, self.reporter)
        return files.withLockedValue { files in
            if let existing = files[destination] { return existing }
            let created = AccessLogFile(destination: destination, stats: stats, flushInterval: flushInterval) {
                event in reporter.withLockedValue { $0 }?(event)
            }
            files[destination] = created
            return created
        }
    }

    func setReporter(_ report: @escaping @Sendable (LogFileEvent) -> Void) {
        reporter.withLockedValue { $0 = report }
    }

    private var all: [AccessLogFile] { files.withLockedValue { Array($0.values) } }

    /// The first file that could not be opened, as Envoy's startup error says it.
    var openError: String? { all.lazy.compactMap(\.openError).first }

    func reopen() { for file in all { file.reopen() } }

    func flush() { for file in all { file.flush() } }

    func close() { for file in all { file.close() } }
}

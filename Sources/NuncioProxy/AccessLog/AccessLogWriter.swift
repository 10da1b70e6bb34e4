import NuncioConfig

/// One access logger: formats each entry on the caller's event loop and hands the line to its file, which the
/// server's `AccessLogManager` writes off the event loops.
final class AccessLogWriter: Sendable {
    private let formatter: AccessLogFormatter
    private let file: AccessLogFile

    init(config: AccessLog, files: AccessLogManager) {
        formatter = AccessLogFormatter(format: config.format, omitEmptyValues: config.omitEmptyValues)
        switch config.sink {
        case .file(let path): file = files.file(.path(path))
        case .stdout: file = files.file(.stdout)
        case .stderr: file = files.file(.stderr)
        }
    }

    func log(_ entry: AccessLogEntry) {
        file.write(formatter.format(entry))
    }

    /// Writes what is buffered; the manager closes the file (other loggers may share it).
    func close() {
        file.flush()
    }
}

import Logging
import NIOConcurrencyHelpers

/// Where the libraries' swift-log output goes: empty until the executable has an engine, then its log.
public final class EngineLogTarget: Sendable {
    private let log = NIOLockedValueBox<EngineLog?>(nil)

    public init() {}

    public func set(_ engineLog: EngineLog?) {
        log.withLockedValue { $0 = engineLog }
    }

    var current: EngineLog? { log.withLockedValue { $0 } }
}

/// swift-log's handler for the libraries (SwiftNIO, AsyncHTTPClient): their lines reach the engine's sink, in
/// Envoy's shape, under the `misc` logger and at the level `/logging` and `-l` give it.
public struct EngineLogHandler: LogHandler {
    public static let loggerName = "misc"

    private let label: String
    private let target: EngineLogTarget
    public var metadata: Logger.Metadata = [:]

    public init(label: String, target: EngineLogTarget) {
        self.label = label
        self.target = target
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The `misc` logger's live level; a library's own setting is ignored, so `/logging` governs every library.
    public var logLevel: Logger.Level {
        get { target.current?.registry.level(of: Self.loggerName).swiftLogLevel ?? .critical }
        set {}
    }

    public func log(event: LogEvent) {
        let level = LogLevel(event.level)
        guard let log = target.current, log.isEnabled(level, Self.loggerName) else { return }
        var text = "\(label): \(event.message)"
        let fields = metadata.merging(event.metadata ?? [:]) { _, new in new }
        if !fields.isEmpty {
            text += " " + fields.keys.sorted().map { "\($0)=\(fields[$0]!)" }.joined(separator: " ")
        }
        log.log(level, Self.loggerName, text, file: event.file, line: Int(event.line))
    }
}

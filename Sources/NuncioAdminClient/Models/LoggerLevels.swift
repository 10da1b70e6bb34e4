/// The logger list that `POST /logging` prints: `active loggers:` then one `  name: level` line per logger.
/// Error answers (`error: unknown logger level`, usage lines) come before the list and are skipped.
public struct LoggerLevels: Sendable, Equatable {
    /// The levels Envoy accepts, loudest first.
    public static let levels = ["trace", "debug", "info", "warning", "error", "critical", "off"]

    public struct Logger: Sendable, Equatable {
        public var name: String
        public var level: String

        public init(name: String, level: String) {
            self.name = name
            self.level = level
        }
    }

    public var loggers: [Logger]

    public init(_ loggers: [Logger]) {
        self.loggers = loggers
    }

    public init(parsing text: String) {
        var parsed: [Logger] = []
        var inList = false
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("active loggers:") {
                inList = true
                continue
            }
            guard inList, line.first?.isWhitespace == true else { continue }
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            parsed.append(Logger(name: parts[0].trimmed, level: parts[1].trimmed))
        }
        self.init(parsed)
    }

    public var isEmpty: Bool { loggers.isEmpty }

    public func level(of logger: String) -> String? {
        loggers.first { $0.name == logger }?.level
    }

    /// The level most loggers share, for a header: `info`, or `info*` when some differ.
    public var summary: String {
        guard !loggers.isEmpty else { return "-" }
        var counts: [String: Int] = [:]
        for logger in loggers { counts[logger.level, default: 0] += 1 }
        let common = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
        return counts.count == 1 ? common : common + "*"
    }
}

extension Substring {
    fileprivate var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

import NuncioAdminClient

/// The `L` picker: first which logger (or all of them), then which level.
public struct LogLevelPicker: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        case logger
        /// `logger` nil means all loggers.
        case level(logger: String?)
    }

    public static let allLoggers = "(all loggers)"

    public var stage: Stage = .logger
    public var selection = 0
    /// Logger names as the server listed them; empty until `POST /logging` answered.
    public var loggerNames: [String]
    public var currentLevels: LoggerLevels?
    /// Typed while choosing the logger: only names containing it are listed.
    public var filter = ""

    public init(loggers: LoggerLevels?) {
        loggerNames = loggers?.loggers.map(\.name) ?? []
        currentLevels = loggers
    }

    /// The rows the picker shows at its current stage.
    public var options: [String] {
        switch stage {
        case .logger where filter.isEmpty: return [Self.allLoggers] + loggerNames
        case .logger: return loggerNames.filter { $0.localizedCaseInsensitiveContains(filter) }
        case .level: return LoggerLevels.levels
        }
    }
}

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

    public init(loggers: LoggerLevels?) {
        loggerNames = loggers?.loggers.map(\.name) ?? []
        currentLevels = loggers
    }

    /// The rows the picker shows at its current stage.
    public var options: [String] {
        switch stage {
        case .logger: return [Self.allLoggers] + loggerNames
        case .level: return LoggerLevels.levels
        }
    }
}

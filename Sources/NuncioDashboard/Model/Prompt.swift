import NuncioAdminClient

/// What the bottom line is asking for, when it is asking: a confirmation, the filter text, or a log level.
public enum Prompt: Sendable, Equatable {
    case confirm(Confirmation)
    /// Editing the `/` filter; `previous` comes back on Escape.
    case filter(text: String, previous: String)
    case logLevel(LogLevelPicker)
}

/// A y/n question before a destructive action. Extra choices (such as `g` for a graceful drain) map to their own
/// actions.
public struct Confirmation: Sendable, Equatable {
    public var question: String
    public var choices: [Character: AdminAction]

    public init(question: String, choices: [Character: AdminAction]) {
        self.question = question
        self.choices = choices
    }
}

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

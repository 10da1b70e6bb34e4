import Logging

/// Envoy's log levels, in Envoy's spelling; `warn` is accepted for `warning` as Envoy does.
public enum LogLevel: UInt8, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case trace, debug, info, warning, error, critical, off

    public init?(envoyName name: String) {
        switch name {
        case "trace": self = .trace
        case "debug": self = .debug
        case "info": self = .info
        case "warning", "warn": self = .warning
        case "error": self = .error
        case "critical": self = .critical
        case "off": self = .off
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .trace: return "trace"
        case .debug: return "debug"
        case .info: return "info"
        case .warning: return "warning"
        case .error: return "error"
        case .critical: return "critical"
        case .off: return "off"
        }
    }

    /// swift-log's level for a message logged at this level; `off` is never logged.
    public var swiftLogLevel: Logger.Level {
        switch self {
        case .trace: return .trace
        case .debug: return .debug
        case .info: return .info
        case .warning: return .warning
        case .error: return .error
        case .critical, .off: return .critical
        }
    }

    public init(_ level: Logger.Level) {
        switch level {
        case .trace: self = .trace
        case .debug: self = .debug
        case .info, .notice: self = .info
        case .warning: self = .warning
        case .error: self = .error
        case .critical: self = .critical
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

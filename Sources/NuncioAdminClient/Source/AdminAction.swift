/// A state-changing admin call. Each maps to one `POST` on Envoy's admin API, so an in-process source can route
/// `requestPath` to the same handler an HTTP listener would.
public enum AdminAction: Sendable, Equatable {
    case healthcheckFail
    case healthcheckOk
    /// `logger` nil sets every logger.
    case setLogLevel(String, logger: String?)
    case resetCounters
    case drainListeners(graceful: Bool)
    case quit
    /// Another POST-only endpoint of the server, such as the demo's `/demo/scale?service1=2`.
    case custom(path: String, summary: String)

    /// The path and query to `POST`.
    public var requestPath: String {
        switch self {
        case .healthcheckFail: return "/healthcheck/fail"
        case .healthcheckOk: return "/healthcheck/ok"
        case .setLogLevel(let level, let logger?): return "/logging?\(logger)=\(level)"
        case .setLogLevel(let level, nil): return "/logging?level=\(level)"
        case .resetCounters: return "/reset_counters"
        case .drainListeners(let graceful): return graceful ? "/drain_listeners?graceful" : "/drain_listeners"
        case .quit: return "/quitquitquit"
        case .custom(let path, _): return path
        }
    }

    /// A short phrase for the events list: `health check fail`, `log level debug (upstream)`.
    public var summary: String {
        switch self {
        case .healthcheckFail: return "health check fail"
        case .healthcheckOk: return "health check ok"
        case .setLogLevel(let level, let logger?): return "log level \(level) (\(logger))"
        case .setLogLevel(let level, nil): return "log level \(level) (all loggers)"
        case .resetCounters: return "reset counters"
        case .drainListeners(let graceful): return graceful ? "drain listeners (graceful)" : "drain listeners"
        case .quit: return "quit server"
        case .custom(_, let summary): return summary
        }
    }
}

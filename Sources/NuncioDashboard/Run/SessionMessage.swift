import NuncioAdminClient

/// What background work hands back to the UI thread: poll results and action outcomes.
public enum SessionMessage: Sendable, Equatable {
    case snapshot(AdminSnapshot)
    case pollFailed(reason: String, retryIn: Double)
    case actionSucceeded(AdminAction, answer: String)
    case actionFailed(AdminAction, reason: String)
    case loggers(LoggerLevels)
    case loggersFailed(reason: String)
}

extension DashboardModel {
    public mutating func receive(_ message: SessionMessage) {
        switch message {
        case .snapshot(let snapshot):
            // Paused means the screen holds still, even if a poll was already on its way.
            if !paused { apply(snapshot) }
        case .pollFailed(let reason, let retryIn): applyFailure(reason, retryIn: retryIn)
        case .actionSucceeded(let action, let answer): recordResult(of: action, answer: answer)
        case .actionFailed(let action, let reason): record("\(action.summary) failed: \(reason)", isError: true)
        case .loggers(let loggers): apply(loggers: loggers)
        case .loggersFailed(let reason): record("reading log levels failed: \(reason)", isError: true)
        }
    }
}

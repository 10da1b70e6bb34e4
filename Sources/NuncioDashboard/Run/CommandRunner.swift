import NuncioAdminClient

/// Carries out the commands that need the admin source, off the UI thread, and reports back as messages.
/// Async and free of timing, so tests await it directly with a fake source.
public enum CommandRunner {
    public static func run(_ command: DashboardCommand, on source: any AdminSource) async -> [SessionMessage] {
        switch command {
        case .perform(let action):
            do {
                let answer = try await source.perform(action)
                var messages: [SessionMessage] = [.actionSucceeded(action, answer: answer)]
                // `POST /logging` answers with the logger list as it is now: no second request (and no race).
                if case .setLogLevel = action {
                    let loggers = LoggerLevels(parsing: answer)
                    if !loggers.isEmpty { messages.append(.loggers(loggers)) }
                }
                return messages
            } catch {
                return [.actionFailed(action, reason: "\(error)")]
            }
        case .fetchLoggers:
            do {
                return [.loggers(try await source.loggers())]
            } catch {
                return [.loggersFailed(reason: "\(error)")]
            }
        case .refreshNow, .quit:
            return []
        }
    }
}

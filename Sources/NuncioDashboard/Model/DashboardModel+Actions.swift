import NuncioAdminClient

extension DashboardModel {
    /// Notes an action about to run, so the events line shows it even if the answer is slow.
    public mutating func recordStart(of action: AdminAction) {
        record("\(action.summary)...")
    }

    /// The answer to an action: `reset counters: OK`, or the error in red.
    public mutating func recordResult(of action: AdminAction, answer: String) {
        let firstLine = answer.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        // `POST /logging` answers with the whole logger list; the summary says it better.
        if case .setLogLevel = action { record("\(action.summary): OK") } else {
            record("\(action.summary): \(firstLine.isEmpty ? "OK" : firstLine)")
        }
    }

    public mutating func recordFailure(of action: AdminAction, error: any Error) {
        record("\(action.summary) failed: \(error)", isError: true)
    }

    public mutating func apply(loggers: LoggerLevels) {
        self.loggers = loggers
        if case .logLevel(var picker) = prompt, picker.loggerNames.isEmpty {
            picker.loggerNames = loggers.loggers.map(\.name)
            picker.currentLevels = loggers
            prompt = .logLevel(picker)
        } else if case .logLevel(var picker) = prompt {
            picker.currentLevels = loggers
            prompt = .logLevel(picker)
        }
    }
}

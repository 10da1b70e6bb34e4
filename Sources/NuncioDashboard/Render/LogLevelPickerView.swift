import NuncioAdminClient

/// `L`: a list of loggers (with their current level), then a list of levels.
enum LogLevelPickerView {
    static func draw(_ picker: LogLevelPicker, on canvas: Canvas) {
        let options = picker.options
        let box = OverlayBox(height: max(options.count, 1) + 2, width: 44, on: canvas)
        let title: String
        switch picker.stage {
        case .logger where !picker.filter.isEmpty: title = "Log level for /\(picker.filter)/ (\(options.count))"
        case .logger: title = picker.loggerNames.isEmpty ? "Log level for (loading loggers...)" : "Log level for"
        case .level(let logger): title = "Level for \(logger ?? "all loggers")"
        }
        box.drawFrame(title: title, on: canvas)
        let first = max(0, min(picker.selection - box.innerHeight + 1, options.count - box.innerHeight))
        for line in 0..<min(box.innerHeight, options.count - first) {
            let index = first + line
            var text = options[index]
            let all = text == LogLevelPicker.allLoggers
            if case .logger = picker.stage, !all, let level = picker.currentLevels?.level(of: text) {
                text = text.fitted(to: 28) + level
            } else if case .logger = picker.stage, all, let summary = picker.currentLevels?.summary {
                text = text.fitted(to: 28) + summary
            }
            box.text(text, line: line, style: index == picker.selection ? .reverse : .plain, on: canvas)
        }
    }
}

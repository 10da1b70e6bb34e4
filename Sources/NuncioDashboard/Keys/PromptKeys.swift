import NuncioAdminClient

/// Keys while the bottom line asks something: a y/n confirmation, the `/` filter being typed, the `L` picker.
extension KeyHandler {
    static func handlePrompt(_ prompt: Prompt, key: Key, model: inout DashboardModel) -> [DashboardCommand] {
        switch prompt {
        case .confirm(let confirmation):
            model.prompt = nil
            // Caps Lock must not turn a yes into a cancel.
            if case .character(let answer) = key, let action = confirmation.choices[Character(answer.lowercased())] {
                return [.perform(action), .refreshNow]
            }
            if case .character(let answer) = key, let quitKey = confirmation.quitKey,
                Character(answer.lowercased()) == quitKey
            {
                return [.quit]
            }
            model.record("cancelled")
            return []
        case .filter(let text, let previous):
            return editFilter(text: text, previous: previous, key: key, model: &model)
        case .logLevel(let picker):
            return pickLogLevel(picker, key: key, model: &model)
        case .command(let state):
            return editCommandLine(state, key: key, model: &model)
        }
    }

    /// The filter applies as it is typed; Enter keeps it, Escape restores the one before.
    static func editFilter(
        text: String, previous: String, key: Key, model: inout DashboardModel
    ) -> [DashboardCommand] {
        var text = text
        switch key {
        case .enter:
            model.prompt = nil
            return []
        case .escape:
            model.setFilter(previous, on: model.screen)
            model.prompt = nil
            return []
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .character(let character): text.append(character)
        default: return []
        }
        model.setFilter(text, on: model.screen)
        model.prompt = .filter(text: text, previous: previous)
        return []
    }

    static func pickLogLevel(_ picker: LogLevelPicker, key: Key, model: inout DashboardModel) -> [DashboardCommand] {
        var picker = picker
        // Keep the list current if the logger names arrived after the picker opened.
        if picker.loggerNames.isEmpty, let loggers = model.loggers {
            picker = LogLevelPicker(loggers: loggers)
        }
        let count = picker.options.count
        // Choosing the logger, letters filter the list; j, k, g, G and q keep their meaning until one is typed.
        let typing = picker.stage == .logger && !picker.filter.isEmpty
        switch key {
        case .escape where typing, .backspace where typing:
            if key == .escape { picker.filter = "" } else { picker.filter.removeLast() }
            picker.selection = 0
        case .escape, .character("q") where !typing:
            model.prompt = nil
            return []
        case .down, .character("j") where !typing: picker.selection = min(picker.selection + 1, count - 1)
        case .up, .character("k") where !typing: picker.selection = max(picker.selection - 1, 0)
        case .pageDown: picker.selection = min(picker.selection + 10, count - 1)
        case .pageUp: picker.selection = max(picker.selection - 10, 0)
        case .home, .character("g") where !typing: picker.selection = 0
        case .end, .character("G") where !typing: picker.selection = count - 1
        case .character(let letter) where picker.stage == .logger && letter != " ":
            picker.filter.append(letter)
            picker.selection = 0
        case .enter where count > 0:
            let choice = picker.options[min(picker.selection, count - 1)]
            switch picker.stage {
            case .logger:
                picker.filter = ""
                let logger = choice == LogLevelPicker.allLoggers ? nil : choice
                let current = logger.flatMap { model.loggers?.level(of: $0) } ?? model.loggers?.summary
                picker.stage = .level(logger: logger)
                picker.selection = LoggerLevels.levels.firstIndex { current?.hasPrefix($0) == true } ?? 2
            case .level(let logger):
                model.prompt = nil
                return [.perform(.setLogLevel(choice, logger: logger))]
            }
        default: break
        }
        picker.selection = max(0, min(picker.selection, picker.options.count - 1))
        model.prompt = .logLevel(picker)
        return []
    }
}

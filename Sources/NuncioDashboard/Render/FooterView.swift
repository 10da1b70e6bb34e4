/// The last two rows: the newest event (action and result), then the prompt or the key hints.
enum FooterView {
    static func draw(_ model: DashboardModel, on canvas: Canvas) {
        let eventRow = canvas.rows - 2, hintRow = canvas.rows - 1
        if let notice = model.notice {
            canvas.text(" \(notice)", row: eventRow, column: 0, style: TextStyle(color: .yellow, bold: true))
        } else if let event = model.events.last {
            let style = event.isError ? TextStyle(color: .red) : TextStyle.dim
            canvas.text(" \(event.clockText) \(event.text)", row: eventRow, column: 0, style: style)
        } else {
            canvas.text(" no actions yet", row: eventRow, column: 0, style: .dim)
        }
        switch model.prompt {
        case .confirm(let confirmation):
            let style = TextStyle(color: .yellow, bold: true, reverse: true)
            canvas.line(" \(confirmation.question) ", row: hintRow, style: style)
        case .filter(let text, _):
            canvas.line(" /\(text)_   Enter keep  Esc cancel  !prefix inverts", row: hintRow, style: .bold)
        case .logLevel(let picker):
            let typed = picker.filter.isEmpty ? "type to filter" : "filter \(picker.filter)_"
            canvas.line(" \(typed)  arrows choose  Enter select  Esc cancel", row: hintRow, style: .reverse)
        case .command(let state):
            CommandLineView.draw(state, on: canvas, row: hintRow)
        case nil:
            drawHints(model, on: canvas, row: hintRow)
        }
    }

    static func hints(_ model: DashboardModel) -> [(key: String, label: String)] {
        var hints: [(key: String, label: String)] = [("?", "help"), ("q", "quit"), ("Tab", "screen")]
        switch model.screen {
        case .clusters: hints += [("Enter", "hosts"), ("i", "detail"), ("y", "config")]
        case .routes: hints += [("Enter", "hosts"), ("/", "filter")]
        case .listeners: hints += [("Enter", "stats"), ("/", "filter")]
        case .hosts: hints += [("Enter", "detail"), ("w", "window"), ("m", "mark")]
        case .stats: hints += [("/", "filter"), ("u", "used"), ("c", "chart")]
        case .log: hints += [("/", "filter"), ("W", "wrap"), ("F", "follow")]
        default: hints.append(("/", "filter"))
        }
        hints += [(":", "cmd"), ("s/S", "sort"), ("p", model.paused ? "resume" : "pause"), ("[ ]", "interval")]
        if !model.readOnly {
            hints += [
                ("H", model.healthCheckFailing ? "hc ok" : "hc fail"), ("L", "log level"), ("R", "reset"),
                ("D", "drain"), ("Q", "quit server"),
            ]
        }
        return hints
    }

    /// Shorter labels for a narrow terminal, so 80 columns keep every hint rather than losing the last ones.
    static let shortLabels = [
        "screen": "scr", "detail": "open", "window": "win", "interval": "rate", "pause": "pause", "resume": "run",
        "hc fail": "hc", "hc ok": "hc", "log level": "log", "reset": "reset", "drain": "drain",
        "quit server": "stop", "filter": "find", "hosts": "hosts", "used": "used",
    ]

    static func drawHints(_ model: DashboardModel, on canvas: Canvas, row: Int) {
        var column = 0
        var hints = hints(model)
        func width(_ list: [(key: String, label: String)]) -> Int {
            list.reduce(0) { $0 + $1.key.count + $1.label.count + 2 }
        }
        if width(hints) > canvas.columns { hints = hints.map { ($0.key, shortLabels[$0.label] ?? $0.label) } }
        // Still too wide: the keys everyone knows from other tools go first; help and the actions stay.
        for dispensable in ["s/S", "[ ]", "p", "Tab", "/", "u"] where width(hints) > canvas.columns {
            hints.removeAll { $0.key == dispensable }
        }
        for hint in hints {
            let width = hint.key.count + hint.label.count + 2
            guard column + width <= canvas.columns else { break }
            canvas.text(hint.key, row: row, column: column, style: TextStyle(color: .cyan, bold: true))
            canvas.text(hint.label, row: row, column: column + hint.key.count + 1)
            column += width
        }
    }
}

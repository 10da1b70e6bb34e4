/// The last two rows: the newest event (action and result), then the prompt or the key hints.
enum FooterView {
    static func draw(_ model: DashboardModel, on canvas: Canvas) {
        let eventRow = canvas.rows - 2, hintRow = canvas.rows - 1
        if let event = model.events.last {
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
        case .listeners, .hosts: hints += [("Enter", "stats"), ("/", "filter")]
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

    static func drawHints(_ model: DashboardModel, on canvas: Canvas, row: Int) {
        var column = 0
        for hint in hints(model) {
            let width = hint.key.count + hint.label.count + 2
            guard column + width <= canvas.columns else { break }
            canvas.text(hint.key, row: row, column: column, style: TextStyle(color: .cyan, bold: true))
            canvas.text(hint.label, row: row, column: column + hint.key.count + 1)
            column += width
        }
    }
}

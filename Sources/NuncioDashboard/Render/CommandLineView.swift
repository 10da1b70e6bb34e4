/// The `:` line in the footer, and above it what Tab offered or, before anything is typed, the commands.
enum CommandLineView {
    static func draw(_ state: CommandLineState, on canvas: Canvas, row: Int) {
        let hint = "   Tab complete  Up/Down history  Enter run  Esc cancel"
        let line = ":\(state.text)_"
        canvas.line(" " + line + (line.count + hint.count < canvas.columns ? hint : ""), row: row, style: .bold)
    }

    /// A box of candidates (or every command with its usage) just above the footer.
    static func drawCompletions(_ state: CommandLineState, model: DashboardModel, on canvas: Canvas) {
        let entries: [String]
        if !state.completions.isEmpty {
            entries = state.completions
        } else if state.text.isEmpty {
            entries = CommandLineCommands.all.map { ":" + $0.usage.fitted(to: 28) + $0.help }
        } else {
            return
        }
        let areaTop = DashboardRenderer.rowsAbove
        let room = canvas.rows - DashboardRenderer.rowsBelow - areaTop
        let shown = Array(entries.prefix(max(1, room - 2)))
        let width = min(canvas.columns, max(30, (shown.map(\.count).max() ?? 0) + 4))
        let top = canvas.rows - DashboardRenderer.rowsBelow - shown.count - 2
        let rule = String(canvas.glyphs.horizontalRule), side = String(canvas.glyphs.verticalRule)
        let more = entries.count > shown.count ? " +\(entries.count - shown.count) more " : ""
        let title = state.completions.isEmpty ? " commands " : " \(entries.count) matches\(more)"
        canvas.text((rule + title + String(repeating: rule, count: max(0, width - title.count - 1))).fitted(to: width),
                    row: top, column: 0, style: TextStyle(color: .cyan, bold: true))
        for (index, entry) in shown.enumerated() {
            canvas.text(side + " " + entry.fitted(to: width - 4) + " " + side, row: top + 1 + index, column: 0,
                        style: TextStyle(color: .cyan))
        }
        canvas.text(String(repeating: rule, count: width), row: top + shown.count + 1, column: 0,
                    style: TextStyle(color: .cyan))
    }
}

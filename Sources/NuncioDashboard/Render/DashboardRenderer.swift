/// Draws a model into a terminal: header, screen tabs, context line, the screen's table, events line, key hints.
/// Pure apart from the terminal: the same model always draws the same frame.
public enum DashboardRenderer {
    /// Lines above the table (header, tabs, context, column titles) and below it (events, hints).
    static let rowsAbove = 4
    static let rowsBelow = 2
    static let minimumSize = TerminalSize(rows: 10, columns: 40)

    /// How many table rows fit, which is also the PgUp/PgDn step.
    public static func pageSize(for size: TerminalSize) -> Int {
        max(1, size.rows - rowsAbove - rowsBelow)
    }

    public static func render(_ model: DashboardModel, into terminal: any Terminal) {
        terminal.erase()
        let canvas = Canvas(terminal)
        if canvas.rows < minimumSize.rows || canvas.columns < minimumSize.columns {
            canvas.text("terminal too small: \(canvas.columns)x\(canvas.rows)", row: 0, column: 0, style: .bold)
            canvas.text("need \(minimumSize.columns)x\(minimumSize.rows)", row: 1, column: 0)
            terminal.refresh()
            return
        }
        HeaderView.draw(model, on: canvas)
        let table = model.arrangedTable(on: model.screen)
        ContextLineView.draw(model, table: table, on: canvas)
        let panel = ScreenPanels.height(model, on: canvas)
        if model.screen == .hosts {
            HostsBoardView.draw(model, table: table, on: canvas)
        } else if model.screen == .log && model.investigation.logWrap {
            WrappedLogView.draw(table, model: model, on: canvas)
        } else {
            TableView.draw(table, model: model, on: canvas, rows: pageSize(for: terminal.size) - panel)
        }
        ScreenPanels.draw(model, height: panel, on: canvas)
        ScreenPanels.drawOverlays(model, on: canvas)
        if model.showingHelp {
            HelpView.draw(model, on: canvas)
        } else if case .logLevel(let picker) = model.prompt {
            LogLevelPickerView.draw(picker, on: canvas)
        } else if model.hostDetail != nil {
            HostDetailView.draw(model, on: canvas)
        }
        FooterView.draw(model, on: canvas)
        terminal.refresh()
    }
}

/// The free-function spelling of `DashboardRenderer.render`.
public func render(_ model: DashboardModel, into terminal: any Terminal) {
    DashboardRenderer.render(model, into: terminal)
}

/// Row 0: who we are watching and its state. Row 1: the screen tabs, and PAUSED when paused.
enum HeaderView {
    static func draw(_ model: DashboardModel, on canvas: Canvas) {
        canvas.line("", row: 0, style: .reverse)
        var column = 0
        for (text, style) in items(model) {
            guard column + text.count <= canvas.columns else { break }
            canvas.text(text, row: 0, column: column, style: style)
            column += text.count + 2
        }
        drawTabs(model, on: canvas)
    }

    /// Header items, most important first; what does not fit on the line is left out.
    static func items(_ model: DashboardModel) -> [(String, TextStyle)] {
        let bar = TextStyle.reverse
        guard let snapshot = model.latest else {
            return [(" Nuncio ", bar.withBold), ("connecting to \(model.adminAddress)", bar)]
        }
        let info = snapshot.serverInfo
        let product = info.node?.userAgentName ?? "envoy"
        let name = info.commandLineOptions?.serviceCluster.flatMap { $0.isEmpty ? nil : $0 }
            ?? info.node?.cluster.flatMap { $0.isEmpty ? nil : $0 } ?? info.node?.id ?? "-"
        var state = info.state
        var stateStyle: TextStyle =
            info.state == "LIVE" ? TextStyle(color: .green, bold: true) : TextStyle(color: .yellow, bold: true)
        // The last known state is stale once the admin port stops answering.
        if case .disconnected = model.connection {
            state = "UNREACHABLE"
            stateStyle = TextStyle(color: .red, bold: true)
        } else if model.isOverdue {
            // The poll has not answered for 1.5 intervals: say so before it times out.
            state = "NO ANSWER"
            stateStyle = TextStyle(color: .red, bold: true)
        }
        let healthCheck = model.healthCheckFailing ? "hc FAILING" : "hc ok"
        var items: [(String, TextStyle)] = [
            (" \(name) ", bar.withBold),
            ("\(product) \(info.releaseVersion)", bar),
            (" \(state) ", stateStyle),
            (healthCheck, model.healthCheckFailing ? TextStyle(color: .yellow, bold: true) : bar),
            ("log \(model.loggers?.summary ?? info.commandLineOptions?.logLevel ?? "-")", bar),
            (model.adminAddress, bar),
            ("every \(Format.interval(model.refreshInterval))", bar),
            ("up \(Format.uptime(info.uptimeSeconds))", bar),
        ]
        items.insert(("window \(model.window.title)", bar), at: 4)
        if let age = model.dataAge, model.isStale || model.paused {
            items.insert(("data \(Format.uptime(Int(age))) old", TextStyle(color: .yellow, bold: true)), at: 3)
        }
        if model.readOnly { items.insert(("read-only", bar.withBold), at: 4) }
        return items
    }

    static func drawTabs(_ model: DashboardModel, on canvas: Canvas) {
        var column = 0
        for screen in DashboardScreen.allCases {
            let text = " \(screen.rawValue) \(screen.title) "
            let style = screen == model.screen ? TextStyle(color: .cyan, bold: true, reverse: true) : TextStyle.plain
            canvas.text(text, row: 1, column: column, style: style)
            column += text.count
        }
        if model.paused {
            let text = " PAUSED "
            let style = TextStyle(color: .yellow, bold: true, reverse: true)
            canvas.text(text, row: 1, column: canvas.columns - text.count, style: style)
        }
    }
}

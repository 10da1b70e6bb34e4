/// The Hosts screen: a time chart of the cluster's attempts/s (errors overlaid, the selected host as dots) and a
/// transitions pane above the hosts table; side by side when the terminal is wide, stacked when it is narrow,
/// left out when it is short. What the table does not get goes to the panels, so 160x48 and 200x60 fill.
enum HostsBoardView {
    struct Layout: Equatable {
        var chartRows: Int
        /// Transitions below the chart (narrow) or beside it (wide); 0 when left out.
        var transitionRows: Int
        var transitionsBeside: Bool
        var tableTop: Int
        var tableRows: Int
    }

    /// - Parameter hosts: the table's rows; the chart takes what they leave, up to three fifths of the area.
    static func layout(rows: Int, columns: Int, hosts: Int = 0) -> Layout {
        let top = DashboardRenderer.rowsAbove - 1
        let area = rows - top - DashboardRenderer.rowsBelow
        // Short terminals keep the table whole: the hosts are the essential part.
        guard area >= 16 else {
            return Layout(chartRows: 0, transitionRows: 0, transitionsBeside: false, tableTop: top, tableRows: area - 1)
        }
        let chart = max(6, min(area * 3 / 5, max(area * 2 / 5, area - hosts - 5)))
        let beside = columns >= 120
        let transitions = beside ? chart : (area >= 19 ? 3 : 0)
        let used = chart + (beside ? 0 : transitions)
        return Layout(
            chartRows: chart, transitionRows: transitions, transitionsBeside: beside, tableTop: top + used,
            tableRows: area - used - 1)
    }

    static func draw(_ model: DashboardModel, table: Table, on canvas: Canvas) {
        let layout = layout(rows: canvas.rows, columns: canvas.columns, hosts: table.rows.count)
        let top = DashboardRenderer.rowsAbove - 1
        if layout.chartRows > 0, let cluster = HostsTable.selectedCluster(model) {
            let chartWidth = layout.transitionsBeside ? canvas.columns * 3 / 5 : canvas.columns
            let host = model.selectedRowKey(on: .hosts)
            drawLegend(model, cluster: cluster.name, host: host, row: top, width: chartWidth, on: canvas)
            let points = model.ratePoints(forCluster: cluster.name)
            let chart = TimeChart(
                cluster: points, host: host.map { model.ratePoints(forCluster: cluster.name, host: $0) } ?? [],
                now: points.last?.time ?? 0)
            chart.draw(top: top + 1, left: 0, height: layout.chartRows - 1, width: chartWidth - 1, on: canvas)
            if layout.transitionsBeside {
                TransitionsPane.draw(
                    model, cluster: cluster.name, top: top, left: chartWidth, height: layout.transitionRows,
                    width: canvas.columns - chartWidth, on: canvas)
            } else if layout.transitionRows > 0 {
                TransitionsPane.draw(
                    model, cluster: cluster.name, top: top + layout.chartRows, left: 0, height: layout.transitionRows,
                    width: canvas.columns, on: canvas)
            }
        }
        TableView.draw(table, model: model, on: canvas, titleRow: layout.tableTop, rows: layout.tableRows)
    }

    /// `attempts/s ▇ service1  █ errors  ● 127.0.0.11:80` in the series' colours.
    static func drawLegend(
        _ model: DashboardModel, cluster: String, host: String?, row: Int, width: Int, on canvas: Canvas
    ) {
        let glyphs = canvas.glyphs
        let block = String(glyphs.sparkLevels[glyphs.sparkLevels.count - 1])
        var items: [(String, TextStyle)] = [
            (" attempts/s  ", .bold), (block + " " + cluster + "  ", TextStyle(color: .blue)),
            (block + " errors  ", TextStyle(color: .red, bold: true)),
        ]
        if let host { items.append((String(TimeChart.dot(glyphs)) + " " + host, TextStyle(color: .yellow))) }
        var column = 0
        for (text, style) in items where column < width {
            canvas.text(text, row: row, column: column, width: width - column, style: style)
            column += text.count
        }
    }
}

/// Hosts added and removed, health-flag changes, outlier ejections and blocked ejections of one cluster, newest
/// first, each with its time.
enum TransitionsPane {
    static func draw(
        _ model: DashboardModel, cluster: String, top: Int, left: Int, height: Int, width: Int, on canvas: Canvas
    ) {
        guard height >= 2, width >= 20 else { return }
        let title = " Transitions "
        canvas.text(title, row: top, column: left, style: .bold)
        let lines = model.transitions.filter { $0.cluster == cluster }.reversed()
        if lines.isEmpty {
            canvas.text(" none since the dashboard started", row: top + 1, column: left, width: width, style: .dim)
            return
        }
        for (index, transition) in lines.prefix(height - 1).enumerated() {
            let clock = DashboardEvent(time: transition.time, text: "").clockText
            let style: TextStyle =
                transition.isBad
                ? TextStyle(color: .red) : (transition.kind == .health ? .plain : TextStyle(color: .green))
            canvas.text(" \(clock) \(transition.text)", row: top + 1 + index, column: left, width: width - 1,
                        style: style)
        }
    }
}

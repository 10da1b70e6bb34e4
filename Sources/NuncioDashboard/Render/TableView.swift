/// The screen's table: a reverse-video title row with the sort column marked, then the rows, the selected one
/// highlighted and kept in view.
enum TableView {
    /// - Parameters: titleRow, rows: where the table goes and how many rows it may use below its titles (the
    ///   whole area between the context line and the footer unless a screen puts panels around it).
    static func draw(
        _ table: Table, model: DashboardModel, on canvas: Canvas, titleRow: Int = DashboardRenderer.rowsAbove - 1,
        rows: Int? = nil
    ) {
        let layout = TableLayout(columns: table.columns, width: canvas.columns, contentWidths: table.contentWidths)
        let offsets = layout.offsets
        let sort = model.sort(on: model.screen)
        canvas.line("", row: titleRow, style: .reverse)
        for (position, index) in layout.visibleColumns.enumerated() {
            let column = table.columns[index]
            var title = canvas.glyphs == .ascii ? column.asciiTitle ?? column.title : column.title
            if index == sort.column && column.sortable {
                title += String(sort.descending ? canvas.glyphs.descending : canvas.glyphs.ascending)
            }
            let style = index == sort.column && column.sortable ? TextStyle(bold: true, reverse: true) : .reverse
            canvas.text(
                title.fitted(to: layout.widths[position], alignRight: column.alignRight), row: titleRow,
                column: offsets[position], style: style)
        }
        let page = max(1, rows ?? DashboardRenderer.pageSize(for: canvas.terminal.size))
        let selected = model.selection(on: model.screen)
        let first = max(0, min(selected - page + 1, table.rows.count - page))
        for (line, rowIndex) in (first..<min(first + page, table.rows.count)).enumerated() {
            let row = table.rows[rowIndex]
            let screenRow = titleRow + 1 + line
            let isSelected = rowIndex == selected
            if isSelected { canvas.line("", row: screenRow, style: .reverse) }
            for (position, index) in layout.visibleColumns.enumerated() where index < row.cells.count {
                drawCell(
                    row.cells[index], column: table.columns[index], width: layout.widths[position],
                    at: (screenRow, offsets[position]), selected: isSelected, dimmed: model.isStale, on: canvas)
            }
        }
        if table.rows.isEmpty && model.latest != nil {
            canvas.text("  (nothing to show)", row: titleRow + 1, column: 0, style: .dim)
        }
    }

    static func drawCell(
        _ cell: TableCell, column: TableColumn, width: Int, at position: (row: Int, column: Int), selected: Bool,
        dimmed: Bool = false, on canvas: Canvas
    ) {
        var style = cell.style
        // Data older than two intervals is drawn dim: it may no longer be true.
        if dimmed { style.dim = true }
        // Bars and sparklines keep their look on the selected row: reversed, a share bar would read inverted.
        if selected { style.reverse = true }
        if selected, case .text = cell.content {} else if selected { style.reverse = false }
        switch cell.content {
        case .text(var text):
            let marker = cell.change != 0 ? 1 : 0
            if text.count + marker > width, let short = cell.shortText { text = short }
            if cell.cutInMiddle { text = text.cutInMiddle(to: width - marker, ellipsis: canvas.glyphs.ellipsis) }
            if cell.change != 0 {
                text += String(cell.change > 0 ? canvas.glyphs.increased : canvas.glyphs.decreased)
                style.bold = true
            }
            canvas.text(
                text.fitted(to: width, alignRight: column.alignRight), row: position.row, column: position.column,
                style: style)
        case .bar(let fraction, let label):
            let labelText = label.fitted(to: 5, alignRight: true)
            let barWidth = max(0, width - labelText.count - 1)
            canvas.text(canvas.glyphs.bar(fraction: fraction, width: barWidth), row: position.row,
                        column: position.column, style: style)
            var labelStyle = TextStyle.plain
            labelStyle.reverse = selected
            canvas.text(" ", row: position.row, column: position.column + barWidth, style: labelStyle)
            canvas.text(labelText, row: position.row, column: position.column + barWidth + 1, style: labelStyle)
        case .sparkline(let values):
            canvas.text(canvas.glyphs.sparkline(values, width: width), row: position.row, column: position.column,
                        style: style)
        }
    }
}

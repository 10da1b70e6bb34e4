/// A framed panel drawn over the table, for help and pickers. The frame uses the terminal's glyphs, so it falls
/// back to `-` and `|` without UTF-8.
struct OverlayBox {
    let top: Int
    let left: Int
    let height: Int
    let width: Int

    /// Centred in the table area, as large as asked for but no larger than it.
    init(height wanted: Int, width wantedWidth: Int, on canvas: Canvas) {
        let areaTop = DashboardRenderer.rowsAbove - 1
        let areaHeight = canvas.rows - areaTop - DashboardRenderer.rowsBelow
        height = min(wanted, areaHeight)
        width = min(wantedWidth, canvas.columns - 2)
        top = areaTop + max(0, (areaHeight - height) / 2)
        left = max(0, (canvas.columns - width) / 2)
    }

    /// Rows inside the frame and title.
    var innerHeight: Int { max(0, height - 2) }

    func drawFrame(title: String, on canvas: Canvas) {
        let rule = String(canvas.glyphs.horizontalRule), side = String(canvas.glyphs.verticalRule)
        let titleText = " \(title) "
        canvas.text(
            (rule + titleText + String(repeating: rule, count: max(0, width - titleText.count - 1))).fitted(to: width),
            row: top, column: left, style: TextStyle(color: .cyan, bold: true))
        for row in (top + 1)..<(top + height - 1) {
            canvas.text(side + String(repeating: " ", count: max(0, width - 2)) + side, row: row, column: left,
                        style: TextStyle(color: .cyan))
        }
        canvas.text(String(repeating: rule, count: width), row: top + height - 1, column: left,
                    style: TextStyle(color: .cyan))
    }

    /// Text on the `index`th inner line.
    func text(_ text: String, line index: Int, style: TextStyle = .plain, on canvas: Canvas) {
        guard index >= 0, index < innerHeight else { return }
        canvas.text(text.fitted(to: width - 4), row: top + 1 + index, column: left + 2, style: style)
    }
}

/// A framed panel drawn over the table, for help and pickers. The frame uses the terminal's glyphs, so it falls
/// back to `-` and `|` without UTF-8.
struct OverlayBox {
    let top: Int
    let left: Int
    let height: Int
    let width: Int

    /// Centred in the table area (from the tabs down when `tall`), as large as asked for but no larger than it.
    init(height wanted: Int, width wantedWidth: Int, tall: Bool = false, on canvas: Canvas) {
        let areaTop = tall ? 1 : DashboardRenderer.rowsAbove - 1
        let areaHeight = canvas.rows - areaTop - DashboardRenderer.rowsBelow
        height = min(wanted, areaHeight)
        width = min(wantedWidth, canvas.columns - 2)
        top = areaTop + max(0, (areaHeight - height) / 2)
        left = max(0, (canvas.columns - width) / 2)
    }

    /// Rows inside the frame and title.
    var innerHeight: Int { max(0, height - 2) }

    func drawFrame(title: String, on canvas: Canvas) {
        guard width >= 4, height >= 2 else { return }
        let rule = String(canvas.glyphs.horizontalRule), side = String(canvas.glyphs.verticalRule)
        let corners = Self.corners(canvas.glyphs)
        let titleText = String(" \(title) ".prefix(width - 3))
        canvas.text(
            corners.topLeft + rule + titleText + String(repeating: rule, count: max(0, width - titleText.count - 3))
                + corners.topRight, row: top, column: left, style: TextStyle(color: .cyan, bold: true))
        for row in (top + 1)..<(top + height - 1) {
            canvas.text(side + String(repeating: " ", count: max(0, width - 2)) + side, row: row, column: left,
                        style: TextStyle(color: .cyan))
        }
        canvas.text(corners.bottomLeft + String(repeating: rule, count: width - 2) + corners.bottomRight,
                    row: top + height - 1, column: left, style: TextStyle(color: .cyan))
    }

    static func corners(_ glyphs: Glyphs) -> (topLeft: String, topRight: String, bottomLeft: String, bottomRight: String) {
        glyphs == .ascii ? ("+", "+", "+", "+") : ("┌", "┐", "└", "┘")
    }

    /// Text on the `index`th inner line.
    func text(_ text: String, line index: Int, style: TextStyle = .plain, on canvas: Canvas) {
        guard index >= 0, index < innerHeight else { return }
        canvas.text(text.fitted(to: width - 4), row: top + 1 + index, column: left + 2, style: style)
    }
}

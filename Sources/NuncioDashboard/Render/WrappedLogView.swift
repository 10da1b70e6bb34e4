/// The Log screen with `W`: long lines wrap onto the next rows instead of being cut. The selected line (the
/// newest while following) is the last one drawn, so the view reads upwards from it.
enum WrappedLogView {
    static func draw(_ table: Table, model: DashboardModel, on canvas: Canvas) {
        let titleRow = DashboardRenderer.rowsAbove - 1
        let search = model.investigation.logSearch.map { "  search \"\($0)\" (n/N)" } ?? ""
        canvas.line(" LOG (wrapped, W: cut)" + search, row: titleRow, style: .reverse)
        let page = DashboardRenderer.pageSize(for: canvas.terminal.size)
        let width = max(1, canvas.columns - 2)
        guard !table.rows.isEmpty else { return }
        let selected = min(model.selection(on: .log), table.rows.count - 1)
        // Collect wrapped rows upwards from the selected line until the page is full.
        var blocks: [(pieces: [String], style: TextStyle, selected: Bool)] = []
        var used = 0, index = selected
        while index >= 0, used < page {
            let cell = table.rows[index].cells.first
            guard case .text(let text)? = cell?.content else { break }
            let pieces = wrap(text, width: width)
            blocks.insert((pieces, cell?.style ?? .plain, index == selected), at: 0)
            used += pieces.count
            index -= 1
        }
        var row = titleRow + 1
        // When the first block does not fit whole, its top part is left out.
        var skip = max(0, used - page)
        for block in blocks {
            for (number, piece) in block.pieces.enumerated() {
                if skip > 0 {
                    skip -= 1
                    continue
                }
                let marker = number == 0 ? (block.selected ? ">" : " ") : String(canvas.glyphs.verticalRule)
                canvas.text(marker + " " + piece, row: row, column: 0, style: block.style)
                row += 1
            }
        }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return pieces
    }
}

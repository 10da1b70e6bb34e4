/// `y`: a cluster's whole config from `/config_dump`, as indented JSON, scrolled with j/k and PgUp/PgDn.
enum ConfigViewerView {
    static func draw(_ viewer: ConfigViewer, on canvas: Canvas) {
        let area = DashboardRenderer.pageSize(for: canvas.terminal.size) + 1
        let box = OverlayBox(height: area, width: canvas.columns, on: canvas)
        // Nothing of the screen behind shows at the box's sides.
        for row in box.top..<(box.top + box.height) {
            canvas.text(String(repeating: " ", count: canvas.columns), row: row, column: 0)
        }
        let last = min(viewer.offset + box.innerHeight, viewer.lines.count)
        box.drawFrame(
            title: "\(viewer.cluster) config, lines \(viewer.offset + 1)-\(last) of \(viewer.lines.count)"
                + "  j/k PgDn PgUp  Esc closes", on: canvas)
        for (index, line) in viewer.lines[min(viewer.offset, viewer.lines.count)..<last].enumerated() {
            box.text(line, line: index, on: canvas)
        }
    }

    /// Rows of JSON the box shows at once, for paging.
    static func pageSize(for size: TerminalSize) -> Int {
        max(1, DashboardRenderer.pageSize(for: size) - 1)
    }
}

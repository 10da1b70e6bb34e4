/// `?`: every key, grouped; state-changing keys only when not read-only.
enum HelpView {
    static func lines(readOnly: Bool, demoKeys: Bool = false) -> [(key: String, text: String)] {
        var lines: [(key: String, text: String)] = [
            ("Tab S-Tab <- ->", "next / previous screen"),
            ("1..7", "Listeners Clusters Hosts Stats Log Events Routes"),
            ("j k g G PgUp/Dn", "move; first / last row; page up / down"),
            ("Enter", "hosts of a cluster or route; a host's detail"),
            ("w m", "window: 10s 1m 5m mark all; m sets the mark"),
            ("/", "filter rows (regex, ! prefix inverts)"),
            ("u s S", "stats: used only; sort by next column / reverse"),
            ("p [ ]", "pause / resume; refresh faster / slower"),
            (":", "command line (hosts, stats, log, export...)"),
            ("i y c W F n N", "detail, config; pin chart; log wrap, follow, n/N"),
            ("? q", "this help; quit (asks first if it stops the proxy)"),
        ]
        if readOnly {
            lines.append(("", "read-only: server actions are hidden"))
        } else {
            lines += [
                ("H", "health check fail / ok (confirms fail)"),
                ("L", "logging level, all loggers or one"),
                ("R D Q", "reset counters / drain / quit server (confirms)"),
            ]
            if demoKeys {
                lines += [("+ -", "demo: one more / one fewer instance of the service"),
                    ("t f", "demo: traffic on / off; crash / restore the selected host")]
            }
        }
        return lines
    }

    /// One column when the lines fit the screen's height, else two side by side (80x24 with demo keys).
    static func draw(_ model: DashboardModel, on canvas: Canvas) {
        let lines = lines(readOnly: model.readOnly, demoKeys: model.demoKeys)
        let tallest = canvas.rows - 1 - DashboardRenderer.rowsBelow - 2
        let columns = lines.count <= tallest ? 1 : 2
        let perColumn = (lines.count + columns - 1) / columns
        let box = OverlayBox(
            height: perColumn + 2, width: columns == 1 ? 72 : canvas.columns - 2, tall: true, on: canvas)
        box.drawFrame(title: "Keys (any key closes)", on: canvas)
        let columnWidth = (box.width - 4) / columns
        for (index, line) in lines.enumerated() {
            let row = index % perColumn, column = index / perColumn
            let keyWidth = columns == 1 ? 16 : lines[(column * perColumn)..<min(lines.count, (column + 1) * perColumn)]
                .map(\.key.count).max()! + 1
            guard row < box.innerHeight else { continue }
            let left = box.left + 2 + column * columnWidth
            canvas.text((line.key.fitted(to: keyWidth) + line.text).fitted(to: columnWidth - 1),
                        row: box.top + 1 + row, column: left)
            canvas.text(line.key, row: box.top + 1 + row, column: left, width: keyWidth,
                        style: TextStyle(color: .cyan, bold: true))
        }
    }
}

/// `?`: every key, grouped; state-changing keys only when not read-only.
enum HelpView {
    static func lines(readOnly: Bool, demoKeys: Bool = false) -> [(key: String, text: String)] {
        var lines: [(key: String, text: String)] = [
            ("Tab S-Tab <- ->", "next / previous screen"),
            ("1..7", "Listeners Clusters Hosts Stats Log Events Routes"),
            ("j k g G PgUp/Dn", "move; first / last row; page up / down"),
            ("Enter", "hosts of a cluster or route; stats of the rest"),
            ("/", "filter rows (regex, ! prefix inverts)"),
            ("u", "stats: used only"),
            ("s S", "sort by next column / reverse"),
            ("p [ ]", "pause / resume; refresh faster / slower"),
            (":", "command line (hosts, stats, log, export...)"),
            ("i y c W F n N", "detail, config; pin chart; log wrap, follow, n/N"),
            ("? q", "this help; quit the dashboard"),
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
                    ("t f", "demo: traffic on / off; crash / restore an instance")]
            }
        }
        return lines
    }

    static func draw(_ model: DashboardModel, on canvas: Canvas) {
        let lines = lines(readOnly: model.readOnly, demoKeys: model.demoKeys)
        let box = OverlayBox(height: lines.count + 2, width: 68, on: canvas)
        box.drawFrame(title: "Keys (any key closes)", on: canvas)
        for (index, line) in lines.enumerated() {
            box.text(line.key.fitted(to: 16) + line.text, line: index, on: canvas)
            canvas.text(line.key, row: box.top + 1 + index, column: box.left + 2, width: 16,
                        style: TextStyle(color: .cyan, bold: true))
        }
    }
}

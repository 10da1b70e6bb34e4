/// A time chart in text: a labelled y-axis (per second), one column per chart point with the newest on the
/// right, a bar for the cluster's attempts, its errors overlaid from the bottom in red, the selected host as a
/// dot, gaps (a restart or reset) as a dim rule, and a time axis of ages (`-30s`, `now`) below.
struct TimeChart {
    var cluster: [RatePoint]
    var host: [RatePoint]
    /// The newest point's time: the axis counts ages back from it.
    var now: Double

    static let labelWidth = 6

    /// Draws into `height` rows from `top` (the last is the time axis), `width` columns from `left`.
    func draw(top: Int, left: Int, height: Int, width: Int, on canvas: Canvas) {
        let plotRows = height - 1
        let plotColumns = width - Self.labelWidth - 1
        guard plotRows >= 2, plotColumns >= 4 else { return }
        let shown = Array(cluster.suffix(plotColumns))
        let hostByTime = Dictionary(host.map { ($0.time, $0) }, uniquingKeysWith: { a, _ in a })
        let peak = shown.compactMap(\.attemptsPerSecond).max() ?? 0
        let hostPeak = shown.compactMap { hostByTime[$0.time]?.attemptsPerSecond }.max() ?? 0
        let scale = Self.niceCeiling(max(peak, hostPeak))
        let axisStyle = TextStyle(dim: true)
        let glyphs = canvas.glyphs
        // Y labels at the top and the half (on the nearest row), zero on the axis.
        let halfRow = plotRows - Int((Double(plotRows) / 2).rounded())
        for row in 0..<plotRows {
            var label = ""
            if row == 0 { label = Format.rate(scale) } else if row == halfRow { label = Format.rate(scale / 2) }
            canvas.text(label.fitted(to: Self.labelWidth, alignRight: true), row: top + row, column: left,
                        style: axisStyle)
            canvas.text(String(glyphs.verticalRule), row: top + row, column: left + Self.labelWidth, style: axisStyle)
        }
        canvas.text("0".fitted(to: Self.labelWidth, alignRight: true) + String(Self.corner(glyphs))
            + String(repeating: glyphs.horizontalRule, count: plotColumns), row: top + plotRows, column: left,
            style: axisStyle)
        let firstColumn = left + Self.labelWidth + 1 + (plotColumns - shown.count)
        for (offset, point) in shown.enumerated() {
            let column = firstColumn + offset
            guard let attempts = point.attemptsPerSecond else {
                for row in 0..<plotRows {
                    canvas.text(String(glyphs.verticalRule), row: top + row, column: column, style: axisStyle)
                }
                continue
            }
            drawBar(attempts, rows: plotRows, scale: scale, top: top, column: column, style: TextStyle(color: .blue),
                    on: canvas)
            if let errors = point.errorsPerSecond, errors > 0 {
                drawBar(errors, rows: plotRows, scale: scale, top: top, column: column,
                        style: TextStyle(color: .red, bold: true), minimumEighths: 8, on: canvas)
            }
            if let value = hostByTime[point.time]?.attemptsPerSecond, scale > 0 {
                let row = plotRows - 1 - min(plotRows - 1, Int(value / scale * Double(plotRows)))
                canvas.text(String(Self.dot(glyphs)), row: top + row, column: column,
                            style: TextStyle(color: .yellow, bold: true))
            }
        }
        drawTimeAxis(shown, row: top + plotRows, firstColumn: firstColumn, right: left + width, on: canvas)
    }

    private func drawBar(
        _ value: Double, rows: Int, scale: Double, top: Int, column: Int, style: TextStyle, minimumEighths: Int = 1,
        on canvas: Canvas
    ) {
        guard scale > 0, value > 0 else { return }
        let levels = canvas.glyphs.sparkLevels
        let eighths = max(minimumEighths, Int((value / scale * Double(rows * 8)).rounded()))
        for row in 0..<rows {
            let filled = eighths - row * 8
            guard filled > 0 else { break }
            let glyph = filled >= 8 ? levels[levels.count - 1] : levels[max(0, filled - 1)]
            canvas.text(String(glyph), row: top + rows - 1 - row, column: column, style: style)
        }
    }

    /// Ages under the axis every dozen columns or so, read from the points' own times; `now` at the right.
    private func drawTimeAxis(_ shown: [RatePoint], row: Int, firstColumn: Int, right: Int, on canvas: Canvas) {
        guard let newest = shown.last else { return }
        let nowLabel = "now"
        let lastColumn = firstColumn + shown.count - 1
        canvas.text(nowLabel, row: row, column: min(lastColumn, right - nowLabel.count), style: .dim)
        var column = lastColumn - 12
        // A short history still gets its oldest age.
        if column < firstColumn, lastColumn - firstColumn >= 8 { column = firstColumn + 2 }
        while column >= firstColumn {
            let age = newest.time - shown[column - firstColumn].time
            let label = "-" + Format.uptime(Int(age.rounded()))
            canvas.text(label, row: row, column: column - label.count / 2, style: .dim)
            column -= 12
        }
    }

    /// 1, 2, 5 times a power of ten, at or above `value` (1 for an idle chart).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for step in [1.0, 2, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    static func dot(_ glyphs: Glyphs) -> Character { glyphs == .ascii ? "o" : "●" }
    static func corner(_ glyphs: Glyphs) -> Character { glyphs == .ascii ? "+" : "└" }
}

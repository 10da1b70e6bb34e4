/// The stat pinned with `c` on the Stats screen, as a chart under the table: its rate per second (counters) or
/// value (gauges) at each refresh, with a labelled y-axis (0 to the peak) and a time axis.
enum PinnedChartView {
    static func height(_ model: DashboardModel, on canvas: Canvas) -> Int {
        guard model.screen == .stats, model.investigation.pinnedStat != nil else { return 0 }
        return canvas.rows >= 36 ? 12 : 6
    }

    static func draw(_ model: DashboardModel, top: Int, height: Int, on canvas: Canvas) {
        guard let stat = model.investigation.pinnedStat, height >= 4 else { return }
        let gauge = Investigation.isGauge(stat, in: model.latest)
        let rule = String(repeating: String(canvas.glyphs.horizontalRule), count: canvas.columns)
        canvas.text(rule, row: top, column: 0, style: TextStyle(color: .cyan))
        let title = " \(stat) \(gauge ? "(gauge, value)" : "(counter, per second)")  c: unpin "
        canvas.text(title.cutInMiddle(to: canvas.columns - 4, ellipsis: canvas.glyphs.ellipsis), row: top, column: 2,
                    style: TextStyle(color: .cyan, bold: true))
        let axisWidth = 8, plotRows = height - 2
        let plotWidth = max(1, canvas.columns - axisWidth - 1)
        let samples = Array(model.investigation.pinnedSamples.suffix(plotWidth))
        let peak = max(samples.max() ?? 0, 0)
        let label: (Double) -> String = { gauge ? Format.count(UInt64(max($0, 0))) : Format.rate($0) }
        for line in 0..<plotRows {
            let row = top + 1 + line
            // The axis is labelled at the top (the peak), the middle and the bottom (0).
            let axisLabel = line == 0 ? label(peak) : line == plotRows - 1 ? "0" : line == plotRows / 2
                ? label(peak / 2) : ""
            canvas.text(axisLabel.fitted(to: axisWidth - 1, alignRight: true) + String(canvas.glyphs.verticalRule),
                        row: row, column: 0, style: .dim)
            // The newest sample sits at the right, over "now".
            let plot = plotLine(samples, level: plotRows - 1 - line, rows: plotRows, peak: peak, glyphs: canvas.glyphs)
            canvas.text(plot, row: row, column: axisWidth + plotWidth - samples.count, style: TextStyle(color: .blue))
        }
        let seconds = Double(samples.count) * model.refreshInterval
        let start = "-" + Format.interval(seconds.rounded())
        let startColumn = min(plotWidth - samples.count, max(0, plotWidth - start.count - 4))
        let axis = String(repeating: " ", count: startColumn) + start
            + String(repeating: " ", count: max(1, plotWidth - startColumn - start.count - 3)) + "now"
        canvas.text(samples.isEmpty ? "waiting for samples" : axis, row: top + height - 1, column: axisWidth,
                    style: .dim)
    }

    /// One row of the chart: `level` 0 is the bottom row; each of the rows holds one eighth-step glyph.
    static func plotLine(_ samples: [Double], level: Int, rows: Int, peak: Double, glyphs: Glyphs) -> String {
        String(samples.map { value -> Character in
            guard peak > 0 else { return level == 0 ? glyphs.sparkLevels[0] : " " }
            let filled = value / peak * Double(rows)  // in rows, 0...rows
            let inRow = filled - Double(level)
            if inRow >= 1 { return glyphs.sparkLevels[glyphs.sparkLevels.count - 1] }
            if inRow <= 0 { return level == 0 ? glyphs.sparkLevels[0] : " " }
            let index = Int((inRow * Double(glyphs.sparkLevels.count - 1)).rounded())
            return glyphs.sparkLevels[max(0, min(index, glyphs.sparkLevels.count - 1))]
        })
    }
}

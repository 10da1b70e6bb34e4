import NuncioAdminClient

/// Below the Clusters table: the selected cluster's failures by cause, its pool against the circuit breakers'
/// limits (from `/clusters`), outlier detection and health check counters, and a summary of its config.
/// Each line names the stat it reads, so what is on screen can be found in `/stats`.
enum ClusterDetailPanel {
    struct Line {
        var label: String
        /// The stat's name after `cluster.<name>.`, or a config field's name.
        var stat: String
        var value: String
        var note: String = ""
        var style: TextStyle = .plain
    }

    struct Section {
        var title: String
        var lines: [Line]
    }

    /// Failures by cause: Envoy's counter for each, with its rate.
    static let causes: [(label: String, stat: String)] = [
        ("connect failure", "upstream_cx_connect_fail"),
        ("connect timeout", "upstream_cx_connect_timeout"),
        ("timeout", "upstream_rq_timeout"),
        ("per-try timeout", "upstream_rq_per_try_timeout"),
        ("reset (rx)", "upstream_rq_rx_reset"),
        ("reset (tx)", "upstream_rq_tx_reset"),
        ("pending overflow", "upstream_rq_pending_overflow"),
        ("cx overflow", "upstream_cx_overflow"),
        ("no healthy host", "upstream_cx_none_healthy"),
        ("pending eject", "upstream_rq_pending_failure_eject"),
        ("retries", "upstream_rq_retry"),
        ("retry overflow", "upstream_rq_retry_overflow"),
        ("retry limit hit", "upstream_rq_retry_limit_exceeded"),
    ]

    static func sections(_ model: DashboardModel, cluster name: String) -> [Section] {
        let delta = model.delta
        let prefix = "cluster.\(name)."
        func count(_ stat: String) -> UInt64 { delta.value(prefix + stat) }
        let failures = causes.map { cause -> Line in
            let value = count(cause.stat), rate = delta.rate(prefix + cause.stat)
            let rateText = (rate ?? 0) > 0 ? Format.rate(rate) + "/s" : ""
            return Line(
                label: cause.label, stat: cause.stat, value: String(value), note: rateText,
                style: value > 0 && cause.stat != "upstream_rq_retry" ? TextStyle(color: .red) : .plain)
        }
        let limits = model.latest?.clusters.cluster(named: name)?.circuitBreakers?.defaultPriority
        func limit(_ label: String, _ stat: String, _ max: UInt64?, open: String) -> Line {
            let isOpen = count("circuit_breakers.default." + open) > 0
            let value = String(count(stat)) + " / " + (max.map(String.init) ?? "-")
            return Line(
                label: label, stat: stat, value: value, note: isOpen ? "OPEN" : "",
                style: isOpen ? TextStyle(color: .red, bold: true) : .plain)
        }
        let pool = [
            limit("connections", "upstream_cx_active", limits?.maxConnections, open: "cx_open"),
            limit("pending", "upstream_rq_pending_active", limits?.maxPendingRequests, open: "rq_pending_open"),
            limit("requests", "upstream_rq_active", limits?.maxRequests, open: "rq_open"),
            Line(
                label: "retries", stat: "circuit_breakers.default.rq_retry_open",
                value: (count("circuit_breakers.default.rq_retry_open") > 0 ? "open" : "closed") + " / "
                    + (limits?.maxRetries.map(String.init) ?? "-"),
                style: count("circuit_breakers.default.rq_retry_open") > 0 ? TextStyle(color: .red) : .plain),
        ]
        return [
            Section(title: "Failures by cause", lines: failures),
            Section(title: "Pool / circuit breakers (default)", lines: pool),
            Section(title: "Config (y: all of it)", lines: configLines(model, cluster: name)),
            Section(title: "Health checks", lines: counters(model, cluster: prefix, group: "health_check.")),
            Section(title: "Outlier detection", lines: counters(model, cluster: prefix, group: "outlier_detection.")),
        ]
    }

    /// Every stat of a group (`outlier_detection.`), non-zero first; a placeholder when the cluster has none.
    static func counters(_ model: DashboardModel, cluster prefix: String, group: String) -> [Line] {
        let names = model.delta.latest.keys.filter { $0.hasPrefix(prefix + group) }.sorted()
        guard !names.isEmpty else {
            return [Line(label: "not configured", stat: "", value: "", style: .dim)]
        }
        let ordered = names.filter { model.delta.value($0) > 0 } + names.filter { model.delta.value($0) == 0 }
        return ordered.map { name in
            let value = model.delta.value(name), rate = model.delta.rate(name)
            // The stat's name says it all: no label beside it.
            return Line(
                label: "", stat: String(name.dropFirst(prefix.count)), value: String(value),
                note: (rate ?? 0) > 0 ? Format.rate(rate) + "/s" : "",
                style: value > 0 ? .plain : .dim)
        }
    }

    static func configLines(_ model: DashboardModel, cluster name: String) -> [Line] {
        guard let detail = model.latest?.configDump?.cluster(named: name) else {
            return [Line(label: "no /config_dump yet", stat: "", value: "", style: .dim)]
        }
        return detail.summary.map { Line(label: $0.label, stat: "", value: $0.value) }
    }

    /// Rows the panel wants at this size, 0 when hidden. Shown by itself from 36 rows; `i` forces it either way.
    static func height(_ model: DashboardModel, on canvas: Canvas) -> Int {
        guard model.screen == .clusters, model.latest != nil else { return 0 }
        let area = DashboardRenderer.pageSize(for: canvas.terminal.size)
        let shown = model.investigation.clusterDetail ?? (canvas.rows >= automaticRows)
        guard shown else { return 0 }
        // Keep a few cluster rows above it.
        return max(0, min(area - 3, canvas.rows >= automaticRows ? area / 2 + 2 : area - 3))
    }

    /// From this many terminal rows the panel shows without asking.
    static let automaticRows = 36

    static func draw(_ model: DashboardModel, top: Int, height: Int, on canvas: Canvas) {
        guard height > 1, let name = HostsTable.selectedCluster(model)?.name else { return }
        let rule = String(repeating: String(canvas.glyphs.horizontalRule), count: canvas.columns)
        canvas.text(rule, row: top, column: 0, style: TextStyle(color: .cyan))
        canvas.text(" \(name) ", row: top, column: 2, style: TextStyle(color: .cyan, bold: true))
        // Wide terminals get columns of 80, room for each cause's name beside its stat; narrow ones columns of 40.
        let columnCount = canvas.columns >= 160 ? canvas.columns / 80 : max(1, canvas.columns / 40)
        let width = canvas.columns / columnCount
        var column = 0, row = top + 1
        let bottom = top + height
        for section in sections(model, cluster: name) {
            // A section starts a new column when fewer than three of its lines would fit.
            if row > top + 1, row + min(section.lines.count, 2) + 1 > bottom {
                column += 1
                row = top + 1
            }
            guard column < columnCount else { break }
            let left = column * width
            canvas.text(section.title, row: row, column: left + 1, width: width - 2, style: .bold)
            row += 1
            for line in section.lines {
                guard row < bottom else { break }
                drawLine(line, row: row, left: left + 1, width: width - 2, on: canvas)
                row += 1
            }
            if row < bottom - 1 { row += 1 }
        }
    }

    /// `connect failure  upstream_cx_connect_fail     3  0.5/s`; the human label goes first when narrow.
    static func drawLine(_ line: Line, row: Int, left: Int, width: Int, on canvas: Canvas) {
        if line.stat.isEmpty && !line.value.isEmpty {
            // A config field: its value follows its name.
            canvas.text(line.label.fitted(to: 18), row: row, column: left, style: .dim)
            canvas.text(line.value.cutInMiddle(to: max(1, width - 18), ellipsis: canvas.glyphs.ellipsis), row: row,
                        column: left + 18, style: line.style)
            return
        }
        let valueWidth = max(line.value.count, 5), noteWidth = 6
        let nameWidth = max(1, width - valueWidth - noteWidth - 2)
        var name = line.stat.isEmpty ? line.label : line.stat
        if width >= 60, !line.stat.isEmpty, !line.label.isEmpty { name = line.label.fitted(to: 16) + " " + line.stat }
        let shown = name.cutInMiddle(to: nameWidth, ellipsis: canvas.glyphs.ellipsis).fitted(to: nameWidth)
        canvas.text(shown, row: row, column: left, style: line.style.dim ? .dim : .plain)
        canvas.text(line.value.fitted(to: valueWidth, alignRight: true), row: row, column: left + nameWidth + 1,
                    style: line.style)
        canvas.text(line.note.fitted(to: noteWidth, alignRight: true), row: row,
                    column: left + nameWidth + valueWidth + 2, style: line.style)
    }
}

import NuncioAdminClient

/// Row 2: what the screen shows (counts, the hosts' cluster, filter), or the disconnection in red; the sort on
/// the right.
enum ContextLineView {
    static func draw(_ model: DashboardModel, table: Table, on canvas: Canvas) {
        let row = 2
        if case .disconnected(let reason, _) = model.connection {
            let wait = (model.retryCountdown ?? 0).rounded(.up)
            let text = wait > 0
                ? " disconnected, retrying in \(Format.interval(wait)): \(reason)"
                : " disconnected, retrying now: \(reason)"
            canvas.line(text, row: row, style: TextStyle(color: .red, bold: true, reverse: true))
            return
        }
        if model.connection == .connecting && model.latest == nil {
            canvas.text(" connecting to \(model.adminAddress)...", row: row, column: 0, style: .dim)
            return
        }
        var text = " " + summary(model, table: table)
        let filter = model.filter(on: model.screen)
        if !filter.isEmpty { text += "  filter /\(filter)/" }
        canvas.text(text, row: row, column: 0, style: TextStyle(color: .cyan))
        let sort = model.sort(on: model.screen)
        if sort.column < table.columns.count, table.columns[sort.column].sortable {
            let marker = sort.descending ? canvas.glyphs.descending : canvas.glyphs.ascending
            let sortText = "sort \(table.columns[sort.column].title) \(marker) "
            if text.count + sortText.count + 2 <= canvas.columns {
                canvas.text(sortText, row: row, column: canvas.columns - sortText.count, style: .dim)
            }
        }
    }

    /// `service1: 4 hosts, 3 healthy  31.0 att/s  0.5 err/s  SR 98.4%  p50 <1ms p99 3ms  pend 0  window 10s`.
    static func hostsSummary(_ model: DashboardModel, cluster: ClusterStatus) -> String {
        let healthy = cluster.hostStatuses.filter { $0.healthStatus.health == .healthy }.count
        let rates = model.rates(forCluster: cluster.name)
        var text = "\(cluster.name): \(cluster.hostStatuses.count) hosts, \(healthy) healthy"
        text += ", \(Format.rate(rates?.attemptsPerSecond)) att/s, \(Format.rate(rates?.errorsPerSecond)) err/s"
        if let success = rates?.successRate { text += ", SR \(Format.percent(success * 100))" }
        text += "  p50 \(Format.millis(rates?.intervalP50)) p99 \(Format.millis(rates?.intervalP99))"
        let pending = cluster.hostStatuses.reduce(UInt64(0)) { $0 + $1.stat("rq_pending_active") }
        text += "  pend \(pending)"
        if rates?.panic == true { text += "  PANIC" }
        let span = model.windowSeconds.map { Format.uptime(Int($0.rounded())) } ?? "-"
        text += "  window \(model.window.title)" + (model.window.seconds == model.windowSeconds ? "" : " (\(span))")
        return text
    }

    static func summary(_ model: DashboardModel, table: Table) -> String {
        let count = table.rows.count
        switch model.screen {
        case .listeners: return "\(count) listener\(count == 1 ? "" : "s")"
        case .clusters: return "\(count) cluster\(count == 1 ? "" : "s")   Enter: hosts of the selected cluster"
        case .hosts:
            guard let cluster = HostsTable.selectedCluster(model) else { return "no clusters" }
            return hostsSummary(model, cluster: cluster)
        case .stats:
            let mark = model.investigation.mark.map {
                " changes since mark \(DashboardEvent(time: $0.time, text: "").clockText)"
            }
            let diff = model.investigation.diffOnly && mark != nil ? " changed" : ""
            return "\(count)\(diff) stats" + (model.usedOnly ? " (used only)" : "") + (mark ?? "")
        case .log:
            return model.latest?.logLines == nil
                ? "no log: Envoy's admin API serves none (actions are on 6 Events)"
                : "\(count) lines" + (model.paused ? " (paused)" : "")
                    + (model.investigation.logFollow ? "" : " (holding still; F follows)")
        case .events: return "\(count) event\(count == 1 ? "" : "s"), newest first"
        case .routes:
            guard model.latest?.configDump != nil else { return "no /config_dump yet (read every 30 s)" }
            return "\(count) route\(count == 1 ? "" : "s")   Enter: hosts of its cluster"
        }
    }
}

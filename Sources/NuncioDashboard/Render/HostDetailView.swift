import NuncioAdminClient

/// Enter on a host: every field `/clusters` gives for it (address, hostname, weight, priority, locality, Envoy's
/// full health flags, outlier success rates, every stat), its numbers over the window, and its transitions.
enum HostDetailView {
    static func lines(_ model: DashboardModel) -> [(text: String, style: TextStyle)] {
        guard let address = model.hostDetail, let cluster = HostsTable.selectedCluster(model),
            let host = cluster.hostStatuses.first(where: { $0.address.description == address })
        else { return [("the host is gone from /clusters", TextStyle(color: .red))] }
        var lines: [(String, TextStyle)] = []
        let status = host.healthStatus
        lines.append(("cluster   \(cluster.name)   hostname \(host.hostname.flatMap { $0.isEmpty ? nil : $0 } ?? "-")"
            + "   weight \(host.weight ?? 1)   priority \(host.priority ?? 0)", .plain))
        let locality = (host.locality ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        if !locality.isEmpty { lines.append(("locality  " + locality.joined(separator: " "), .plain)) }
        lines.append(("health    \(status.flags.joined())   eds_health_status \(status.edsHealthStatus ?? "-")",
            HostsTable.style(for: status.health)))
        let outlier = [("success_rate", host.successRate), ("local_origin_success_rate", host.localOriginSuccessRate)]
            .compactMap { name, rate in rate?.value.map { "\(name) \(Format.fixed($0, decimals: 1))%" } }
        if !outlier.isEmpty { lines.append(("outlier   " + outlier.joined(separator: "   "), .plain)) }
        if let rates = model.rates(forHost: address, inCluster: cluster.name) {
            let span = rates.windowSeconds.map { " over \(Format.uptime(Int($0.rounded())))" } ?? ""
            lines.append(("window \(model.window.title)\(span): \(Format.rate(rates.attemptsPerSecond)) att/s, "
                + "share \(rates.share.map { Format.percent($0 * 100) } ?? "-") "
                + "(exp \(rates.expectedShare.map { Format.percent($0 * 100) } ?? "-")), "
                + "\(Format.rate(rates.errorsPerSecond)) err/s, "
                + "SR \(rates.successRate.map { Format.percent($0 * 100) } ?? "-")", TextStyle(color: .cyan)))
        }
        lines.append(("stats", .bold))
        let stats = host.stats.map { "\($0.name) \($0.value)\($0.isGauge ? " (gauge)" : "")" }
        var line = ""
        for stat in stats {
            if line.count + stat.count + 3 > 64 {
                lines.append(("  " + line, .plain))
                line = ""
            }
            line += (line.isEmpty ? "" : "   ") + stat
        }
        if !line.isEmpty { lines.append(("  " + line, .plain)) }
        let transitions = model.transitions.filter { $0.cluster == cluster.name && $0.address == address }
        lines.append(("transitions", .bold))
        if transitions.isEmpty { lines.append(("  none seen", .dim)) }
        for transition in transitions.reversed() {
            let clock = DashboardEvent(time: transition.time, text: "").clockText
            lines.append(("  \(clock) \(transition.text)", transition.isBad ? TextStyle(color: .red) : .plain))
        }
        return lines
    }

    static func draw(_ model: DashboardModel, on canvas: Canvas) {
        let lines = lines(model)
        let box = OverlayBox(height: lines.count + 2, width: 76, on: canvas)
        box.drawFrame(title: "Host \(model.hostDetail ?? "") (any key closes)", on: canvas)
        for (index, line) in lines.prefix(box.innerHeight).enumerated() {
            box.text(line.text, line: index, style: line.style, on: canvas)
        }
    }
}

import Foundation

/// The keys of issue 16's investigation tools: `:` opens the command line, `c` pins a stat, `i` toggles the
/// cluster detail, `y` shows a cluster's whole config, and on the Log screen `W` wraps, `F` follows, `n`/`N`
/// jump between search matches.
extension KeyHandler {
    /// Handles the key when it is one of these on this screen; nil leaves it to the other keys.
    static func investigationKey(_ key: Key, model: inout DashboardModel, pageSize: Int) -> [DashboardCommand]? {
        guard case .character(let character) = key else { return nil }
        switch (character, model.screen) {
        case (":", _):
            model.prompt = .command(CommandLineState())
        case ("c", .stats):
            guard let stat = model.selectedRowKey(on: .stats) else { return [] }
            if model.investigation.pinnedStat == stat {
                model.investigation.pinnedStat = nil
                model.record("unpinned \(stat)")
            } else {
                pin(stat, model: &model)
            }
        case ("i", .clusters):
            // Nil (automatic) shows the panel on tall terminals only; the first `i` flips what is on screen.
            let shownNow = model.investigation.clusterDetail ?? (pageSize + DashboardRenderer.rowsAbove
                + DashboardRenderer.rowsBelow >= ClusterDetailPanel.automaticRows)
            model.investigation.clusterDetail = !shownNow
        case ("y", .clusters), ("y", .hosts):
            guard let cluster = HostsTable.selectedCluster(model)?.name else { return [] }
            guard let detail = model.latest?.configDump?.cluster(named: cluster) else {
                model.record("no config for \(cluster): /config_dump not read yet", isError: true)
                return []
            }
            model.investigation.configViewer = ConfigViewer(cluster: cluster, lines: detail.jsonLines)
        case ("W", .log):
            model.investigation.logWrap.toggle()
            model.record(model.investigation.logWrap ? "log: wrap long lines" : "log: cut long lines")
        case ("F", .log):
            model.investigation.logFollow.toggle()
            if model.investigation.logFollow { model.setSelection(Int.max / 2, on: .log) }
            model.record(model.investigation.logFollow ? "log: following new lines" : "log: holding still")
        case ("n", .log): jumpToMatch(&model, forward: true)
        case ("N", .log): jumpToMatch(&model, forward: false)
        default: return nil
        }
        return []
    }

    /// The next (or previous) log line containing the search, wrapping around; following stops so it stays put.
    static func jumpToMatch(_ model: inout DashboardModel, forward: Bool, fromEnd: Bool = false) {
        guard let term = model.investigation.logSearch else {
            model.record("no search: type :search TEXT", isError: true)
            return
        }
        let rows = model.arrangedTable(on: .log).rows
        guard !rows.isEmpty else { return }
        let current = fromEnd ? rows.count : model.selection(on: .log)
        let order = forward
            ? Array((current + 1)..<(current + 1 + rows.count)) : Array(((current - rows.count)..<current).reversed())
        guard let found = order.map({ (($0 % rows.count) + rows.count) % rows.count })
            .first(where: { (rows[$0].filterText ?? "").localizedCaseInsensitiveContains(term) })
        else {
            model.record("log: no line contains \(term)", isError: true)
            return
        }
        model.investigation.logFollow = false
        model.setSelection(found, on: .log)
    }

    /// Keys while the `y` viewer is open: scrolling, and Escape, `q` or `y` to close it.
    static func viewConfig(_ viewer: ConfigViewer, key: Key, model: inout DashboardModel, pageSize: Int) {
        var viewer = viewer
        let last = max(0, viewer.lines.count - pageSize)
        switch key {
        case .escape, .character("q"), .character("y"), .enter:
            model.investigation.configViewer = nil
            return
        case .down, .character("j"): viewer.offset += 1
        case .up, .character("k"): viewer.offset -= 1
        case .pageDown, .character(" "): viewer.offset += pageSize
        case .pageUp: viewer.offset -= pageSize
        case .home, .character("g"): viewer.offset = 0
        case .end, .character("G"): viewer.offset = last
        default: break
        }
        viewer.offset = max(0, min(viewer.offset, last))
        model.investigation.configViewer = viewer
    }
}

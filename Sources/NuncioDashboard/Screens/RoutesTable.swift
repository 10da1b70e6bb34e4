import NuncioAdminClient

/// Routes: listener → route configuration → virtual host (domains) → route (match, action), each with its
/// cluster's live attempts/s and 5xx/s. Built from `/config_dump`, so it reads the same on Envoy. Rows keep the
/// configuration's order (first match wins), so no column sorts; a group's listener, table and virtual host are
/// written on its first row only.
enum RoutesTable {
    static let columns = [
        TableColumn(title: "LISTENER", width: 15, priority: 9, sortable: false, idealWidth: 22),
        TableColumn(title: "ROUTE CONFIG", width: 11, priority: 3, sortable: false, idealWidth: 20),
        TableColumn(title: "VHOST", width: 8, priority: 6, sortable: false, idealWidth: 18),
        TableColumn(title: "DOMAINS", width: 8, priority: 4, sortable: false, idealWidth: 30),
        TableColumn(title: "MATCH", width: 12, priority: 10, sortable: false, idealWidth: 44),
        TableColumn(title: "ACTION", width: 12, priority: 10, flexible: true, sortable: false, idealWidth: 30,
                    maxWidth: 60),
        TableColumn(title: "ATT/S", width: 6, alignRight: true, priority: 8, sortable: false),
        TableColumn(title: "5XX/S", width: 6, alignRight: true, priority: 7, sortable: false),
    ]

    /// One route with where it sits, for rows and for Enter.
    struct Entry {
        var key: String
        var listener: RouteConfigModel.Listener
        var table: RouteConfigModel.RouteConfig
        var virtualHost: RouteConfigModel.VirtualHost
        var route: RouteConfigModel.Route
        var firstOfListener: Bool
        var firstOfTable: Bool
        var firstOfHost: Bool
    }

    static func entries(_ routes: RouteConfigModel) -> [Entry] {
        var entries: [Entry] = []
        for (l, listener) in routes.listeners.enumerated() {
            for (t, table) in listener.routeConfigs.enumerated() {
                for (h, host) in table.virtualHosts.enumerated() {
                    for (r, route) in host.routes.enumerated() {
                        entries.append(
                            Entry(
                                key: "\(l)/\(t)/\(h)/\(r)", listener: listener, table: table, virtualHost: host,
                                route: route, firstOfListener: t == 0 && h == 0 && r == 0,
                                firstOfTable: h == 0 && r == 0, firstOfHost: r == 0))
                    }
                }
            }
        }
        return entries
    }

    static func build(_ model: DashboardModel) -> Table {
        guard let routes = model.latest?.configDump?.routes else { return Table(columns: columns, rows: []) }
        var rates: [String: ExportClusterRates] = [:]
        let rows = entries(routes).map { entry -> TableRow in
            let clusters = entry.route.action.clusters
            for name in clusters where rates[name] == nil { rates[name] = ExportRates.cluster(name, in: model) }
            let known = clusters.compactMap { rates[$0] }
            let attempts = known.isEmpty ? nil : known.reduce(0) { $0 + $1.attemptsPerSecond }
            let errors = known.isEmpty ? nil : known.reduce(0) { $0 + $1.status5xxPerSecond }
            let listener = entry.listener.address + (entry.listener.name.map { " \($0)" } ?? "")
            let tableName =
                (entry.table.name.isEmpty ? "(inline)" : entry.table.name) + (entry.table.viaRDS ? " rds" : "")
            let domains = entry.virtualHost.domains.joined(separator: ",")
            let action = actionText(entry.route)
            let cells: [TableCell] = [
                entry.firstOfListener ? .text(listener, short: entry.listener.address) : .text(""),
                .text(entry.firstOfTable ? tableName : "", style: .dim),
                .text(entry.firstOfHost ? entry.virtualHost.name : "", style: .bold),
                .text(entry.firstOfHost ? domains : "", style: TextStyle(color: .cyan)),
                .text(entry.route.match),
                .text(action, style: clusters.isEmpty ? TextStyle(color: .yellow) : .plain),
                .number(Format.rate(attempts), attempts ?? -1),
                .number(
                    Format.rate(errors), errors ?? -1, style: (errors ?? 0) > 0 ? TextStyle(color: .red) : .plain),
            ]
            let filterText = [listener, tableName, entry.virtualHost.name, domains, entry.route.match, action]
                .joined(separator: " ")
            return TableRow(key: entry.key, cells: cells, filterText: filterText)
        }
        return Table(columns: columns, rows: rows)
    }

    /// `-> service1`, `-> a 80%, b 20%`, `redirect 301 https://...`, `direct 200 "ok"`, with the rewrite after.
    static func actionText(_ route: RouteConfigModel.Route) -> String {
        var text: String
        switch route.action {
        case .cluster(let name): text = "-> \(name)"
        case .weightedClusters(let clusters):
            let total = max(clusters.reduce(0) { $0 + $1.weight }, 1)
            text = "-> " + clusters.map { "\($0.name) \($0.weight * 100 / total)%" }.joined(separator: ", ")
        case .clusterHeader(let header): text = "-> cluster from header \(header)"
        case .redirect(let target): text = "redirect \(target)"
        case .directResponse(let status, let body):
            text = "direct \(status)" + (body.map { " \"\($0.prefix(20))\"" } ?? "")
        case .other(let kind): text = kind
        }
        if let rewrite = route.rewrite { text += " (\(rewrite))" }
        return text
    }

    /// The first cluster the selected route forwards to, for Enter.
    static func selectedCluster(_ model: DashboardModel) -> String? {
        guard let routes = model.latest?.configDump?.routes, let key = model.selectedRowKey(on: .routes) else {
            return nil
        }
        return entries(routes).first { $0.key == key }?.route.action.clusters.first
    }
}

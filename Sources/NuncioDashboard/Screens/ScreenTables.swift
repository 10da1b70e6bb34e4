/// Builds the table each screen shows from the model. Pure: same model, same table.
enum ScreenTables {
    static func table(for screen: DashboardScreen, in model: DashboardModel) -> Table {
        switch screen {
        case .listeners: return ListenersTable.build(model)
        case .clusters: return ClustersTable.build(model)
        case .hosts: return HostsTable.build(model)
        case .stats: return StatsTable.build(model)
        case .log: return LogTable.build(model)
        case .events: return EventsTable.build(model)
        case .routes: return RoutesTable.build(model)
        }
    }
}

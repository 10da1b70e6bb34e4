/// The dashboard's screens, in the order keys `1` to `7` select them.
public enum DashboardScreen: Int, CaseIterable, Sendable {
    case listeners = 1, clusters, hosts, stats, log, events, routes

    public var title: String {
        switch self {
        case .listeners: return "Listeners"
        case .clusters: return "Clusters"
        case .hosts: return "Hosts"
        case .stats: return "Stats"
        case .log: return "Log"
        case .events: return "Events"
        case .routes: return "Routes"
        }
    }

    /// The next screen for Tab (`step` 1) or Shift-Tab (`step` -1), wrapping around.
    func advanced(by step: Int) -> DashboardScreen {
        let count = Self.allCases.count
        let index = ((rawValue - 1 + step) % count + count) % count
        return Self.allCases[index]
    }
}

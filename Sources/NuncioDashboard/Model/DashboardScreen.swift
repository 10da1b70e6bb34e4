/// The dashboard's screens, in the order keys `1` to `6` select them.
public enum DashboardScreen: Int, CaseIterable, Sendable {
    case listeners = 1, clusters, hosts, stats, log, events
}

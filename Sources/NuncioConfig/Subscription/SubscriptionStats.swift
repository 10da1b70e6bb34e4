import NuncioStats

/// Envoy's `SubscriptionStats` of one config source, under its prefix (see `SubscriptionStats.Prefix`).
///
/// Of Envoy's set, `init_fetch_timeout` (never counted for files) and the `update_duration` histogram (never
/// recorded for files) are left out.
public struct SubscriptionStats: Sendable {
    public let updateAttempt: Counter
    public let updateSuccess: Counter
    public let updateRejected: Counter
    public let updateFailure: Counter
    /// xxHash64 of the last accepted `version_info`, as Envoy's `version` gauge.
    public let version: Gauge
    /// When the last update was accepted, in milliseconds since the epoch.
    public let updateTime: Gauge
    /// The last accepted `version_info` itself.
    public let versionText: TextReadout
    /// RDS and EDS only: updates without the subscribed resource.
    public let updateEmpty: Counter?

    public init(store: StatsStore, prefix: String, countsEmpty: Bool = false) {
        updateEmpty = countsEmpty ? store.counter(prefix + "update_empty") : nil
        updateAttempt = store.counter(prefix + "update_attempt")
        updateSuccess = store.counter(prefix + "update_success")
        updateRejected = store.counter(prefix + "update_rejected")
        updateFailure = store.counter(prefix + "update_failure")
        version = store.gauge(prefix + "version", importMode: .neverImport)
        updateTime = store.gauge(prefix + "update_time", importMode: .neverImport)
        versionText = store.textReadout(prefix + "version_text")
    }

    /// Where Envoy puts each subscription's stats.
    public enum Prefix {
        public static let lds = "listener_manager.lds."
        public static let cds = "cluster_manager.cds."

        /// `statPrefix` is the connection manager's `stat_prefix`.
        public static func rds(statPrefix: String, routeConfigName: String) -> String {
            "http.\(statPrefix).rds.\(routeConfigName)."
        }

        /// An EDS cluster's subscription counts in the cluster's own scope (`cluster.<name>.update_attempt`, ...),
        /// named by its `alt_stat_name` when it has one.
        public static func eds(clusterStatName: String) -> String {
            "cluster.\(clusterStatName)."
        }
    }
}

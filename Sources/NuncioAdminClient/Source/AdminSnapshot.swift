/// Everything the dashboard shows for one poll of an admin endpoint.
public struct AdminSnapshot: Sendable, Equatable {
    public var serverInfo: ServerInfo
    public var clusters: ClusterStatuses
    public var stats: StatsSnapshot
    public var listeners: ListenersInfo
    /// Cluster types and load-balancing policies; nil when the source cannot tell (an admin port without
    /// `/config_dump`).
    public var clusterConfigs: ClusterConfigs?
    /// Routes and each cluster's whole config from `/config_dump`; nil when the source has none (read rarely).
    public var configDump: ConfigDump?
    /// Which stats are gauges (`/stats?format=json&type=Gauges`), for the Stats screen's type column.
    public var gaugeNames: Set<String>?
    /// The engine's log and access log tail. Only an in-process source has one; an HTTP source leaves it nil.
    public var logLines: [String]?
    /// Monotonic seconds when the snapshot was taken, for rates. Only differences between snapshots matter.
    public var takenAt: Double

    public init(
        serverInfo: ServerInfo, clusters: ClusterStatuses, stats: StatsSnapshot, listeners: ListenersInfo,
        clusterConfigs: ClusterConfigs? = nil, logLines: [String]? = nil, takenAt: Double,
        configDump: ConfigDump? = nil, gaugeNames: Set<String>? = nil
    ) {
        self.serverInfo = serverInfo
        self.clusters = clusters
        self.stats = stats
        self.listeners = listeners
        self.clusterConfigs = clusterConfigs
        self.logLines = logLines
        self.takenAt = takenAt
        self.configDump = configDump
        self.gaugeNames = gaugeNames
    }
}

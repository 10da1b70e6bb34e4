/// `GET /server_info`: the subset of Envoy's `envoy.admin.v3.ServerInfo` the dashboard shows.
/// Unknown keys (the 500-odd extensions, most command line options) are ignored.
public struct ServerInfo: Codable, Sendable, Equatable {
    public struct CommandLineOptions: Codable, Sendable, Equatable {
        public var concurrency: Int?
        public var configPath: String?
        public var logLevel: String?
        public var serviceCluster: String?
        public var serviceNode: String?
        public var drainTime: String?
        public var mode: String?

        public init(
            concurrency: Int? = nil, configPath: String? = nil, logLevel: String? = nil,
            serviceCluster: String? = nil, serviceNode: String? = nil, drainTime: String? = nil, mode: String? = nil
        ) {
            self.concurrency = concurrency
            self.configPath = configPath
            self.logLevel = logLevel
            self.serviceCluster = serviceCluster
            self.serviceNode = serviceNode
            self.drainTime = drainTime
            self.mode = mode
        }

        enum CodingKeys: String, CodingKey {
            case concurrency
            case configPath = "config_path"
            case logLevel = "log_level"
            case serviceCluster = "service_cluster"
            case serviceNode = "service_node"
            case drainTime = "drain_time"
            case mode
        }
    }

    public struct Node: Codable, Sendable, Equatable {
        public var id: String?
        public var cluster: String?
        public var userAgentName: String?

        public init(id: String? = nil, cluster: String? = nil, userAgentName: String? = nil) {
            self.id = id
            self.cluster = cluster
            self.userAgentName = userAgentName
        }

        enum CodingKeys: String, CodingKey {
            case id, cluster
            case userAgentName = "user_agent_name"
        }
    }

    /// `9e55…/1.40.0/Clean/RELEASE/BoringSSL` for Envoy.
    public var version: String
    /// `LIVE`, `DRAINING`, `PRE_INITIALIZING` or `INITIALIZING`.
    public var state: String
    /// Envoy prints durations as strings such as `"16s"`.
    public var uptimeCurrentEpoch: String?
    public var uptimeAllEpochs: String?
    public var hotRestartVersion: String?
    public var commandLineOptions: CommandLineOptions?
    public var node: Node?

    public init(
        version: String, state: String, uptimeCurrentEpoch: String? = nil, uptimeAllEpochs: String? = nil,
        hotRestartVersion: String? = nil, commandLineOptions: CommandLineOptions? = nil, node: Node? = nil
    ) {
        self.version = version
        self.state = state
        self.uptimeCurrentEpoch = uptimeCurrentEpoch
        self.uptimeAllEpochs = uptimeAllEpochs
        self.hotRestartVersion = hotRestartVersion
        self.commandLineOptions = commandLineOptions
        self.node = node
    }

    enum CodingKeys: String, CodingKey {
        case version, state, node
        case uptimeCurrentEpoch = "uptime_current_epoch"
        case uptimeAllEpochs = "uptime_all_epochs"
        case hotRestartVersion = "hot_restart_version"
        case commandLineOptions = "command_line_options"
    }

    /// The release number out of `version`: `1.40.0` from `sha/1.40.0/Clean/RELEASE/BoringSSL`.
    public var releaseVersion: String {
        let parts = version.split(separator: "/")
        return parts.count >= 2 ? String(parts[1]) : version
    }

    /// Uptime in seconds, parsed from `uptime_current_epoch` (`"16s"`).
    public var uptimeSeconds: Int? {
        guard var text = uptimeCurrentEpoch else { return nil }
        if text.hasSuffix("s") { text.removeLast() }
        return Double(text).map { Int($0) }
    }

    /// True while `/healthcheck/fail` or a drain holds the server out of rotation.
    public var isDraining: Bool { state == "DRAINING" }
}

/// The discovery type and load-balancing policy of each cluster, read from
/// `/config_dump?resource=static_clusters` (and `dynamic_active_clusters`): `{"configs": [{"cluster": {..}}]}`.
/// Proto JSON leaves out default enum values, so a missing `type` is `STATIC` and a missing `lb_policy` is
/// `ROUND_ROBIN`.
public struct ClusterConfigs: Codable, Sendable, Equatable {
    public struct ClusterConfig: Codable, Sendable, Equatable {
        public var name: String
        public var type: String?
        public var lbPolicy: String?
        public var clusterType: CustomType?

        public struct CustomType: Codable, Sendable, Equatable {
            public var name: String
        }

        public init(name: String, type: String? = nil, lbPolicy: String? = nil) {
            self.name = name
            self.type = type
            self.lbPolicy = lbPolicy
            self.clusterType = nil
        }

        enum CodingKeys: String, CodingKey {
            case name, type
            case lbPolicy = "lb_policy"
            case clusterType = "cluster_type"
        }

        /// `STATIC`, `STRICT_DNS`, `LOGICAL_DNS`, `EDS`, or an extension name for custom cluster types.
        public var discoveryType: String {
            if let clusterType { return clusterType.name }
            return type ?? "STATIC"
        }

        public var loadBalancingPolicy: String { lbPolicy ?? "ROUND_ROBIN" }
    }

    struct Entry: Codable, Sendable, Equatable {
        var cluster: ClusterConfig?
    }

    var configs: [Entry]

    public init(clusters: [ClusterConfig]) {
        configs = clusters.map { Entry(cluster: $0) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configs = try container.decodeIfPresent([Entry].self, forKey: .configs) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case configs
    }

    public var clusters: [ClusterConfig] { configs.compactMap(\.cluster) }

    public func config(named name: String) -> ClusterConfig? {
        clusters.first { $0.name == name }
    }

    /// Both resources of a config dump in one list.
    public func merged(with other: ClusterConfigs) -> ClusterConfigs {
        ClusterConfigs(clusters: clusters + other.clusters)
    }
}

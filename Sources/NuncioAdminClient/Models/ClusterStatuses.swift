/// `GET /clusters?format=json`: Envoy's `envoy.admin.v3.Clusters`, one entry per cluster with its hosts.
public struct ClusterStatuses: Codable, Sendable, Equatable {
    public var clusterStatuses: [ClusterStatus]

    public init(clusterStatuses: [ClusterStatus]) {
        self.clusterStatuses = clusterStatuses
    }

    enum CodingKeys: String, CodingKey {
        case clusterStatuses = "cluster_statuses"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Envoy omits the key entirely when there are no clusters.
        clusterStatuses = try container.decodeIfPresent([ClusterStatus].self, forKey: .clusterStatuses) ?? []
    }

    public func cluster(named name: String) -> ClusterStatus? {
        clusterStatuses.first { $0.name == name }
    }
}

/// One cluster in `/clusters?format=json`.
public struct ClusterStatus: Codable, Sendable, Equatable {
    public var name: String
    public var observabilityName: String?
    public var addedViaApi: Bool?
    public var hostStatuses: [HostStatus]
    /// The limits the cluster's circuit breakers enforce; nil when the source lists none.
    public var circuitBreakers: CircuitBreakers?

    public init(name: String, observabilityName: String? = nil, addedViaApi: Bool? = nil, hostStatuses: [HostStatus]) {
        self.name = name
        self.observabilityName = observabilityName
        self.addedViaApi = addedViaApi
        self.hostStatuses = hostStatuses
    }

    enum CodingKeys: String, CodingKey {
        case name
        case observabilityName = "observability_name"
        case addedViaApi = "added_via_api"
        case hostStatuses = "host_statuses"
        case circuitBreakers = "circuit_breakers"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        observabilityName = try container.decodeIfPresent(String.self, forKey: .observabilityName)
        addedViaApi = try container.decodeIfPresent(Bool.self, forKey: .addedViaApi)
        hostStatuses = try container.decodeIfPresent([HostStatus].self, forKey: .hostStatuses) ?? []
        circuitBreakers = try container.decodeIfPresent(CircuitBreakers.self, forKey: .circuitBreakers)
    }
}

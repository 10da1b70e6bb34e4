/// `envoy.config.endpoint.v3.ClusterLoadAssignment`: the endpoints of a cluster, grouped by locality.
public struct ClusterLoadAssignment: Equatable, Sendable {
    public var clusterName: String
    public var endpoints: [LocalityLbEndpoints]

    public init(clusterName: String, endpoints: [LocalityLbEndpoints]) {
        self.clusterName = clusterName
        self.endpoints = endpoints
    }

    /// Every endpoint, in config order.
    public var allEndpoints: [LbEndpoint] { endpoints.flatMap(\.lbEndpoints) }
}

public struct LocalityLbEndpoints: Equatable, Sendable {
    public var lbEndpoints: [LbEndpoint]
    public var locality: Node.Locality?
    /// The locality's share of picks under `common_lb_config.locality_weighted_lb_config`; unset weighs 0 there
    /// (no traffic), as in Envoy. Without that config Envoy ignores it, as here.
    public var loadBalancingWeight: UInt32?

    public init(
        lbEndpoints: [LbEndpoint], locality: Node.Locality? = nil,
        loadBalancingWeight: UInt32? = nil
    ) {
        self.lbEndpoints = lbEndpoints
        self.locality = locality
        self.loadBalancingWeight = loadBalancingWeight
    }
}

public struct LbEndpoint: Equatable, Sendable {
    /// `envoy.config.core.v3.HealthStatus` as an endpoint states it.
    public enum HealthStatus: String, ConfigEnum, Sendable {
        case UNKNOWN, HEALTHY, UNHEALTHY, DRAINING, TIMEOUT, DEGRADED
    }

    public var address: SocketAddress
    public var hostname: String
    public var weight: UInt32
    public var healthStatus: HealthStatus

    public init(
        address: SocketAddress, hostname: String = "", weight: UInt32 = 1, healthStatus: HealthStatus = .UNKNOWN
    ) {
        self.address = address
        self.hostname = hostname
        self.weight = weight
        self.healthStatus = healthStatus
    }
}

extension ClusterLoadAssignment {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        clusterName = try mapping.required("cluster_name").nonEmptyString()
        endpoints = try mapping.optional("endpoints")?.list().map(LocalityLbEndpoints.init(reading:)) ?? []
        try mapping.finish(unsupported: ["policy", "named_endpoints"])
    }
}

extension LocalityLbEndpoints {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        lbEndpoints = try mapping.optional("lb_endpoints")?.list().map(LbEndpoint.init(reading:)) ?? []
        // Envoy's priority levels (failover to priority 1 and on) are not built: only priority 0 is accepted.
        if let value = mapping.optional("priority"), try value.uint32() != 0 {
            throw value.error("field 'priority' other than 0 is not supported by nuncio (no priority levels)")
        }
        if let value = mapping.optional("locality") {
            let locality = try value.mapping()
            self.locality = Node.Locality(
                region: try locality.optional("region")?.string() ?? "",
                zone: try locality.optional("zone")?.string() ?? "",
                subZone: try locality.optional("sub_zone")?.string() ?? "")
            try locality.finish()
        }
        if let value = mapping.optional("load_balancing_weight") {
            let weight = try value.uint32()
            if weight == 0 { throw value.error("load_balancing_weight must be at least 1") }
            loadBalancingWeight = weight
        }
        try mapping.finish(unsupported: ["leds_cluster_locality_config", "proximity", "metadata"])
    }
}

extension LbEndpoint {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let endpoint = try mapping.required("endpoint").mapping()
        address = try SocketAddress(readingAddress: try endpoint.required("address"))
        hostname = try endpoint.optional("hostname")?.string() ?? ""
        try endpoint.finish(unsupported: ["additional_addresses", "health_check_config"])
        weight = 1
        if let value = mapping.optional("load_balancing_weight") {
            weight = try value.uint32()
            if weight == 0 { throw value.error("load_balancing_weight must be at least 1") }
        }
        healthStatus = try mapping.optional("health_status")?.enumValue(HealthStatus.self) ?? .UNKNOWN
        try mapping.finish(unsupported: ["endpoint_name", "metadata"])
    }
}

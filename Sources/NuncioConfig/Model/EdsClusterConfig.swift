/// `envoy.config.cluster.v3.Cluster.EdsClusterConfig`: where an EDS cluster's endpoints come from.
public struct EdsClusterConfig: Equatable, Sendable {
    /// The `cluster_name` of the `ClusterLoadAssignment` to use; nil means the cluster's own name.
    public var serviceName: String?
    public var edsConfig: ConfigSource

    public init(serviceName: String? = nil, edsConfig: ConfigSource) {
        self.serviceName = serviceName
        self.edsConfig = edsConfig
    }
}

extension EdsClusterConfig {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        serviceName = try mapping.optional("service_name")?.string()
        if serviceName?.isEmpty == true { serviceName = nil }
        edsConfig = try ConfigSource(reading: try mapping.required("eds_config"))
        try mapping.finish()
    }
}

/// `envoy.config.core.v3.Node`: who this proxy is. `--service-node` and `--service-cluster` fill `id` and `cluster`.
public struct Node: Equatable, Sendable {
    public var id: String
    public var cluster: String
    public var locality: Locality?

    public struct Locality: Equatable, Sendable {
        public var region: String
        public var zone: String
        public var subZone: String
    }

    public init(id: String = "", cluster: String = "", locality: Locality? = nil) {
        self.id = id
        self.cluster = cluster
        self.locality = locality
    }
}

extension Node {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        id = try mapping.optional("id")?.string() ?? ""
        cluster = try mapping.optional("cluster")?.string() ?? ""
        if let localityReader = mapping.optional("locality") {
            let locality = try localityReader.mapping()
            self.locality = Locality(
                region: try locality.optional("region")?.string() ?? "",
                zone: try locality.optional("zone")?.string() ?? "",
                subZone: try locality.optional("sub_zone")?.string() ?? "")
            try locality.finish()
        }
        // Metadata is opaque to the proxy; Envoy only echoes it to management servers.
        mapping.ignore("metadata", "user_agent_name")
        try mapping.finish(unsupported: [
            "dynamic_parameters", "user_agent_version", "user_agent_build_version", "extensions",
            "client_features", "listening_addresses",
        ])
    }
}

/// `envoy.extensions.filters.network.http_connection_manager.v3.Rds`: the connection manager's routes come from a
/// config source (RDS) instead of an inline `route_config`.
public struct Rds: Equatable, Sendable {
    /// The `RouteConfiguration` (by its `name`) this connection manager routes with.
    public var routeConfigName: String
    public var configSource: ConfigSource

    public init(routeConfigName: String, configSource: ConfigSource) {
        self.routeConfigName = routeConfigName
        self.configSource = configSource
    }
}

extension Rds {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        routeConfigName = try mapping.required("route_config_name").string()
        configSource = try ConfigSource(reading: try mapping.required("config_source"))
        try mapping.finish()
    }
}

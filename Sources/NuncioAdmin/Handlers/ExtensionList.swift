/// The extensions this build has, as `/server_info` lists them (`node.extensions`).
enum ExtensionList {
    static let entries: [(name: String, category: String, typeURL: String?)] = [
        ("envoy.cluster.logical_dns", "envoy.clusters", nil),
        ("envoy.cluster.static", "envoy.clusters", nil),
        ("envoy.cluster.strict_dns", "envoy.clusters", nil),
        ("envoy.filters.network.http_connection_manager", "envoy.filters.network",
            "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"),
        ("envoy.filters.http.router", "envoy.filters.http", "envoy.extensions.filters.http.router.v3.Router"),
        ("envoy.filters.http.health_check", "envoy.filters.http",
            "envoy.extensions.filters.http.health_check.v3.HealthCheck"),
        ("envoy.filters.http.buffer", "envoy.filters.http", "envoy.extensions.filters.http.buffer.v3.Buffer"),
        ("envoy.access_loggers.file", "envoy.access_loggers",
            "envoy.extensions.access_loggers.file.v3.FileAccessLog"),
        ("envoy.access_loggers.stdout", "envoy.access_loggers",
            "envoy.extensions.access_loggers.stream.v3.StdoutAccessLog"),
        ("envoy.access_loggers.stderr", "envoy.access_loggers",
            "envoy.extensions.access_loggers.stream.v3.StderrAccessLog"),
        ("envoy.network.dns_resolver.cares", "envoy.network.dns_resolver",
            "envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig"),
        ("envoy.upstreams.http.http_protocol_options", "envoy.upstream_options",
            "envoy.extensions.upstreams.http.v3.HttpProtocolOptions"),
    ]

    static var json: [JSONValue] {
        entries.map { entry in
            .object([
                ("name", .string(entry.name)), ("category", .string(entry.category)), ("type_descriptor", ""),
                ("disabled", false), ("type_urls", .array(entry.typeURL.map { [.string($0)] } ?? [])),
            ])
        }
    }
}

/// An HTTP filter in the connection manager's chain. Nuncio implements the router and the health check filter.
public struct HttpFilter: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case router
        case healthCheck(HealthCheckFilter)
    }

    /// The v3 name, whatever spelling the file used.
    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// `envoy.extensions.filters.http.health_check.v3.HealthCheck`: answers health probes on the data port.
public struct HealthCheckFilter: Equatable, Sendable {
    public var passThroughMode: Bool
    /// The probe is recognised by these request headers (usually `:path` exact `/healthz`).
    public var headers: [HeaderMatcher]

    public init(passThroughMode: Bool, headers: [HeaderMatcher]) {
        self.passThroughMode = passThroughMode
        self.headers = headers
    }
}

extension HttpFilter {
    static let implemented: [ExtensionKind] = [.router, .healthCheck]

    /// A configured filter and whether it is `disabled` (off unless a route enables it); nil for an
    /// `is_optional` filter that Nuncio lacks, which Envoy's rule lets a proxy skip (with a warning here).
    static func read(_ reader: ValueReader) throws -> (filter: HttpFilter, disabled: Bool)? {
        let mapping = try reader.mapping()
        let isOptional = try mapping.optional("is_optional")?.bool() ?? false
        if isOptional, try !mapping.isExtension(among: implemented) {
            let name = try mapping.required("name").string()
            reader.warn("optional HTTP filter '\(name)' is not supported by nuncio and is skipped")
            return nil
        }
        let disabled = try mapping.optional("disabled")?.bool() ?? false
        return (try HttpFilter(reading: reader), disabled)
    }

    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let resolved = try mapping.resolveExtension(
            named: try mapping.required("name"), among: Self.implemented,
            unsupported: UnsupportedExtensions.httpFilters, what: "HTTP filter")
        let config = try mapping.extensionConfig(resolved)
        mapping.ignore("is_optional", "disabled")
        try mapping.finish(unsupported: ["config_discovery"])
        name = resolved.canonicalName
        if resolved.canonicalName == ExtensionKind.router.canonicalName {
            config.ignore("dynamic_stats", "start_child_span", "suppress_envoy_headers", "respect_expected_rq_timeout")
            try config.finish(unsupported: [
                "upstream_log", "upstream_log_options", "strict_check_headers", "upstream_http_filters",
                "suppress_grpc_request_failure_code_stats",
            ])
            kind = .router
        } else {
            guard let passThrough = config.optional("pass_through_mode") else {
                throw config.error("missing required field 'pass_through_mode'")
            }
            let passThroughMode = try passThrough.bool()
            if passThroughMode {
                throw passThrough.error("pass_through_mode true is not supported by nuncio; use false")
            }
            let headers = try config.optional("headers")?.list().map(HeaderMatcher.init(reading:)) ?? []
            try config.finish(unsupported: ["cache_time", "cluster_min_healthy_percentages"])
            kind = .healthCheck(HealthCheckFilter(passThroughMode: passThroughMode, headers: headers))
        }
    }
}

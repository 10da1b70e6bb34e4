/// An HTTP filter in the connection manager's chain, keyed by its `@type` as Envoy's filter registry is.
/// Nuncio implements the router, the health check filter and the buffer filter.
public struct HttpFilter: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case router(RouterFilterConfig)
        case healthCheck(HealthCheckFilter)
        case buffer(BufferFilterConfig)
    }

    /// The v3 name, whatever spelling the file used.
    public var name: String
    /// The name as the file wrote it: what `typed_per_filter_config` keys refer to.
    public var configName: String
    public var kind: Kind
    /// Off unless a route's `typed_per_filter_config` enables it (Envoy's `disabled`).
    public var disabled: Bool

    public init(name: String, configName: String? = nil, kind: Kind, disabled: Bool = false) {
        self.name = name
        self.configName = configName ?? name
        self.kind = kind
        self.disabled = disabled
    }

    /// The `@type` of the filter's config, the key of Nuncio's filter registry.
    public var typeURL: String {
        switch kind {
        case .router: return "type.googleapis.com/" + ExtensionKind.router.typeName
        case .healthCheck: return "type.googleapis.com/" + ExtensionKind.healthCheck.typeName
        case .buffer: return "type.googleapis.com/" + ExtensionKind.buffer.typeName
        }
    }

    public var isRouter: Bool {
        if case .router = kind { return true }
        return false
    }
}

/// `envoy.extensions.filters.http.router.v3.Router`.
public struct RouterFilterConfig: Equatable, Sendable {
    /// No `x-envoy-*` headers added upstream or downstream (`x-envoy-upstream-service-time`,
    /// `x-envoy-expected-rq-timeout-ms`, `x-envoy-overloaded`, ...).
    public var suppressEnvoyHeaders = false
    /// The route timeout becomes the downstream's `x-envoy-expected-rq-timeout-ms` when it sends one.
    public var respectExpectedRqTimeout = false

    public init(suppressEnvoyHeaders: Bool = false, respectExpectedRqTimeout: Bool = false) {
        self.suppressEnvoyHeaders = suppressEnvoyHeaders
        self.respectExpectedRqTimeout = respectExpectedRqTimeout
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

/// `envoy.extensions.filters.http.buffer.v3.Buffer`: holds a request's whole body before it goes on, answering
/// 413 past `max_request_bytes`.
public struct BufferFilterConfig: Equatable, Sendable {
    public var maxRequestBytes: UInt32

    public init(maxRequestBytes: UInt32) {
        self.maxRequestBytes = maxRequestBytes
    }
}

extension HttpFilter {
    static let implemented: [ExtensionKind] = [.router, .healthCheck, .buffer]

    /// A configured filter; nil for an `is_optional` filter that Nuncio lacks, which Envoy's rule lets a proxy
    /// skip (with a warning here).
    static func read(_ reader: ValueReader) throws -> HttpFilter? {
        let mapping = try reader.mapping()
        let isOptional = try mapping.optional("is_optional")?.bool() ?? false
        if isOptional, try !mapping.isExtension(among: implemented) {
            let name = try mapping.required("name").string()
            reader.warn("optional HTTP filter '\(name)' is not supported by nuncio and is skipped")
            return nil
        }
        return try HttpFilter(reading: reader)
    }

    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let nameReader = try mapping.required("name")
        let resolved = try mapping.resolveExtension(
            named: nameReader, among: Self.implemented,
            unsupported: UnsupportedExtensions.httpFilters, what: "HTTP filter")
        let config = try mapping.extensionConfig(resolved)
        disabled = try mapping.optional("disabled")?.bool() ?? false
        _ = mapping.optional("is_optional")
        try mapping.finish(unsupported: ["config_discovery"])
        name = resolved.canonicalName
        configName = try nameReader.string()
        switch resolved.canonicalName {
        case ExtensionKind.router.canonicalName:
            kind = .router(try RouterFilterConfig(reading: config))
        case ExtensionKind.buffer.canonicalName:
            kind = .buffer(try BufferFilterConfig(reading: config))
        default:
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

extension RouterFilterConfig {
    init(reading config: MappingReader) throws {
        suppressEnvoyHeaders = try config.optional("suppress_envoy_headers")?.bool() ?? false
        respectExpectedRqTimeout = try config.optional("respect_expected_rq_timeout")?.bool() ?? false
        // Envoy's defaults, which are what Nuncio does; other values would be silently ignored, so they are refused.
        if let value = config.optional("dynamic_stats"), try !value.bool() {
            throw value.error("dynamic_stats false is not supported by nuncio")
        }
        if let value = config.optional("start_child_span"), try value.bool() {
            throw value.error("start_child_span true is not supported by nuncio (no tracing)")
        }
        try config.finish(unsupported: [
            "upstream_log", "upstream_log_options", "strict_check_headers", "upstream_http_filters",
            "suppress_grpc_request_failure_code_stats",
        ])
    }
}

extension BufferFilterConfig {
    init(reading config: MappingReader) throws {
        let value = try config.required("max_request_bytes")
        maxRequestBytes = try value.uint32()
        if maxRequestBytes == 0 { throw value.error("max_request_bytes must be greater than 0") }
        try config.finish()
    }
}

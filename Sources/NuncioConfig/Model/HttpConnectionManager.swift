/// `envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager`.
public struct HttpConnectionManager: Equatable, Sendable {
    public enum CodecType: String, ConfigEnum, Sendable {
        case AUTO, HTTP1, HTTP2
        static var unsupportedValues: Set<String> { ["HTTP3"] }
    }

    public enum ServerHeaderTransformation: String, ConfigEnum, Sendable {
        case OVERWRITE, APPEND_IF_ABSENT, PASS_THROUGH
    }

    public enum HeadersWithUnderscoresAction: String, ConfigEnum, Sendable {
        case ALLOW, REJECT_REQUEST, DROP_HEADER
    }

    /// What the connection manager does with `%2F`, `%2f`, `%5C` and `%5c` in a request's path (Envoy's
    /// `PathWithEscapedSlashesAction`): keep them (the default, which `IMPLEMENTATION_SPECIFIC_DEFAULT` means in
    /// Envoy), refuse the request with 400, or decode them and either redirect (307) to the decoded path or
    /// forward it.
    public enum PathWithEscapedSlashesAction: String, ConfigEnum, Sendable {
        case IMPLEMENTATION_SPECIFIC_DEFAULT, KEEP_UNCHANGED, REJECT_REQUEST, UNESCAPE_AND_REDIRECT,
            UNESCAPE_AND_FORWARD
    }

    public var codecType: CodecType = .AUTO
    public var statPrefix: String
    /// The inline routes; with `rds`, an empty configuration named `rds.routeConfigName` until RDS delivers it.
    public var routeConfig: RouteConfiguration
    /// Set when the routes come from a config source (RDS) rather than inline.
    public var rds: Rds?
    public var httpFilters: [HttpFilter]
    public var accessLog: [AccessLog] = []
    public var useRemoteAddress = false
    public var xffNumTrustedHops: UInt32 = 0
    public var skipXffAppend = false
    public var serverName = "envoy"
    public var serverHeaderTransformation: ServerHeaderTransformation = .OVERWRITE
    public var generateRequestId = true
    public var preserveExternalRequestId = false
    /// Envoy's defaults: 5 min stream idle, no request timeout, no header timeout, 5 s drain, 1 s delayed close.
    public var streamIdleTimeout: ConfigDuration = .seconds(300)
    public var requestTimeout: ConfigDuration = .seconds(0)
    public var requestHeadersTimeout: ConfigDuration = .seconds(0)
    public var drainTimeout: ConfigDuration = .seconds(5)
    public var delayedCloseTimeout: ConfigDuration = .seconds(1)
    /// Downstream connection idle timeout: one hour unless set; zero disables.
    public var idleTimeout: ConfigDuration = .seconds(3600)
    public var maxConnectionDuration: ConfigDuration?
    public var maxStreamDuration: ConfigDuration?
    public var maxHeadersCount: UInt32 = 100
    public var maxRequestHeadersKb: UInt32 = 60
    public var headersWithUnderscoresAction: HeadersWithUnderscoresAction = .ALLOW
    public var acceptHTTP10 = false
    public var defaultHostForHTTP10: String?
    public var http2: Http2ProtocolOptions = Http2ProtocolOptions()
    public var normalizePath = false
    public var mergeSlashes = false
    public var pathWithEscapedSlashesAction: PathWithEscapedSlashesAction = .IMPLEMENTATION_SPECIFIC_DEFAULT
    /// Appended to `via` on requests going upstream and on every response.
    public var via: String?

    public init(statPrefix: String, routeConfig: RouteConfiguration, httpFilters: [HttpFilter]) {
        self.statPrefix = statPrefix
        self.routeConfig = routeConfig
        self.httpFilters = httpFilters
    }
}

extension HttpConnectionManager {
    init(reading mapping: MappingReader) throws {
        // The prefix, the routes and the options are read apart, so that an error in one hides none in another.
        let context = mapping.context
        statPrefix = try context.recording { try mapping.required("stat_prefix").nonEmptyString() } ?? ""
        let routes = try context.recording { try Self.readRouteConfig(mapping) }
        routeConfig = routes?.inline ?? RouteConfiguration(virtualHosts: [])
        rds = routes?.rds
        httpFilters = try Self.readFilters(mapping)
        try context.recording { try readOptions(mapping) }
    }

    private static func readRouteConfig(_ mapping: MappingReader) throws -> (inline: RouteConfiguration, rds: Rds?) {
        guard let (routeKey, routeReader) = try mapping.oneOf(
            ["route_config", "rds", "scoped_routes"], required: true, what: "the route specifier")
        else { preconditionFailure("oneOf(required:) returns a value") }
        switch routeKey {
        case "route_config":
            return (try RouteConfiguration(reading: routeReader), nil)
        case "rds":
            let rds = try Rds(reading: routeReader)
            return (RouteConfiguration(name: rds.routeConfigName, virtualHosts: []), rds)
        default:
            throw routeReader.error("'\(routeKey)' (scoped routes) is not supported by nuncio; use route_config or rds")
        }
    }

    private mutating func readOptions(_ mapping: MappingReader) throws {
        if let codec = mapping.optional("codec_type") { codecType = try codec.enumValue(CodecType.self) }
        accessLog = try mapping.optional("access_log")?.elements(AccessLog.init(reading:)) ?? []
        useRemoteAddress = try mapping.optional("use_remote_address")?.bool() ?? false
        xffNumTrustedHops = try mapping.optional("xff_num_trusted_hops")?.uint32() ?? 0
        skipXffAppend = try mapping.optional("skip_xff_append")?.bool() ?? false
        serverName = try mapping.optional("server_name")?.string() ?? "envoy"
        if let value = mapping.optional("server_header_transformation") {
            serverHeaderTransformation = try value.enumValue(ServerHeaderTransformation.self)
        }
        generateRequestId = try mapping.optional("generate_request_id")?.bool() ?? true
        preserveExternalRequestId = try mapping.optional("preserve_external_request_id")?.bool() ?? false
        streamIdleTimeout = try mapping.optional("stream_idle_timeout")?.duration() ?? streamIdleTimeout
        requestTimeout = try mapping.optional("request_timeout")?.duration() ?? requestTimeout
        requestHeadersTimeout = try mapping.optional("request_headers_timeout")?.duration() ?? requestHeadersTimeout
        drainTimeout = try mapping.optional("drain_timeout")?.duration() ?? drainTimeout
        delayedCloseTimeout = try mapping.optional("delayed_close_timeout")?.duration() ?? delayedCloseTimeout
        if let value = mapping.optional("idle_timeout") {
            value.warn("deprecated field 'idle_timeout'; use common_http_protocol_options.idle_timeout")
            idleTimeout = try value.duration()
        }
        if let common = mapping.optional("common_http_protocol_options") {
            let options = try CommonHttpProtocolOptions(reading: common)
            idleTimeout = options.idleTimeout ?? idleTimeout
            maxConnectionDuration = options.maxConnectionDuration
            maxStreamDuration = options.maxStreamDuration
            maxHeadersCount = options.maxHeadersCount ?? maxHeadersCount
            headersWithUnderscoresAction = options.headersWithUnderscoresAction ?? .ALLOW
        }
        if let value = mapping.optional("max_request_headers_kb") {
            let kb = try value.uint32()
            guard (1...8192).contains(kb) else { throw value.error("expected 1 to 8192 (KiB), got \(kb)") }
            maxRequestHeadersKb = kb
        }
        if let value = mapping.optional("http_protocol_options") {
            let options = try value.mapping()
            acceptHTTP10 = try options.optional("accept_http_10")?.bool() ?? false
            defaultHostForHTTP10 = try options.optional("default_host_for_http_10")?.string()
            // Nuncio's codec rejects a chunked body with a content-length, and unknown methods, as Envoy's default.
            options.onlyDefault("allow_chunked_length", false)
            options.onlyDefault("allow_custom_methods", false)
            try options.finish(unsupported: [
                "header_key_format", "override_stream_error_on_invalid_http_message", "send_fully_qualified_url",
                "allow_absolute_url", "ignore_http_11_upgrade", "enable_trailers",
            ])
        }
        if let value = mapping.optional("http2_protocol_options") {
            http2 = try Http2ProtocolOptions(reading: value)
        }
        normalizePath = try mapping.optional("normalize_path")?.bool() ?? false
        mergeSlashes = try mapping.optional("merge_slashes")?.bool() ?? false
        if let value = mapping.optional("path_with_escaped_slashes_action") {
            pathWithEscapedSlashesAction = try value.enumValue(PathWithEscapedSlashesAction.self)
        }
        if let value = try mapping.optional("via")?.string(), !value.isEmpty { via = value }
        mapping.onlyDefault("add_user_agent", false)
        // Nuncio answers `Expect: 100-continue` itself, as Envoy does unless this is true.
        mapping.onlyDefault("proxy_100_continue", false)
        try mapping.finish(unsupported: [
            "tracing", "upgrade_configs", "local_reply_config", "internal_address_config",
            "forward_client_cert_details", "set_current_client_cert_details", "original_ip_detection_extensions",
            "early_header_mutation_extensions", "request_id_extension", "http3_protocol_options",
            "represent_ipv4_remote_address_as_ipv4_mapped_ipv6", "scheme_header_transformation",
            "strip_matching_host_port",
            "strip_any_host_port", "stream_error_on_invalid_http_message", "access_log_options",
            "always_set_request_id_in_response", "strip_trailing_host_dot", "proxy_status_config",
            "typed_header_validation_config", "append_x_forwarded_port", "append_local_overload",
            "add_proxy_protocol_connection_state", "request_headers_timeout_ms", "user_agent",
        ])
    }

    /// The filter chain; Envoy (1.40) uses the router alone when `http_filters` is absent or empty.
    /// Filters `disabled` by default stay in the chain: a route's `typed_per_filter_config` may enable them.
    private static func readFilters(_ mapping: MappingReader) throws -> [HttpFilter] {
        let items = try mapping.optional("http_filters")?.list() ?? []
        var chain: [(filter: HttpFilter, reader: ValueReader)] = []
        for item in items {
            guard let filter = try HttpFilter.read(item) else { continue }
            chain.append((filter, item))
        }
        guard let last = chain.last else {
            return [HttpFilter(name: ExtensionKind.router.canonicalName, kind: .router(RouterFilterConfig()))]
        }
        if !last.filter.isRouter {
            throw last.reader.error(
                "non-terminal filter '\(last.filter.name)' is the last filter in the http filter chain; "
                    + "the router must be last")
        }
        if last.filter.disabled {
            throw last.reader.error(
                "the last (terminal) filter (\(last.filter.name)) in the chain cannot be disabled by default")
        }
        for entry in chain.dropLast() where entry.filter.isRouter {
            throw entry.reader.error(
                "terminal filter '\(entry.filter.name)' must be the last filter in the http filter chain")
        }
        return chain.map(\.filter)
    }
}

/// The options Envoy shares between downstream and upstream HTTP (`CommonHttpProtocolOptions`).
struct CommonHttpProtocolOptions {
    var idleTimeout: ConfigDuration?
    var maxConnectionDuration: ConfigDuration?
    var maxStreamDuration: ConfigDuration?
    var maxHeadersCount: UInt32?
    var maxRequestsPerConnection: UInt32?
    var headersWithUnderscoresAction: HttpConnectionManager.HeadersWithUnderscoresAction?

    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        idleTimeout = try mapping.optional("idle_timeout")?.duration()
        maxConnectionDuration = try mapping.optional("max_connection_duration")?.duration()
        maxStreamDuration = try mapping.optional("max_stream_duration")?.duration()
        if let value = mapping.optional("max_headers_count") {
            let count = try value.uint32()
            guard count >= 1 else { throw value.error("expected at least 1") }
            maxHeadersCount = count
        }
        maxRequestsPerConnection = try mapping.optional("max_requests_per_connection")?.uint32()
        if let value = mapping.optional("headers_with_underscores_action") {
            headersWithUnderscoresAction = try value.enumValue(HttpConnectionManager.HeadersWithUnderscoresAction.self)
        }
        try mapping.finish(unsupported: ["max_response_headers_kb"])
    }
}

/// The HTTP/2 settings Nuncio honours, on either side.
public struct Http2ProtocolOptions: Equatable, Sendable {
    public var maxConcurrentStreams: UInt32 = 2_147_483_647
    /// Envoy 1.40's windows: 16 MiB a stream, 24 MiB the connection (its SETTINGS and first WINDOW_UPDATE).
    public var initialStreamWindowSize: UInt32 = 16_777_216
    public var initialConnectionWindowSize: UInt32 = 25_165_824

    public init() {}

    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        maxConcurrentStreams = try mapping.optional("max_concurrent_streams")?.uint32() ?? maxConcurrentStreams
        if let value = mapping.optional("initial_stream_window_size") {
            let size = try value.uint32()
            guard (65_535...2_147_483_647).contains(size) else { throw value.error("expected 65535 to 2147483647") }
            initialStreamWindowSize = size
        }
        if let value = mapping.optional("initial_connection_window_size") {
            let size = try value.uint32()
            guard (65_535...2_147_483_647).contains(size) else { throw value.error("expected 65535 to 2147483647") }
            initialConnectionWindowSize = size
        }
        // SwiftNIO's HTTP/2 has Envoy's defaults here: a 4096-byte HPACK table, no extended CONNECT or METADATA,
        // and a connection error after one empty DATA frame in a row.
        mapping.onlyDefault("hpack_table_size", 4096)
        mapping.onlyDefault("allow_connect", false)
        mapping.onlyDefault("allow_metadata", false)
        mapping.onlyDefault("max_consecutive_inbound_frames_with_empty_payload", 1)
        try mapping.finish(unsupported: [
            "connection_keepalive", "custom_settings_parameters", "use_oghttp2_codec", "max_outbound_frames",
            "max_outbound_control_frames", "max_inbound_priority_frames_per_stream",
            "max_inbound_window_update_frames_per_data_frame_sent", "stream_error_on_invalid_http_messaging",
            "override_stream_error_on_invalid_http_message",
        ])
    }
}

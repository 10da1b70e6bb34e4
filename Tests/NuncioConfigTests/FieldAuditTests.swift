import Testing

@testable import NuncioConfig

/// The fields that used to be accepted and do nothing: now refused, accepted only at Envoy's default (whose
/// behaviour Nuncio has), or read into the model for the engine.
@Suite struct FieldAuditTests {
    static let base = ConfigText.base
    static let hcm = ConfigText.hcm
    static let listener = "static_resources.listeners[0]"

    /// A field that nuncio refuses whatever its value.
    static let refused: [BrokenConfig] = [
        refusedField("listener stat_prefix", base.inserting(after: 3, "    stat_prefix: web"), 4,
            "\(listener).stat_prefix"),
        refusedField("listener connection_balance_config",
            base.inserting(after: 3, "    connection_balance_config: {exact_balance: {}}"), 4,
            "\(listener).connection_balance_config"),
        refusedField("listener enable_reuse_port", base.inserting(after: 3, "    enable_reuse_port: false"), 4,
            "\(listener).enable_reuse_port"),
        refusedField("ipv4_compat",
            base.replacing(line: 4, with: "    address: {socket_address: {address: \"::\", port_value: 8080, "
                + "ipv4_compat: true}}"), 4, "\(listener).address.socket_address.ipv4_compat"),
        refusedField("represent_ipv4_remote_address_as_ipv4_mapped_ipv6",
            base.inserting(after: 10, "          represent_ipv4_remote_address_as_ipv4_mapped_ipv6: false"), 11,
            "\(hcm).represent_ipv4_remote_address_as_ipv4_mapped_ipv6"),
        refusedField("enable_trailers",
            base.inserting(after: 10, "          http_protocol_options: {enable_trailers: false}"), 11,
            "\(hcm).http_protocol_options.enable_trailers"),
        refusedField("max_outbound_frames",
            base.inserting(after: 10, "          http2_protocol_options: {max_outbound_frames: 10000}"), 11,
            "\(hcm).http2_protocol_options.max_outbound_frames"),
        refusedField("runtime_key_prefix",
            base.replacing(line: 17, with: "                route: {weighted_clusters: {clusters: [{name: app, "
                + "weight: 1}], runtime_key_prefix: w}}"), 17,
            ConfigText.firstRoute + ".route.weighted_clusters.runtime_key_prefix"),
        refusedField("watchdog", base.inserting(after: 31, "watchdog: {}"), 32, "watchdog"),
        refusedField("header_prefix", base.inserting(after: 31, "header_prefix: x-nuncio"), 32, "header_prefix"),
        refusedField("stats_server_version_override", base.inserting(after: 31, "stats_server_version_override: 7"),
            32, "stats_server_version_override"),
        refusedField("admin profile_path", base.inserting(after: 30, "  profile_path: /tmp/envoy.prof"), 31,
            "admin.profile_path"),
        refusedField("admin ignore_global_conn_limit", base.inserting(after: 30, "  ignore_global_conn_limit: true"),
            31, "admin.ignore_global_conn_limit"),
        refusedField("dns_resolver_options",
            base.inserting(after: 31, "dns_resolution_config: {dns_resolver_options: {}}"), 32,
            "dns_resolution_config.dns_resolver_options"),
    ]

    static func refusedField(_ name: String, _ config: ConfigText, _ line: Int, _ path: String) -> BrokenConfig {
        let field = String(path.split(separator: ".").last!)
        return BrokenConfig(
            name: name, config: config, path: path, line: line,
            phrase: "field '\(field)' is not supported by nuncio")
    }

    /// A field nuncio accepts at Envoy's default only; each case gives the other value.
    static let defaultOnly: [BrokenConfig] = [
        defaultOnlyField("add_user_agent", "true", "false", hcmLine: "add_user_agent: true"),
        defaultOnlyField("proxy_100_continue", "true", "false", hcmLine: "proxy_100_continue: true"),
        defaultOnlyField("allow_chunked_length", "true", "false",
            hcmLine: "http_protocol_options: {allow_chunked_length: true}", in: "http_protocol_options"),
        defaultOnlyField("allow_custom_methods", "true", "false",
            hcmLine: "http_protocol_options: {allow_custom_methods: true}", in: "http_protocol_options"),
        defaultOnlyField("hpack_table_size", "8192", "4096",
            hcmLine: "http2_protocol_options: {hpack_table_size: 8192}", in: "http2_protocol_options"),
        defaultOnlyField("allow_connect", "true", "false",
            hcmLine: "http2_protocol_options: {allow_connect: true}", in: "http2_protocol_options"),
        defaultOnlyField("allow_metadata", "true", "false",
            hcmLine: "http2_protocol_options: {allow_metadata: true}", in: "http2_protocol_options"),
        defaultOnlyField("max_consecutive_inbound_frames_with_empty_payload", "3", "1",
            hcmLine: "http2_protocol_options: {max_consecutive_inbound_frames_with_empty_payload: 3}",
            in: "http2_protocol_options"),
        BrokenConfig(
            name: "most_specific_header_mutations_wins",
            config: base.inserting(after: 11, "            most_specific_header_mutations_wins: true"),
            path: "\(hcm).route_config.most_specific_header_mutations_wins", line: 12,
            phrase: "most_specific_header_mutations_wins true is not supported by nuncio; only false"),
        BrokenConfig(
            name: "route priority HIGH",
            config: base.replacing(line: 17, with: "                route: {cluster: app, priority: HIGH}"),
            path: ConfigText.firstRoute + ".route.priority", line: 17,
            phrase: "priority HIGH is not supported by nuncio; only DEFAULT"),
        inserted("drain_type", "MODIFY_ONLY", after: 3, indent: 4, in: listener),
        inserted("traffic_direction", "INBOUND", after: 3, indent: 4, in: listener),
        BrokenConfig(
            name: "treat_missing_header_as_empty",
            config: base.replacing(line: 16, with: "              - match: {prefix: \"/\", headers: [{name: x, "
                + "present_match: true, treat_missing_header_as_empty: true}]}"),
            path: ConfigText.firstRoute + ".match.headers[0].treat_missing_header_as_empty", line: 16,
            phrase: "treat_missing_header_as_empty true is not supported by nuncio"),
        inserted("enable_dispatcher_stats", "true", after: 31, indent: 0, in: nil),
        inserted("use_tcp_for_dns_lookups", "true", after: 31, indent: 0, in: nil),
    ]

    /// `field: value` inserted after line `after`, refused there.
    static func inserted(_ field: String, _ value: String, after: Int, indent: Int, in parent: String?) -> BrokenConfig {
        BrokenConfig(
            name: "\(field) \(value)",
            config: base.inserting(after: after, String(repeating: " ", count: indent) + "\(field): \(value)"),
            path: [parent, field].compactMap { $0 }.joined(separator: "."), line: after + 1,
            phrase: "\(field) \(value) is not supported by nuncio")
    }

    static func defaultOnlyField(
        _ field: String, _ given: String, _ expected: String, hcmLine: String, in parent: String? = nil
    ) -> BrokenConfig {
        BrokenConfig(
            name: field, config: base.inserting(after: 10, "          " + hcmLine),
            path: [hcm, parent, field].compactMap { $0 }.joined(separator: "."), line: 11,
            phrase: "\(field) \(given) is not supported by nuncio; only \(expected) (Envoy's default) is")
    }

    @Test(arguments: refused + defaultOnly)
    func rejects(_ broken: BrokenConfig) throws {
        let error = try #require(broken.config.loadError())
        #expect(error.path == broken.path)
        #expect(error.line == broken.line)
        #expect(error.message.contains(broken.phrase), "message: \(error.message)")
    }

    /// The default values themselves load.
    @Test func defaultValuesLoad() throws {
        let config = Self.base.inserting(after: 10, """
                      add_user_agent: false
                      proxy_100_continue: false
                      http_protocol_options: {allow_chunked_length: false, allow_custom_methods: false}
                      http2_protocol_options: {hpack_table_size: 4096, allow_connect: false, allow_metadata: false,
                        max_consecutive_inbound_frames_with_empty_payload: 1}
            """).inserting(after: 3, """
                drain_type: DEFAULT
                traffic_direction: OUTBOUND
            """).inserting(after: 38, """
            enable_dispatcher_stats: false
            use_tcp_for_dns_lookups: false
            """)
        _ = try config.load()
    }
}

/// The fields read into the model for the engine, at Envoy's defaults when absent.
@Suite struct FieldModelTests {
    static let base = ConfigText.base

    static func manager(_ config: ConfigText) throws -> HttpConnectionManager {
        try config.load().bootstrap.listeners[0].httpConnectionManager
    }

    static func forward(_ config: ConfigText) throws -> ForwardAction {
        let route = try manager(config).routeConfig.virtualHosts[0].routes[0]
        guard case .forward(let action) = route.action else { throw ConfigError(file: "", line: 0, column: 0,
            path: "", message: "not a forward") }
        return action
    }

    @Test func defaults() throws {
        let manager = try Self.manager(Self.base)
        #expect(manager.via == nil)
        // Envoy's IMPLEMENTATION_SPECIFIC_DEFAULT, which the connection manager treats as KEEP_UNCHANGED.
        #expect(manager.pathWithEscapedSlashesAction == .IMPLEMENTATION_SPECIFIC_DEFAULT)
        #expect(manager.routeConfig.maxDirectResponseBodySizeBytes == 4096)
        let action = try Self.forward(Self.base)
        #expect(action.clusterHeader == nil)
        #expect(action.clusterNotFoundResponseCode == .SERVICE_UNAVAILABLE)
        #expect(action.clusterNotFoundResponseCode.status == 503)
    }

    @Test func viaAndEscapedSlashes() throws {
        let config = Self.base.inserting(after: 10, """
                      via: nuncio-edge
                      path_with_escaped_slashes_action: UNESCAPE_AND_REDIRECT
            """)
        let manager = try Self.manager(config)
        #expect(manager.via == "nuncio-edge")
        #expect(manager.pathWithEscapedSlashesAction == .UNESCAPE_AND_REDIRECT)
        let implementation = Self.base.inserting(
            after: 10, "          path_with_escaped_slashes_action: IMPLEMENTATION_SPECIFIC_DEFAULT")
        #expect(try Self.manager(implementation).pathWithEscapedSlashesAction == .IMPLEMENTATION_SPECIFIC_DEFAULT)
    }

    @Test func clusterHeaderAndNotFoundCode() throws {
        let config = Self.base.replacing(line: 17, with: "                route: {cluster_header: X-Target-Cluster, "
            + "cluster_not_found_response_code: NOT_FOUND}")
        let action = try Self.forward(config)
        #expect(action.clusterHeader == "x-target-cluster")
        #expect(action.clusterNotFoundResponseCode == .NOT_FOUND)
        #expect(action.clusterNotFoundResponseCode.status == 404)
        let internalError = Self.base.replacing(line: 17, with: "                route: {cluster: app, "
            + "cluster_not_found_response_code: INTERNAL_SERVER_ERROR}")
        #expect(try Self.forward(internalError).clusterNotFoundResponseCode.status == 500)
    }
}

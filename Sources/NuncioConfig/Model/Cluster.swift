/// `envoy.config.cluster.v3.Cluster`: a named group of upstream hosts and how to reach them.
public struct Cluster: Equatable, Sendable {
    public enum DiscoveryType: String, ConfigEnum, Sendable {
        case STATIC, STRICT_DNS, LOGICAL_DNS, EDS
        static var unsupportedValues: Set<String> { ["ORIGINAL_DST"] }
    }

    public enum LbPolicy: String, ConfigEnum, Sendable {
        case ROUND_ROBIN, LEAST_REQUEST, RANDOM
        static var unsupportedValues: Set<String> {
            ["RING_HASH", "MAGLEV", "CLUSTER_PROVIDED", "LOAD_BALANCING_POLICY_CONFIG", "ORIGINAL_DST_LB"]
        }
    }

    public enum DnsLookupFamily: String, ConfigEnum, Sendable {
        case AUTO, V4_ONLY, V6_ONLY, V4_PREFERRED, ALL
    }

    public enum UpstreamProtocol: Equatable, Sendable {
        case http1
        case http2(Http2ProtocolOptions)
    }

    public var name: String
    public var altStatName: String?
    public var type: DiscoveryType = .STATIC
    /// Envoy's default connect timeout is 5 s.
    public var connectTimeout: ConfigDuration = .seconds(5)
    public var lbPolicy: LbPolicy = .ROUND_ROBIN
    public var leastRequestChoiceCount: UInt32 = 2
    /// Least request with unequal weights: `weight / (active + 1)^bias` (Envoy's default 1.0).
    public var activeRequestBias = 1.0
    /// `common_lb_config.healthy_panic_threshold`: under this percent of available hosts, pick among all (0 never).
    public var healthyPanicThreshold = 50.0
    /// `common_lb_config.locality_weighted_lb_config`: pick a locality by its `load_balancing_weight` first.
    public var localityWeightedLbConfig = false
    /// The endpoints; for an EDS cluster, empty until its `ClusterLoadAssignment` arrives.
    public var loadAssignment: ClusterLoadAssignment
    /// Set exactly when `type` is EDS: where the endpoints come from.
    public var edsClusterConfig: EdsClusterConfig?
    public var upstreamProtocol: UpstreamProtocol = .http1
    /// Upstream connection idle timeout: one hour unless set.
    public var idleTimeout: ConfigDuration = .seconds(3600)
    public var maxRequestsPerConnection: UInt32?
    public var dnsRefreshRate: ConfigDuration = .seconds(5)
    public var respectDnsTtl = false
    public var dnsLookupFamily: DnsLookupFamily = .AUTO
    /// The cluster's own resolvers (`dns_resolvers` or `typed_dns_resolver_config`); nil means the bootstrap's.
    public var dnsResolver: DnsResolverConfig?
    public var healthChecks: [HealthCheck] = []
    public var circuitBreakers: CircuitBreakers = CircuitBreakers()
    public var outlierDetection: OutlierDetection?
    public var perConnectionBufferLimitBytes: UInt32 = 1_048_576

    public init(name: String, type: DiscoveryType = .STATIC, loadAssignment: ClusterLoadAssignment) {
        self.name = name
        self.type = type
        self.loadAssignment = loadAssignment
    }
}

extension Cluster {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        name = try mapping.required("name").nonEmptyString()
        altStatName = try mapping.optional("alt_stat_name")?.string()
        if let value = mapping.optional("type") { type = try value.enumValue(DiscoveryType.self) }
        connectTimeout = try mapping.optional("connect_timeout")?.duration() ?? connectTimeout
        if connectTimeout.isZero, let value = mapping.optional("connect_timeout") {
            throw value.error("connect_timeout must be greater than 0")
        }
        if let value = mapping.optional("lb_policy") { lbPolicy = try value.enumValue(LbPolicy.self) }
        if let value = mapping.optional("least_request_lb_config") {
            let config = try value.mapping()
            if let choice = config.optional("choice_count") {
                leastRequestChoiceCount = try choice.uint32()
                if leastRequestChoiceCount < 2 { throw choice.error("expected at least 2") }
            }
            if let bias = config.optional("active_request_bias") {
                activeRequestBias = try Self.readActiveRequestBias(bias)
            }
            try config.finish(unsupported: ["slow_start_config", "locality_lb_config", "selection_method"])
        }
        loadAssignment = try Self.readEndpoints(mapping, clusterName: name)
        edsClusterConfig = try Self.readEdsClusterConfig(mapping, type: type)
        if let value = mapping.optional("common_lb_config") { try readCommonLbConfig(value) }
        try readProtocolOptions(mapping)
        dnsRefreshRate = try mapping.optional("dns_refresh_rate")?.duration() ?? dnsRefreshRate
        if dnsRefreshRate.nanoseconds <= 1_000_000, let value = mapping.optional("dns_refresh_rate") {
            throw value.error("dns_refresh_rate must be greater than 1ms")
        }
        respectDnsTtl = try mapping.optional("respect_dns_ttl")?.bool() ?? false
        if let value = mapping.optional("dns_lookup_family") {
            dnsLookupFamily = try value.enumValue(DnsLookupFamily.self)
        }
        if let (key, value) = try mapping.oneOf(
            ["typed_dns_resolver_config", "dns_resolvers"], required: false, what: "the DNS resolver")
        {
            dnsResolver = key == "dns_resolvers"
                ? try DnsResolverConfig(readingResolverList: value) : try DnsResolverConfig(readingTyped: value)
        }
        if let value = mapping.optional("health_checks") {
            let items = try value.list()
            // Nuncio runs one checker per cluster.
            if items.count > 1 { throw items[1].error("more than one health check is not supported by nuncio") }
            healthChecks = try items.map(HealthCheck.init(reading:))
        }
        if let value = mapping.optional("circuit_breakers") { circuitBreakers = try CircuitBreakers(reading: value) }
        outlierDetection = try mapping.optional("outlier_detection").map(OutlierDetection.init(reading:))
        perConnectionBufferLimitBytes = try mapping.optional("per_connection_buffer_limit_bytes")?.uint32()
            ?? perConnectionBufferLimitBytes
        // Only for ORIGINAL_DST clusters, which nuncio refuses: no effect on the types it runs, in Envoy as here.
        mapping.ignore("cleanup_interval")
        // Accepted at the value nuncio behaves as; the other is refused (README, Differences from Envoy).
        try mapping.onlyBool("ignore_health_on_host_removal", true)
        try mapping.onlyBool("close_connections_on_host_health_failure", false)
        try mapping.onlyBool("track_timeout_budgets", false)
        try mapping.onlyBool("use_tcp_for_dns_lookups", false)
        try mapping.onlyBool("wait_for_warm_on_init", true)
        try mapping.finish(unsupported: [
            "cluster_type", "transport_socket", "transport_socket_matches", "tls_context",
            "upstream_connection_options", "upstream_bind_config", "ring_hash_lb_config",
            "maglev_lb_config", "original_dst_lb_config", "round_robin_lb_config", "load_balancing_policy",
            "lb_subset_config", "metadata", "filters", "protocol_selection", "lrs_server", "track_cluster_stats",
            "preconnect_policy", "connection_pool_per_downstream_connection", "upstream_http_protocol_options",
            "dns_resolution_config", "dns_jitter", "dns_failure_refresh_rate", "extension_protocol_options",
            "typed_extension_protocol_options_deprecated", "upstream_config", "http_protocol_options_deprecated",
        ])
    }

    /// `common_lb_config`: its `healthy_panic_threshold` (a `Percent`) and `locality_weighted_lb_config` (an empty
    /// message); zone-aware routing and the rest are refused (README, Differences from Envoy).
    private mutating func readCommonLbConfig(_ reader: ValueReader) throws {
        let common = try reader.mapping()
        if let value = common.optional("healthy_panic_threshold") {
            let percent = try value.mapping()
            let number = try percent.required("value")
            try percent.finish()
            guard case .scalar(let text, _) = number.node.kind, let parsed = Double(text), (0...100).contains(parsed)
            else { throw number.error("expected a percentage from 0 to 100, got \(number.node.typeDescription)") }
            healthyPanicThreshold = parsed
        }
        if let value = common.optional("locality_weighted_lb_config") {
            try value.mapping().finish()
            localityWeightedLbConfig = true
        }
        try common.finish(unsupported: [
            "zone_aware_lb_config", "update_merge_window",
            "ignore_new_hosts_until_first_hc", "close_connections_on_host_set_change", "consistent_hashing_lb_config",
            "override_host_status",
        ])
    }

    /// A `RuntimeDouble`: its `default_value` (the runtime key is not looked up; README, Differences from Envoy).
    private static func readActiveRequestBias(_ reader: ValueReader) throws -> Double {
        let runtime = try reader.mapping()
        let valueReader = try runtime.required("default_value")
        _ = try runtime.required("runtime_key").nonEmptyString()
        try runtime.finish()
        guard case .scalar(let text, _) = valueReader.node.kind, let value = Double(text), value.isFinite else {
            throw valueReader.error("expected a number, got \(valueReader.node.typeDescription)")
        }
        guard value >= 0 else {
            // Envoy's least request balancer: "invalid active request bias supplied ..., using 1.0".
            valueReader.warn("invalid active request bias \(text), using 1.0")
            return 1
        }
        return value
    }

    /// An EDS cluster's endpoints come only from its config source; other types have no use for one.
    private static func readEdsClusterConfig(
        _ mapping: MappingReader, type: DiscoveryType
    ) throws -> EdsClusterConfig? {
        let config = mapping.optional("eds_cluster_config")
        guard type == .EDS else {
            if let config { throw config.error("eds_cluster_config needs type EDS") }
            return nil
        }
        if let assignment = mapping.optional("load_assignment") {
            throw assignment.error("load_assignment on an EDS cluster is not supported by nuncio: its endpoints come "
                + "from eds_cluster_config")
        }
        guard let config else { throw mapping.error("an EDS cluster needs eds_cluster_config (with eds_config)") }
        return try EdsClusterConfig(reading: config)
    }

    private static func readEndpoints(_ mapping: MappingReader, clusterName: String) throws -> ClusterLoadAssignment {
        guard let (key, value) = try mapping.oneOf(
            ["load_assignment", "hosts"], required: false, what: "the endpoints")
        else {
            return ClusterLoadAssignment(clusterName: clusterName, endpoints: [])
        }
        if key == "load_assignment" { return try ClusterLoadAssignment(reading: value) }
        // v2: `hosts` is a list of addresses; v3 puts them in one locality of `load_assignment`.
        mapping.context.sawV2 = true
        let endpoints = try value.list().map { LbEndpoint(address: try SocketAddress(readingAddress: $0)) }
        return ClusterLoadAssignment(
            clusterName: clusterName, endpoints: [LocalityLbEndpoints(lbEndpoints: endpoints)])
    }

    /// HTTP/2 upstream in either spelling: v2's `http2_protocol_options` on the cluster, or v3's
    /// `typed_extension_protocol_options` with `explicit_http_config`.
    private mutating func readProtocolOptions(_ mapping: MappingReader) throws {
        if let value = mapping.optional("http2_protocol_options") {
            upstreamProtocol = .http2(try Http2ProtocolOptions(reading: value))
        }
        if let value = mapping.optional("http_protocol_options") {
            try Self.readHttp1Options(value)
        }
        if let value = mapping.optional("common_http_protocol_options") {
            try applyCommon(value)
        }
        if let value = mapping.optional("max_requests_per_connection") {
            maxRequestsPerConnection = try value.uint32()
        }
        guard let typed = mapping.optional("typed_extension_protocol_options") else { return }
        let extensions = try typed.mapping()
        for entry in extensions.entries {
            extensions.ignore(entry.key)
            let entryReader = ValueReader(node: entry.value, path: "\(typed.path).\(entry.key)", context: typed.context)
            guard ExtensionKind.httpProtocolOptions.matches(name: entry.key) else {
                throw entryReader.error("protocol options '\(entry.key)' are not supported by nuncio")
            }
            let options = try entryReader.mapping()
            if let typeReader = options.optional("@type") {
                try MappingReader.check(
                    typeURL: try typeReader.string(), kind: .httpProtocolOptions, at: typeReader)
            }
            let (protocolKey, protocolValue) = try options.oneOf(
                ["explicit_http_config", "use_downstream_protocol_config", "auto_config"], required: true,
                what: "the upstream protocol")!
            guard protocolKey == "explicit_http_config" else {
                throw protocolValue.error("'\(protocolKey)' is not supported by nuncio; use explicit_http_config")
            }
            let explicit = try protocolValue.mapping()
            let (kind, kindValue) = try explicit.oneOf(
                ["http_protocol_options", "http2_protocol_options", "http3_protocol_options"], required: true,
                what: "the explicit HTTP protocol")!
            try explicit.finish()
            switch kind {
            case "http2_protocol_options":
                upstreamProtocol = .http2(try Http2ProtocolOptions(reading: kindValue))
            case "http_protocol_options":
                try Self.readHttp1Options(kindValue)
                upstreamProtocol = .http1
            default:
                throw kindValue.error("HTTP/3 upstreams are not supported by nuncio")
            }
            if let common = options.optional("common_http_protocol_options") {
                try applyCommon(common)
            }
            try options.finish(unsupported: ["upstream_http_protocol_options", "http_filters", "header_validation_config"])
        }
        try extensions.finish()
    }

    /// Upstream HTTP/1.1 options. `accept_http_10` and `default_host_for_http_10` are about HTTP/1.0 requests, which
    /// an upstream codec never parses; trailers are dropped and `chunked` with `content-length` is not allowed, as
    /// Envoy's defaults, so only those values are accepted.
    private static func readHttp1Options(_ reader: ValueReader) throws {
        let options = try reader.mapping()
        options.ignore("accept_http_10", "default_host_for_http_10")
        try options.onlyBool("enable_trailers", false)
        try options.onlyBool("allow_chunked_length", false)
        try options.finish(unsupported: ["header_key_format"])
    }

    /// On a cluster Envoy applies `idle_timeout` and `max_requests_per_connection` to its upstream connections;
    /// the stream and connection durations and header limits are refused (README, Differences from Envoy).
    private mutating func applyCommon(_ reader: ValueReader) throws {
        let options = try CommonHttpProtocolOptions(reading: reader)
        let mapping = try reader.mapping()
        for key in ["max_connection_duration", "max_stream_duration", "max_headers_count",
            "headers_with_underscores_action"]
        {
            if let value = mapping.optional(key) { throw value.error("field '\(key)' is not supported by nuncio") }
        }
        idleTimeout = options.idleTimeout ?? idleTimeout
        maxRequestsPerConnection = options.maxRequestsPerConnection ?? maxRequestsPerConnection
    }
}

extension MappingReader {
    /// A boolean field nuncio supports at one value only (the one it behaves as): the other is refused.
    func onlyBool(_ key: String, _ supported: Bool) throws {
        guard let value = optional(key) else { return }
        if try value.bool() != supported {
            throw value.error("field '\(key)' is not supported by nuncio (only \(key): \(supported))")
        }
    }
}

import Foundation

/// What a matched route does: forward to a cluster, redirect, or answer directly.
public enum RouteAction: Equatable, Sendable {
    case forward(ForwardAction)
    case redirect(RedirectAction)
    case directResponse(DirectResponseAction)
}

/// `envoy.config.route.v3.RouteAction`.
public struct ForwardAction: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case cluster(String)
        case weightedClusters([WeightedCluster])
    }

    public struct WeightedCluster: Equatable, Sendable {
        public var name: String
        public var weight: UInt32
    }

    /// The status Envoy answers when the route's cluster does not exist (at request time).
    public enum ClusterNotFoundResponseCode: String, ConfigEnum, Sendable {
        case SERVICE_UNAVAILABLE, NOT_FOUND, INTERNAL_SERVER_ERROR

        public var status: Int {
            switch self {
            case .SERVICE_UNAVAILABLE: return 503
            case .NOT_FOUND: return 404
            case .INTERNAL_SERVER_ERROR: return 500
            }
        }
    }

    public var target: Target
    public var prefixRewrite: String?
    public var hostRewriteLiteral: String?
    /// Envoy's default route timeout is 15 s; zero disables it.
    public var timeout: ConfigDuration
    public var retryPolicy: RetryPolicy?
    /// Envoy's `cluster_header`: the cluster is the value of this request header (lower case); `target` is then
    /// `.cluster("")`, unused.
    public var clusterHeader: String?
    /// Envoy's `cluster_not_found_response_code`: SERVICE_UNAVAILABLE (503) by default.
    public var clusterNotFoundResponseCode: ClusterNotFoundResponseCode = .SERVICE_UNAVAILABLE

    public init(
        target: Target, prefixRewrite: String? = nil, hostRewriteLiteral: String? = nil,
        timeout: ConfigDuration = .seconds(15), retryPolicy: RetryPolicy? = nil
    ) {
        self.target = target
        self.prefixRewrite = prefixRewrite
        self.hostRewriteLiteral = hostRewriteLiteral
        self.timeout = timeout
        self.retryPolicy = retryPolicy
    }

    /// Every cluster this action may send to, for validation.
    public var clusterNames: [String] {
        switch target {
        case .cluster(let name): return [name]
        case .weightedClusters(let clusters): return clusters.map(\.name)
        }
    }
}

/// `envoy.config.route.v3.RedirectAction`.
public struct RedirectAction: Equatable, Sendable {
    public enum ResponseCode: String, ConfigEnum, Sendable {
        case MOVED_PERMANENTLY, FOUND, SEE_OTHER, TEMPORARY_REDIRECT, PERMANENT_REDIRECT

        public var status: Int {
            switch self {
            case .MOVED_PERMANENTLY: return 301
            case .FOUND: return 302
            case .SEE_OTHER: return 303
            case .TEMPORARY_REDIRECT: return 307
            case .PERMANENT_REDIRECT: return 308
            }
        }
    }

    public var scheme: String?
    public var host: String?
    public var port: UInt16?
    public var path: String?
    public var prefixRewrite: String?
    public var responseCode: ResponseCode = .MOVED_PERMANENTLY
    public var stripQuery = false

    public init() {}
}

/// `envoy.config.route.v3.DirectResponseAction`.
public struct DirectResponseAction: Equatable, Sendable {
    public var status: Int
    /// As loaded, always inline: a `filename` or `environment_variable` body is read at load, as Envoy does, so
    /// that no request reads the disk.
    public var body: DataSource?

    public init(status: Int, body: DataSource? = nil) {
        self.status = status
        self.body = body
    }

    /// The body's bytes (empty without a body).
    public var bodyBytes: [UInt8] {
        switch body {
        case .inlineString(let text): return Array(text.utf8)
        case .inlineBytes(let bytes): return bytes
        case .filename, .environmentVariable, nil: return []
        }
    }
}

extension ForwardAction {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let (key, value) = try mapping.oneOf(
            ["cluster", "weighted_clusters", "cluster_header", "cluster_specifier_plugin", "inline_cluster_specifier_plugin"],
            required: true, what: "the cluster specifier")!
        switch key {
        case "cluster":
            target = .cluster(try value.nonEmptyString())
            reader.context.clusterReferences.append((try value.string(), value))
        case "weighted_clusters":
            target = .weightedClusters(try Self.readWeighted(value))
        case "cluster_header":
            target = .cluster("")
            clusterHeader = try value.nonEmptyString().lowercased()
        default:
            throw value.error("field '\(key)' is not supported by nuncio")
        }
        prefixRewrite = try mapping.optional("prefix_rewrite")?.string()
        if let (hostKey, hostValue) = try mapping.oneOf(
            ["host_rewrite_literal", "host_rewrite", "auto_host_rewrite", "host_rewrite_header",
             "host_rewrite_path_regex"], required: false, what: "the host rewrite")
        {
            switch hostKey {
            case "host_rewrite_literal":
                hostRewriteLiteral = try hostValue.nonEmptyString()
            case "host_rewrite":
                reader.context.sawV2 = true
                hostRewriteLiteral = try hostValue.nonEmptyString()
            default:
                throw hostValue.error("field '\(hostKey)' is not supported by nuncio; use host_rewrite_literal")
            }
        }
        timeout = try mapping.optional("timeout")?.duration() ?? .seconds(15)
        retryPolicy = try mapping.optional("retry_policy").map(RetryPolicy.init(reading:))
        if let value = mapping.optional("cluster_not_found_response_code") {
            clusterNotFoundResponseCode = try value.enumValue(ClusterNotFoundResponseCode.self)
        }
        // Nuncio's router always takes the clusters' DEFAULT-priority resources, as Envoy does for DEFAULT.
        mapping.onlyDefault("priority", enumValues: ["DEFAULT"], known: ["DEFAULT", "HIGH"])
        try mapping.finish(unsupported: [
            "metadata_match", "regex_rewrite", "path_rewrite_policy", "idle_timeout", "hash_policy",
            "request_mirror_policies", "rate_limits", "cors", "max_grpc_timeout", "grpc_timeout_offset",
            "upgrade_configs", "internal_redirect_policy", "internal_redirect_action", "max_internal_redirects",
            "hedge_policy", "max_stream_duration", "retry_policy_typed_config", "include_vh_rate_limits",
            "early_data_policy", "append_x_forwarded_host", "use_websocket",
        ])
    }

    private static func readWeighted(_ reader: ValueReader) throws -> [WeightedCluster] {
        let mapping = try reader.mapping()
        let clustersReader = try mapping.required("clusters")
        var clusters: [WeightedCluster] = []
        for item in try clustersReader.list() {
            let cluster = try item.mapping()
            let nameReader = try cluster.required("name")
            let name = try nameReader.nonEmptyString()
            reader.context.clusterReferences.append((name, nameReader))
            let weight = try cluster.optional("weight")?.uint32() ?? 0
            try cluster.finish(unsupported: [
                "cluster_header", "metadata_match", "request_headers_to_add", "request_headers_to_remove",
                "response_headers_to_add", "response_headers_to_remove", "typed_per_filter_config",
                "host_rewrite_literal",
            ])
            clusters.append(WeightedCluster(name: name, weight: weight))
        }
        if clusters.isEmpty { throw clustersReader.error("weighted_clusters needs at least one cluster") }
        let total = clusters.reduce(UInt64(0)) { $0 + UInt64($1.weight) }
        if let totalReader = mapping.optional("total_weight") {
            let declared = try totalReader.unsigned()
            if declared != total {
                throw totalReader.error("total_weight \(declared) does not equal the sum of the weights, \(total)")
            }
        }
        if total == 0 { throw clustersReader.error("the sum of the cluster weights must be greater than 0") }
        try mapping.finish(unsupported: ["random_value_header_name", "header_name", "runtime_key_prefix"])
        return clusters
    }
}

extension RedirectAction {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        if let (key, value) = try mapping.oneOf(["https_redirect", "scheme_redirect"], required: false, what: "the scheme") {
            if key == "https_redirect" {
                scheme = try value.bool() ? "https" : nil
            } else {
                scheme = try value.nonEmptyString()
            }
        }
        host = try mapping.optional("host_redirect")?.nonEmptyString()
        if let value = mapping.optional("port_redirect") {
            port = try value.port()
        }
        if let (key, value) = try mapping.oneOf(["path_redirect", "prefix_rewrite"], required: false, what: "the path") {
            if key == "path_redirect" { path = try value.string() } else { prefixRewrite = try value.string() }
        }
        if let value = mapping.optional("response_code") { responseCode = try value.enumValue(ResponseCode.self) }
        stripQuery = try mapping.optional("strip_query")?.bool() ?? false
        try mapping.finish(unsupported: ["regex_rewrite", "path_rewrite_policy"])
    }
}

extension DirectResponseAction {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let statusReader = try mapping.required("status")
        let status = try statusReader.unsigned()
        guard (200..<600).contains(status) else {
            throw statusReader.error("expected an HTTP status from 200 to 599, got \(status)")
        }
        self.status = Int(status)
        body = try mapping.optional("body").map(Self.readBody)
        try mapping.finish()
    }

    /// The body resolved now and held to the route configuration's `max_direct_response_body_size_bytes`, with
    /// Envoy's messages.
    private static func readBody(_ reader: ValueReader) throws -> DataSource {
        let limit = Int(reader.context.directResponseBodyLimit)
        let source = try DataSource(reading: reader)
        switch source {
        case .filename(let path):
            let at = try reader.mapping().optional("filename") ?? reader
            guard let data = FileManager.default.contents(atPath: path) else {
                throw at.error(FileManager.default.fileExists(atPath: path)
                    ? "file \(path) cannot be read" : "file \(path) does not exist")
            }
            guard data.count <= limit else {
                throw at.error("file \(path) size is \(data.count) bytes; maximum is \(limit)")
            }
            return .inlineBytes(Array(data))
        case .environmentVariable:
            let text = try source.inlineText(at: reader)
            guard text.utf8.count <= limit else {
                throw reader.error("response body size is \(text.utf8.count) bytes; maximum is \(limit)")
            }
            return .inlineString(text)
        case .inlineString, .inlineBytes:
            let size = DirectResponseAction(status: 200, body: source).bodyBytes.count
            guard size <= limit else { throw reader.error("response body size is \(size) bytes; maximum is \(limit)") }
            return source
        }
    }
}

/// The extensions Nuncio knows, by the names and `@type`s Envoy (v2 and v3) gives them.
struct ExtensionKind: Sendable {
    /// The v3 name, which the model keeps whatever spelling the file used.
    var canonicalName: String
    var otherNames: [String]
    /// The protobuf message name that ends the `@type` URL.
    var typeName: String

    static let httpConnectionManager = ExtensionKind(
        canonicalName: "envoy.filters.network.http_connection_manager",
        otherNames: ["envoy.http_connection_manager"],
        typeName: "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager")
    static let router = ExtensionKind(
        canonicalName: "envoy.filters.http.router", otherNames: ["envoy.router"],
        typeName: "envoy.extensions.filters.http.router.v3.Router")
    static let healthCheck = ExtensionKind(
        canonicalName: "envoy.filters.http.health_check", otherNames: ["envoy.health_check"],
        typeName: "envoy.extensions.filters.http.health_check.v3.HealthCheck")
    static let buffer = ExtensionKind(
        canonicalName: "envoy.filters.http.buffer", otherNames: ["envoy.buffer"],
        typeName: "envoy.extensions.filters.http.buffer.v3.Buffer")
    static let fileAccessLog = ExtensionKind(
        canonicalName: "envoy.access_loggers.file", otherNames: ["envoy.file_access_log"],
        typeName: "envoy.extensions.access_loggers.file.v3.FileAccessLog")
    static let stdoutAccessLog = ExtensionKind(
        canonicalName: "envoy.access_loggers.stdout", otherNames: [],
        typeName: "envoy.extensions.access_loggers.stream.v3.StdoutAccessLog")
    static let stderrAccessLog = ExtensionKind(
        canonicalName: "envoy.access_loggers.stderr", otherNames: [],
        typeName: "envoy.extensions.access_loggers.stream.v3.StderrAccessLog")
    static let caresResolver = ExtensionKind(
        canonicalName: "envoy.network.dns_resolver.cares", otherNames: [],
        typeName: "envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig")
    static let httpProtocolOptions = ExtensionKind(
        canonicalName: "envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
        otherNames: ["envoy.upstreams.http.http_protocol_options"],
        typeName: "envoy.extensions.upstreams.http.v3.HttpProtocolOptions")

    func matches(name: String) -> Bool {
        name == canonicalName || otherNames.contains(name)
    }

    /// The message name alone: v2 type URLs name the same message in another package.
    var messageName: Substring { typeName.split(separator: ".").last! }
}

/// Real Envoy extensions Nuncio does not implement, so that they are named as such instead of as unknown.
enum UnsupportedExtensions {
    static let networkFilters: Set<String> = [
        "envoy.filters.network.tcp_proxy", "envoy.tcp_proxy", "envoy.filters.network.redis_proxy",
        "envoy.filters.network.mongo_proxy", "envoy.filters.network.ext_authz", "envoy.filters.network.rbac",
        "envoy.filters.network.local_ratelimit", "envoy.filters.network.ratelimit", "envoy.filters.network.echo",
        "envoy.filters.network.direct_response", "envoy.filters.network.thrift_proxy",
        "envoy.filters.network.dubbo_proxy", "envoy.filters.network.sni_cluster", "envoy.filters.network.wasm",
        "envoy.filters.network.connection_limit", "envoy.filters.network.zookeeper_proxy",
        "envoy.filters.network.mysql_proxy", "envoy.filters.network.postgres_proxy",
    ]
    /// The HTTP filters Envoy 1.40 builds and Nuncio lacks, by v3 name, with their config message (checked with
    /// `envoy --mode validate`), so that a refusal names the filter's full type URL.
    static let httpFilterTypes: [String: String] = [
        "envoy.filters.http.cors": http("cors.v3.Cors"),
        "envoy.filters.http.ext_authz": http("ext_authz.v3.ExtAuthz"),
        "envoy.filters.http.fault": http("fault.v3.HTTPFault"),
        "envoy.filters.http.compressor": http("compressor.v3.Compressor"),
        "envoy.filters.http.decompressor": http("decompressor.v3.Decompressor"),
        "envoy.filters.http.jwt_authn": http("jwt_authn.v3.JwtAuthentication"),
        "envoy.filters.http.lua": http("lua.v3.Lua"),
        "envoy.filters.http.ratelimit": http("ratelimit.v3.RateLimit"),
        "envoy.filters.http.local_ratelimit": http("local_ratelimit.v3.LocalRateLimit"),
        "envoy.filters.http.grpc_web": http("grpc_web.v3.GrpcWeb"),
        "envoy.filters.http.grpc_json_transcoder": http("grpc_json_transcoder.v3.GrpcJsonTranscoder"),
        "envoy.filters.http.grpc_http1_bridge": http("grpc_http1_bridge.v3.Config"),
        "envoy.filters.http.rbac": http("rbac.v3.RBAC"),
        "envoy.filters.http.header_to_metadata": http("header_to_metadata.v3.Config"),
        "envoy.filters.http.csrf": http("csrf.v3.CsrfPolicy"),
        "envoy.filters.http.wasm": http("wasm.v3.Wasm"),
        "envoy.filters.http.oauth2": http("oauth2.v3.OAuth2"),
        "envoy.filters.http.tap": http("tap.v3.Tap"),
        "envoy.filters.http.dynamic_forward_proxy": http("dynamic_forward_proxy.v3.FilterConfig"),
        "envoy.filters.http.ext_proc": http("ext_proc.v3.ExternalProcessor"),
        "envoy.filters.http.cache": http("cache.v3.CacheConfig"),
        "envoy.filters.http.grpc_stats": http("grpc_stats.v3.FilterConfig"),
        "envoy.filters.http.original_src": http("original_src.v3.OriginalSrc"),
        "envoy.filters.http.admission_control": http("admission_control.v3.AdmissionControl"),
        "envoy.filters.http.bandwidth_limit": http("bandwidth_limit.v3.BandwidthLimit"),
        "envoy.filters.http.adaptive_concurrency": http("adaptive_concurrency.v3.AdaptiveConcurrency"),
        "envoy.filters.http.aws_lambda": http("aws_lambda.v3.Config"),
        "envoy.filters.http.aws_request_signing": http("aws_request_signing.v3.AwsRequestSigning"),
        "envoy.filters.http.custom_response": http("custom_response.v3.CustomResponse"),
        "envoy.filters.http.set_metadata": http("set_metadata.v3.Config"),
        "envoy.filters.http.header_mutation": http("header_mutation.v3.HeaderMutation"),
        "envoy.filters.http.stateful_session": http("stateful_session.v3.StatefulSession"),
    ]
    /// v2 names of those filters.
    static let httpFilterV2Names: [String: String] = [
        "envoy.cors": "envoy.filters.http.cors", "envoy.ext_authz": "envoy.filters.http.ext_authz",
        "envoy.fault": "envoy.filters.http.fault",
        "envoy.lua": "envoy.filters.http.lua", "envoy.rate_limit": "envoy.filters.http.ratelimit",
        "envoy.grpc_web": "envoy.filters.http.grpc_web",
        "envoy.grpc_http1_bridge": "envoy.filters.http.grpc_http1_bridge",
    ]
    /// The gzip filter is gone from Envoy 1.40 (its message no longer exists); its names are still refused by name.
    static let httpFilters: Set<String> = Set(httpFilterTypes.keys).union(httpFilterV2Names.keys)
        .union(["envoy.filters.http.gzip", "envoy.gzip"])

    private static func http(_ message: String) -> String {
        "type.googleapis.com/envoy.extensions.filters.http.\(message)"
    }

    /// The type URL of a refused extension named `name`, when known.
    static func typeURL(forName name: String) -> String? {
        httpFilterTypes[httpFilterV2Names[name] ?? name]
    }

    static let accessLoggers: Set<String> = [
        "envoy.access_loggers.http_grpc", "envoy.http_grpc_access_log", "envoy.access_loggers.tcp_grpc",
        "envoy.access_loggers.open_telemetry", "envoy.access_loggers.wasm", "envoy.access_loggers.fluentd",
    ]
}

extension MappingReader {
    /// An extension's own config: v3 `typed_config` (whose `@type` must name `kind`) or v2 `config`.
    /// Returns an empty reader when neither is given, as Envoy does for config-less extensions like the router.
    func extensionConfig(_ kind: ExtensionKind) throws -> MappingReader {
        guard let (key, value) = try oneOf(["typed_config", "config"], required: false, what: "the extension config")
        else {
            return MappingReader(node: node, entries: [], path: path, context: context)
        }
        let config = try value.mapping()
        if key == "config" {
            context.sawV2 = true
            return config
        }
        let typeURL = try config.required("@type").string()
        try Self.check(typeURL: typeURL, kind: kind, at: config.optional("@type")!)
        return config
    }

    static func check(typeURL: String, kind: ExtensionKind, at reader: ValueReader) throws {
        let typeName = typeURL.split(separator: "/").last.map(String.init) ?? typeURL
        let message = typeName.split(separator: ".").last ?? ""
        guard typeName.hasPrefix("envoy."), message == kind.messageName else {
            throw reader.error("expected @type type.googleapis.com/\(kind.typeName), got \"\(typeURL)\"")
        }
        if typeName != kind.typeName { reader.context.sawV2 = true }
    }

    /// The `@type` URL of `typed_config` when present: Envoy 1.40 picks the extension by it, not by name.
    func typedConfigTypeName() throws -> String? {
        try typedConfigType()?.name
    }

    /// The `@type` message name and the reader of the `@type` value, for errors that point at it.
    private func typedConfigType() throws -> (name: String, reader: ValueReader)? {
        guard has("typed_config"), let value = optional("typed_config"), !value.isNull else { return nil }
        let config = try value.mapping()
        guard let type = config.entries.first(where: { $0.key == "@type" }) else {
            throw value.error("missing required field '@type'")
        }
        let reader = ValueReader(node: type.value, path: "\(value.path).@type", context: context)
        let url = try reader.string()
        return (url.split(separator: "/").last.map(String.init) ?? url, reader)
    }

    /// True when this extension is one of `kinds`, judged as `resolveExtension` does (by `@type`, else by name).
    func isExtension(among kinds: [ExtensionKind]) throws -> Bool {
        if let typeName = try typedConfigTypeName() {
            let message = typeName.split(separator: ".").last ?? ""
            return kinds.contains { $0.messageName == message }
        }
        let name = try required("name").string()
        return kinds.contains { $0.matches(name: name) }
    }

    /// Which of `kinds` this extension is: by `@type` when typed, else by name.
    func resolveExtension(
        named name: ValueReader, among kinds: [ExtensionKind], unsupported: Set<String>, what: String
    ) throws -> ExtensionKind {
        let nameText = try name.string()
        if let (typeName, typeReader) = try typedConfigType() {
            let message = typeName.split(separator: ".").last ?? ""
            if let kind = kinds.first(where: { $0.messageName == message }) { return kind }
            let expected = kinds.map { "type.googleapis.com/\($0.typeName)" }.joined(separator: ", ")
            throw typeReader.error(
                "\(what) '\(nameText)' (\(try typeReader.string())) is not supported by nuncio; expected \(expected)")
        }
        if let kind = kinds.first(where: { $0.matches(name: nameText) }) {
            if kind.canonicalName != nameText { context.sawV2 = true }
            return kind
        }
        if unsupported.contains(nameText) {
            let type = UnsupportedExtensions.typeURL(forName: nameText).map { " (\($0))" } ?? ""
            throw name.error("\(what) '\(nameText)'\(type) is not supported by nuncio")
        }
        let known = kinds.flatMap { [$0.canonicalName] + $0.otherNames }
        var message = "unknown \(what) '\(nameText)'; known: \(kinds.map(\.canonicalName).joined(separator: ", "))"
        if let guess = closestMatch(to: nameText, in: known) { message += " (did you mean '\(guess)'?)" }
        throw name.error(message)
    }
}

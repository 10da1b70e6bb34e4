/// `envoy.config.route.v3.Route`: a match and what to do with a request that matches.
public struct Route: Equatable, Sendable {
    public var name: String
    public var match: RouteMatch
    public var action: RouteAction
    /// `typed_per_filter_config`, by filter name: the most specific level of a filter's settings.
    public var typedPerFilterConfig: [String: FilterPerRouteConfig]

    public init(
        name: String = "", match: RouteMatch, action: RouteAction,
        typedPerFilterConfig: [String: FilterPerRouteConfig] = [:]
    ) {
        self.name = name
        self.match = match
        self.action = action
        self.typedPerFilterConfig = typedPerFilterConfig
    }
}

/// `envoy.config.route.v3.RouteMatch`.
public struct RouteMatch: Equatable, Sendable {
    public enum PathSpecifier: Equatable, Sendable {
        case prefix(String)
        case path(String)
        case safeRegex(String)
        case pathSeparatedPrefix(String)
    }

    public var path: PathSpecifier
    public var caseSensitive: Bool
    public var headers: [HeaderMatcher]

    public init(path: PathSpecifier, caseSensitive: Bool = true, headers: [HeaderMatcher] = []) {
        self.path = path
        self.caseSensitive = caseSensitive
        self.headers = headers
    }
}

extension Route {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        name = try mapping.optional("name")?.string() ?? ""
        match = try RouteMatch(reading: try mapping.required("match"))
        let (key, value) = try mapping.oneOf(
            ["route", "redirect", "direct_response"], required: true, what: "the route action")!
        switch key {
        case "route": action = .forward(try ForwardAction(reading: value))
        case "redirect": action = .redirect(try RedirectAction(reading: value))
        default: action = .directResponse(try DirectResponseAction(reading: value))
        }
        typedPerFilterConfig = try FilterPerRouteConfig.readAll(mapping)
        // The decorator names the route's span; Envoy applies it only when tracing, which nuncio refuses.
        mapping.ignore("decorator")
        try mapping.finish(unsupported: [
            "filter_action", "non_forwarding_action", "metadata",
            "request_headers_to_add", "request_headers_to_remove", "response_headers_to_add",
            "response_headers_to_remove", "tracing", "per_request_buffer_limit_bytes", "stat_prefix",
        ])
    }
}

extension RouteMatch {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        if mapping.has("regex") {
            _ = mapping.optional("regex")
            throw try mapping.required("regex").error("'regex' (v2 std::regex) is not supported by nuncio; use safe_regex")
        }
        let (key, value) = try mapping.oneOf(
            ["prefix", "path", "safe_regex", "path_separated_prefix"], required: true, what: "the path match")!
        switch key {
        case "prefix":
            path = .prefix(try value.string())
        case "path":
            path = .path(try value.string())
        case "path_separated_prefix":
            let prefix = try value.string()
            guard prefix.hasPrefix("/"), !prefix.hasSuffix("/") || prefix == "/", !prefix.contains("?") else {
                throw value.error("expected a path starting with '/', without a trailing '/' or '?'")
            }
            path = .pathSeparatedPrefix(prefix)
        default:
            path = .safeRegex(try RegexMatcher.read(value))
        }
        caseSensitive = try mapping.optional("case_sensitive")?.bool() ?? true
        headers = try mapping.optional("headers")?.elements(HeaderMatcher.init(reading:)) ?? []
        try mapping.finish(unsupported: [
            "query_parameters", "grpc", "runtime_fraction", "tls_context", "dynamic_metadata",
            "path_match_policy", "filter_state", "cookies",
        ])
    }
}

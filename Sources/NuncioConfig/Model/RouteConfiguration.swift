/// `envoy.config.route.v3.RouteConfiguration`: virtual hosts chosen by the Host header, each with ordered routes.
public struct RouteConfiguration: Equatable, Sendable {
    public var name: String
    public var virtualHosts: [VirtualHost]
    /// Envoy checks static route configs' clusters at load unless this is false.
    public var validateClusters: Bool
    /// `typed_per_filter_config`, by filter name: the least specific level.
    public var typedPerFilterConfig: [String: FilterPerRouteConfig] = [:]
    /// The largest direct response body allowed, checked at load (Envoy's default 4096).
    public var maxDirectResponseBodySizeBytes: UInt32 = 4096

    public init(name: String = "", virtualHosts: [VirtualHost], validateClusters: Bool = true) {
        self.name = name
        self.virtualHosts = virtualHosts
        self.validateClusters = validateClusters
    }
}

/// `envoy.config.route.v3.VirtualHost`.
public struct VirtualHost: Equatable, Sendable {
    public var name: String
    public var domains: [String]
    public var routes: [Route]
    /// Applies to routes that have no retry policy of their own.
    public var retryPolicy: RetryPolicy?
    /// `typed_per_filter_config`, by filter name.
    public var typedPerFilterConfig: [String: FilterPerRouteConfig] = [:]

    public init(name: String, domains: [String], routes: [Route], retryPolicy: RetryPolicy? = nil) {
        self.name = name
        self.domains = domains
        self.routes = routes
        self.retryPolicy = retryPolicy
    }
}

extension RouteConfiguration {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        name = try mapping.optional("name")?.string() ?? ""
        let referencesBefore = reader.context.clusterReferences.count
        if let value = mapping.optional("max_direct_response_body_size_bytes") {
            maxDirectResponseBodySizeBytes = try value.uint32()
        }
        // The direct responses below are checked against this configuration's limit.
        reader.context.directResponseBodyLimit = maxDirectResponseBodySizeBytes
        defer { reader.context.directResponseBodyLimit = 4096 }
        let hosts = try mapping.optional("virtual_hosts")?.indexedElements(VirtualHost.init(reading:)) ?? []
        virtualHosts = hosts.map(\.value)
        validateClusters = try mapping.optional("validate_clusters")?.bool() ?? true
        if !validateClusters {
            reader.context.clusterReferences.removeSubrange(referencesBefore...)
        }
        try Self.checkUniqueDomains(virtualHosts, readers: hosts.map(\.reader))
        typedPerFilterConfig = try FilterPerRouteConfig.readAll(mapping)
        mapping.onlyDefault("most_specific_header_mutations_wins", false)
        try mapping.finish(unsupported: [
            "internal_only_headers", "response_headers_to_add", "response_headers_to_remove",
            "request_headers_to_add", "request_headers_to_remove", "vhds", "cluster_specifier_plugins",
            "request_mirror_policies", "ignore_port_in_host_matching",
            "ignore_path_parameters_in_path_matching", "metadata",
        ])
    }

    /// Envoy rejects a domain that appears in two virtual hosts (or twice in one).
    private static func checkUniqueDomains(_ hosts: [VirtualHost], readers: [ValueReader]) throws {
        var seen: [String: String] = [:]
        for (host, reader) in zip(hosts, readers) {
            let domainReaders = try reader.mapping().required("domains").list()
            for (domain, domainReader) in zip(host.domains, domainReaders) {
                let key = domain.lowercased()
                if let other = seen[key] {
                    reader.context.record(domainReader.error(
                        "domain \"\(domain)\" of virtual host '\(host.name)' is already used by virtual host '\(other)'; "
                            + "only unique values for domains are permitted"))
                }
                seen[key] = host.name
            }
        }
    }
}

extension VirtualHost {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        name = try mapping.required("name").nonEmptyString()
        let domainsReader = try mapping.required("domains")
        domains = try domainsReader.strings()
        if domains.isEmpty { throw domainsReader.error("a virtual host needs at least one domain") }
        for (domain, domainReader) in zip(domains, try domainsReader.list()) {
            if domain.isEmpty { throw domainReader.error("a domain cannot be empty") }
            if domain != "*" && domain.dropFirst().dropLast().contains("*") {
                throw domainReader.error("wildcard '*' is allowed only at the start or end of a domain")
            }
        }
        routes = try mapping.optional("routes")?.elements(Route.init(reading:)) ?? []
        retryPolicy = try mapping.optional("retry_policy").map(RetryPolicy.init(reading:))
        typedPerFilterConfig = try FilterPerRouteConfig.readAll(mapping)
        try mapping.finish(unsupported: [
            "require_tls", "virtual_clusters", "rate_limits", "request_headers_to_add", "request_headers_to_remove",
            "response_headers_to_add", "response_headers_to_remove", "cors",
            "include_request_attempt_count", "include_attempt_count_in_response", "hedge_policy",
            "request_mirror_policies", "per_request_buffer_limit_bytes", "matcher", "metadata",
            "retry_policy_typed_config",
        ])
    }
}

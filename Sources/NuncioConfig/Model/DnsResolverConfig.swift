/// Which DNS servers resolve STRICT_DNS and LOGICAL_DNS names: the c-ares resolver's `resolvers`, or the system's.
public struct DnsResolverConfig: Equatable, Sendable {
    public var resolvers: [SocketAddress]
    /// With true, the system resolver is used and `resolvers` only when it has none.
    public var useResolversAsFallback: Bool
    public var noDefaultSearchDomain: Bool
    /// Queries over TCP (2-byte length prefix, RFC 1035 4.2.2) instead of UDP.
    public var useTCP: Bool
    /// c-ares' `query_timeout_seconds`: how long one server has to answer before the next is asked.
    public var queryTimeout: ConfigDuration?

    public init(
        resolvers: [SocketAddress], useResolversAsFallback: Bool = false, noDefaultSearchDomain: Bool = false,
        useTCP: Bool = false, queryTimeout: ConfigDuration? = nil
    ) {
        self.resolvers = resolvers
        self.useResolversAsFallback = useResolversAsFallback
        self.noDefaultSearchDomain = noDefaultSearchDomain
        self.useTCP = useTCP
        self.queryTimeout = queryTimeout
    }
}

extension DnsResolverConfig {
    /// `typed_dns_resolver_config` naming the c-ares resolver.
    init(readingTyped reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let nameReader = try mapping.required("name")
        let name = try nameReader.string()
        let typed = try mapping.typedConfigTypeName() != nil
        guard ExtensionKind.caresResolver.matches(name: name) || typed else {
            throw nameReader.error("DNS resolver '\(name)' is not supported by nuncio; use envoy.network.dns_resolver.cares")
        }
        let config = try mapping.extensionConfig(.caresResolver)
        try mapping.finish()
        resolvers = try config.optional("resolvers")?.list().map(SocketAddress.init(readingAddress:)) ?? []
        for (resolver, item) in zip(resolvers, try config.optional("resolvers")?.list() ?? []) where !resolver.isIPLiteral {
            throw item.error("a DNS resolver must be an IP address, got \"\(resolver.address)\"")
        }
        useResolversAsFallback = try config.optional("use_resolvers_as_fallback")?.bool() ?? false
        noDefaultSearchDomain = false
        useTCP = false
        if let options = config.optional("dns_resolver_options") {
            let optionsMapping = try options.mapping()
            noDefaultSearchDomain = try optionsMapping.optional("no_default_search_domain")?.bool() ?? false
            useTCP = try optionsMapping.optional("use_tcp_for_dns_lookups")?.bool() ?? false
            try optionsMapping.finish()
        }
        queryTimeout = nil
        if let value = config.optional("query_timeout_seconds") {
            let seconds = try value.unsigned()
            guard seconds > 0 else { throw value.error("query_timeout_seconds must be at least 1") }
            queryTimeout = .seconds(Int64(seconds))
        }
        // Accepted at c-ares' defaults only (README, Differences from Envoy).
        try config.onlyBool("filter_unroutable_families", false)
        try config.onlyBool("rotate_nameservers", false)
        try config.onlyBool("reinit_channel_on_timeout", false)
        try config.finish(unsupported: [
            "resolvers_from_file", "udp_max_queries", "query_tries", "edns0_max_payload_size",
            "max_udp_channel_duration",
        ])
    }

    /// The deprecated cluster field `dns_resolvers`: a list of addresses.
    init(readingResolverList reader: ValueReader) throws {
        reader.warn("deprecated field 'dns_resolvers'; use typed_dns_resolver_config")
        let items = try reader.list()
        let resolvers = try items.map(SocketAddress.init(readingAddress:))
        for (resolver, item) in zip(resolvers, items) where !resolver.isIPLiteral {
            throw item.error("a DNS resolver must be an IP address, got \"\(resolver.address)\"")
        }
        self.init(resolvers: resolvers)
    }
}

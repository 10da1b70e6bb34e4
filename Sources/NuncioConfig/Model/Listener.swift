/// `envoy.config.listener.v3.Listener`: an address and the HTTP connection manager that serves it.
public struct Listener: Equatable, Sendable {
    /// Empty when the config leaves it unnamed; the engine then names it as Envoy does (a UUID).
    public var name: String
    public var address: SocketAddress
    public var filterChains: [FilterChain]
    public var perConnectionBufferLimitBytes: UInt32

    public init(
        name: String = "", address: SocketAddress, filterChains: [FilterChain],
        perConnectionBufferLimitBytes: UInt32 = 1_048_576
    ) {
        self.name = name
        self.address = address
        self.filterChains = filterChains
        self.perConnectionBufferLimitBytes = perConnectionBufferLimitBytes
    }

    /// The connection manager of the first chain: Nuncio's listeners have exactly one.
    public var httpConnectionManager: HttpConnectionManager {
        filterChains[0].httpConnectionManager
    }
}

/// A filter chain; Nuncio supports one HTTP connection manager per chain and no chain matching.
public struct FilterChain: Equatable, Sendable {
    public var httpConnectionManager: HttpConnectionManager

    public init(httpConnectionManager: HttpConnectionManager) {
        self.httpConnectionManager = httpConnectionManager
    }
}

extension Listener {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        name = try mapping.optional("name")?.string() ?? ""
        address = try SocketAddress(readingAddress: try mapping.required("address"))
        let chains = try mapping.required("filter_chains").list()
        if chains.isEmpty { throw mapping.error("a listener needs at least one filter chain") }
        if chains.count > 1 {
            throw chains[1].error(
                "more than one filter chain is not supported by nuncio: nuncio supports one filter chain per listener")
        }
        filterChains = try chains.map(FilterChain.init(reading:))
        perConnectionBufferLimitBytes = try mapping.optional("per_connection_buffer_limit_bytes")?.uint32()
            ?? 1_048_576
        mapping.onlyDefault("drain_type", enumValues: ["DEFAULT"], known: ["DEFAULT", "MODIFY_ONLY"])
        Self.checkTrafficDirection(mapping)
        try mapping.finish(unsupported: [
            "stat_prefix", "enable_reuse_port", "connection_balance_config",
            "listener_filters", "listener_filters_timeout", "continue_on_listener_filters_timeout",
            "use_original_dst", "default_filter_chain", "filter_chain_matcher", "transparent", "freebind",
            "socket_options", "tcp_fast_open_queue_length", "udp_listener_config", "api_listener",
            "additional_addresses", "internal_listener", "tcp_backlog_size", "bind_to_port", "metadata",
            "deprecated_v1", "access_log", "max_connections_to_accept_per_socket_event", "reuse_port", "enable_mptcp",
            "ignore_global_conn_limit", "bypass_overload_manager", "fcds_config",
        ])
    }
}

extension Listener {
    /// Outside tracing, Envoy uses the direction only for `/drain_listeners?inboundonly`, which drains INBOUND
    /// listeners; Nuncio's drain nothing there, so INBOUND alone would differ.
    private static func checkTrafficDirection(_ mapping: MappingReader) {
        guard let value = mapping.optional("traffic_direction") else { return }
        _ = try? mapping.context.recording {
            let direction = try value.string().uppercased()
            let known = ["UNSPECIFIED", "INBOUND", "OUTBOUND"]
            guard known.contains(direction) else {
                throw value.error("unknown value \"\(direction)\"; expected one of \(known.joined(separator: ", "))")
            }
            if direction == "INBOUND" {
                throw value.error("traffic_direction INBOUND is not supported by nuncio; use UNSPECIFIED or OUTBOUND")
            }
        }
    }
}

extension FilterChain {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let filters = try mapping.required("filters").list()
        guard let first = filters.first else { throw mapping.error("a filter chain needs a network filter") }
        if filters.count > 1 {
            throw filters[1].error("only one network filter, the HTTP connection manager, is supported by nuncio")
        }
        let filter = try first.mapping()
        let kind = try filter.resolveExtension(
            named: try filter.required("name"), among: [.httpConnectionManager],
            unsupported: UnsupportedExtensions.networkFilters, what: "network filter")
        httpConnectionManager = try HttpConnectionManager(reading: try filter.extensionConfig(kind))
        try filter.finish(unsupported: ["config_discovery"])
        // The chain's name only names it (in config dumps, for filter chain discovery); it has no behaviour.
        mapping.ignore("name")
        try mapping.finish(unsupported: [
            "filter_chain_match", "transport_socket", "use_proxy_proto", "tls_context",
            "transport_socket_connect_timeout", "metadata",
        ])
    }
}

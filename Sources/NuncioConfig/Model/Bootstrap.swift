/// `envoy.config.bootstrap.v3.Bootstrap`: the whole static configuration, v2 files normalised to v3's shape.
public struct Bootstrap: Equatable, Sendable {
    public var node: Node
    public var admin: Admin?
    public var listeners: [Listener]
    public var clusters: [Cluster]
    /// Listeners and clusters read from files (LDS and CDS), in addition to the static ones.
    public var dynamicResources: DynamicResources?
    /// The bootstrap's resolver for DNS clusters without their own; nil means the system resolver.
    public var dnsResolver: DnsResolverConfig?
    public var layeredRuntime: LayeredRuntime?
    /// Envoy flushes stats to sinks (and histograms to /stats) every 5 s by default.
    public var statsFlushInterval: ConfigDuration
    /// The overload manager's `global_downstream_max_connections` monitor; nil means no limit (Envoy warns).
    public var maxActiveDownstreamConnections: UInt64?

    public init(
        node: Node = Node(), admin: Admin? = nil, listeners: [Listener] = [], clusters: [Cluster] = [],
        dnsResolver: DnsResolverConfig? = nil, layeredRuntime: LayeredRuntime? = nil,
        statsFlushInterval: ConfigDuration = .seconds(5)
    ) {
        self.node = node
        self.admin = admin
        self.listeners = listeners
        self.clusters = clusters
        self.dnsResolver = dnsResolver
        self.layeredRuntime = layeredRuntime
        self.statsFlushInterval = statsFlushInterval
    }

    public func cluster(named name: String) -> Cluster? {
        clusters.first { $0.name == name }
    }
}

extension Bootstrap {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let context = reader.context
        // Each section is read on its own: an error in one is recorded and the others are still read.
        node = try context.recording { try mapping.optional("node").map(Node.init(reading:)) ?? Node() } ?? Node()
        admin = try context.recording { try mapping.optional("admin").flatMap(Admin.read) } ?? nil
        listeners = []
        clusters = []
        statsFlushInterval = .seconds(5)
        if let resources = mapping.optional("static_resources") {
            try context.recording {
                let staticMapping = try resources.mapping()
                let listenerItems = try staticMapping.optional("listeners")?.indexedElements(Listener.init(reading:))
                listeners = listenerItems?.map(\.value) ?? []
                context.listenerIndexes = listenerItems?.map(\.index) ?? []
                if let clustersReader = staticMapping.optional("clusters") {
                    let clusterItems = try clustersReader.indexedElements(Cluster.init(reading:))
                    clusters = clusterItems.map(\.value)
                    context.clusterIndexes = clusterItems.map(\.index)
                    Self.noteFailedClusters(clustersReader, kept: Set(context.clusterIndexes))
                }
                try staticMapping.finish(unsupported: ["secrets"])
            }
        }
        dynamicResources = try context.recording {
            try mapping.optional("dynamic_resources").map(DynamicResources.init(reading:))
        } ?? nil
        try context.recording { try readRest(mapping) }
    }

    /// A cluster that failed to read is still defined as far as routes are concerned.
    private static func noteFailedClusters(_ reader: ValueReader, kept: Set<Int>) {
        guard let items = try? reader.list() else { return }
        for (index, item) in items.enumerated() where !kept.contains(index) {
            if case .mapping(let entries) = item.node.kind,
                let name = entries.first(where: { $0.key == "name" }), case .scalar(let text, _) = name.value.kind
            {
                reader.context.failedClusterNames?.insert(text)
            } else {
                reader.context.failedClusterNames = nil
            }
        }
    }

    private mutating func readRest(_ mapping: MappingReader) throws {
        try mapping.context.recording { try readDnsResolver(mapping) }
        try readRuntimeAndLimits(mapping)
    }

    private mutating func readDnsResolver(_ mapping: MappingReader) throws {
        if let (key, value) = try mapping.oneOf(
            ["typed_dns_resolver_config", "dns_resolution_config"], required: false, what: "the DNS resolver")
        {
            if key == "typed_dns_resolver_config" {
                dnsResolver = try DnsResolverConfig(readingTyped: value)
            } else {
                value.warn("deprecated field 'dns_resolution_config'; use typed_dns_resolver_config")
                let config = try value.mapping()
                let items = try config.optional("resolvers")?.list() ?? []
                dnsResolver = DnsResolverConfig(resolvers: try items.map(SocketAddress.init(readingAddress:)))
                try config.finish(unsupported: ["dns_resolver_options"])
            }
        }
    }

    private mutating func readRuntimeAndLimits(_ mapping: MappingReader) throws {
        let context = mapping.context
        layeredRuntime = try context.recording {
            try mapping.optional("layered_runtime").map(LayeredRuntime.init(reading:))
        } ?? nil
        statsFlushInterval = try context.recording {
            try mapping.optional("stats_flush_interval")?.duration() ?? .seconds(5)
        } ?? .seconds(5)
        if let overload = mapping.optional("overload_manager") {
            maxActiveDownstreamConnections = try context.recording { try Self.readOverloadManager(overload) } ?? nil
        }
        mapping.onlyDefault("enable_dispatcher_stats", false)
        mapping.onlyDefault("use_tcp_for_dns_lookups", false)
        try mapping.finish(unsupported: [
            "watchdog", "watchdogs", "stats_server_version_override", "header_prefix",
            "cluster_manager", "hds_config", "flags_path", "stats_sinks", "stats_config",
            "stats_flush_on_admin", "tracing", "runtime", "fatal_actions", "bootstrap_extensions",
            "config_sources", "default_config_source", "default_socket_interface", "certificate_provider_instances",
            "inline_headers", "perf_tracing_file_path", "default_regex_engine", "xds_delegate_extension",
            "xds_config_tracker_extension", "listener_manager", "application_log_config", "grpc_async_client_manager_config",
            "node_context_params", "memory_allocator_manager", "deferred_stat_options",
        ])
    }
}

extension Bootstrap {
    static let downstreamConnectionsMonitor = ExtensionKind(
        canonicalName: "envoy.resource_monitors.global_downstream_max_connections", otherNames: [],
        typeName: "envoy.extensions.resource_monitors.downstream_connections.v3.DownstreamConnectionsConfig")

    /// Only the global downstream connection limit is supported; other monitors and actions are named as such.
    static func readOverloadManager(_ reader: ValueReader) throws -> UInt64? {
        let mapping = try reader.mapping()
        var limit: UInt64?
        for item in try mapping.optional("resource_monitors")?.list() ?? [] {
            let monitor = try item.mapping()
            _ = try monitor.resolveExtension(
                named: try monitor.required("name"), among: [downstreamConnectionsMonitor],
                unsupported: ["envoy.resource_monitors.fixed_heap", "envoy.resource_monitors.injected_resource",
                    "envoy.resource_monitors.cgroup_memory", "envoy.resource_monitors.cpu_utilization"],
                what: "resource monitor")
            let config = try monitor.extensionConfig(downstreamConnectionsMonitor)
            let valueReader = try config.required("max_active_downstream_connections")
            let value = try valueReader.unsigned(max: UInt64(Int64.max))
            if value == 0 { throw valueReader.error("max_active_downstream_connections must be greater than 0") }
            limit = value
            try config.finish()
            try monitor.finish()
        }
        // How often regular monitors are sampled; the connection limit is a proactive monitor, never sampled.
        mapping.ignore("refresh_interval")
        try mapping.finish(unsupported: ["actions", "buffer_factory_config", "loadshed_points"])
        return limit
    }
}

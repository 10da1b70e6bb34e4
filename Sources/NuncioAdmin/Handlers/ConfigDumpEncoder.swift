import Foundation
import NuncioConfig

/// Renders the loaded model as Envoy's v3 JSON (proto field order, defaults omitted), whatever API the file used.
enum ConfigDumpEncoder {
    static func bootstrap(_ bootstrap: Bootstrap) -> JSONValue {
        var members: [(String, JSONValue)] = []
        var node: [(String, JSONValue)] = []
        if !bootstrap.node.id.isEmpty { node.append(("id", .string(bootstrap.node.id))) }
        if !bootstrap.node.cluster.isEmpty { node.append(("cluster", .string(bootstrap.node.cluster))) }
        if let value = bootstrap.node.locality { node.append(("locality", locality(value))) }
        node.append(("user_agent_name", "nuncio"))
        members.append(("node", .object(node)))
        var resources: [(String, JSONValue)] = []
        if !bootstrap.listeners.isEmpty { resources.append(("listeners", .array(bootstrap.listeners.map(listener)))) }
        if !bootstrap.clusters.isEmpty { resources.append(("clusters", .array(bootstrap.clusters.map(cluster)))) }
        members.append(("static_resources", .object(resources)))
        if let admin = bootstrap.admin {
            var adminMembers: [(String, JSONValue)] = [("address", address(admin.address))]
            if !admin.accessLog.isEmpty { adminMembers.append(("access_log", .array(admin.accessLog.map(accessLog)))) }
            members.append(("admin", .object(adminMembers)))
        }
        if bootstrap.statsFlushInterval != .seconds(5) {
            members.append(("stats_flush_interval", .string(bootstrap.statsFlushInterval.description)))
        }
        if let runtime = bootstrap.layeredRuntime { members.append(("layered_runtime", layeredRuntime(runtime))) }
        if let resolver = bootstrap.dnsResolver { members.append(("typed_dns_resolver_config", dnsResolver(resolver))) }
        return .object(members)
    }

    static func address(_ address: NuncioConfig.SocketAddress) -> JSONValue {
        .object([("socket_address", .object([
            ("address", .string(address.address)), ("port_value", .int(Int64(address.port))),
        ]))])
    }

    static func typed(_ type: String, _ members: [(String, JSONValue)]) -> JSONValue {
        .object([("@type", .string("type.googleapis.com/" + type))] + members)
    }

    static func listener(_ listener: Listener) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if !listener.name.isEmpty { members.append(("name", .string(listener.name))) }
        members.append(("address", address(listener.address)))
        let chains = listener.filterChains.map { chain -> JSONValue in
            .object([("filters", .array([.object([
                ("name", "envoy.filters.network.http_connection_manager"),
                ("typed_config", connectionManager(chain.httpConnectionManager)),
            ])]))])
        }
        members.append(("filter_chains", .array(chains)))
        if listener.perConnectionBufferLimitBytes != 1_048_576 {
            members.append(("per_connection_buffer_limit_bytes", .int(Int64(listener.perConnectionBufferLimitBytes))))
        }
        return .object(members)
    }

    static func connectionManager(_ manager: HttpConnectionManager) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if manager.codecType != .AUTO { members.append(("codec_type", .string(manager.codecType.rawValue))) }
        members.append(("stat_prefix", .string(manager.statPrefix)))
        if let rds = manager.rds {
            members.append(("rds", .object([
                ("config_source", configSource(rds.configSource)),
                ("route_config_name", .string(rds.routeConfigName)),
            ])))
        } else {
            members.append(("route_config", routeConfiguration(manager.routeConfig)))
        }
        members.append(("http_filters", .array(manager.httpFilters.map(httpFilter))))
        if !manager.accessLog.isEmpty { members.append(("access_log", .array(manager.accessLog.map(accessLog)))) }
        if manager.useRemoteAddress { members.append(("use_remote_address", true)) }
        if manager.serverName != "envoy" { members.append(("server_name", .string(manager.serverName))) }
        if manager.maxRequestHeadersKb != 60 {
            members.append(("max_request_headers_kb", .int(Int64(manager.maxRequestHeadersKb))))
        }
        if manager.streamIdleTimeout != .seconds(300) {
            members.append(("stream_idle_timeout", .string(manager.streamIdleTimeout.description)))
        }
        if !manager.requestTimeout.isZero {
            members.append(("request_timeout", .string(manager.requestTimeout.description)))
        }
        return typed("envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager", members)
    }

    static func httpFilter(_ filter: HttpFilter) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(filter.name))]
        switch filter.kind {
        case .router(let config):
            var fields: [(String, JSONValue)] = []
            if config.suppressEnvoyHeaders { fields.append(("suppress_envoy_headers", true)) }
            if config.respectExpectedRqTimeout { fields.append(("respect_expected_rq_timeout", true)) }
            members.append(("typed_config", typed("envoy.extensions.filters.http.router.v3.Router", fields)))
        case .healthCheck(let config):
            members.append(("typed_config", typed("envoy.extensions.filters.http.health_check.v3.HealthCheck", [
                ("pass_through_mode", .bool(config.passThroughMode)),
                ("headers", .array(config.headers.map(headerMatcher))),
            ])))
        case .buffer(let config):
            members.append(("typed_config", typed("envoy.extensions.filters.http.buffer.v3.Buffer", [
                ("max_request_bytes", .int(Int64(config.maxRequestBytes))),
            ])))
        }
        if filter.disabled { members.append(("disabled", true)) }
        return .object(members)
    }

    static func accessLog(_ log: AccessLog) -> JSONValue {
        var members: [(String, JSONValue)] = []
        let name: String
        let type: String
        switch log.sink {
        case .file(let path):
            name = "envoy.access_loggers.file"
            type = "envoy.extensions.access_loggers.file.v3.FileAccessLog"
            members.append(("path", .string(path)))
        case .stdout:
            name = "envoy.access_loggers.stdout"
            type = "envoy.extensions.access_loggers.stream.v3.StdoutAccessLog"
        case .stderr:
            name = "envoy.access_loggers.stderr"
            type = "envoy.extensions.access_loggers.stream.v3.StderrAccessLog"
        }
        // SubstitutionFormatString's fields in proto order: json_format (2), omit_empty_values (3),
        // text_format_source (5).
        let omit: [(String, JSONValue)] = log.omitEmptyValues ? [("omit_empty_values", true)] : []
        switch log.format {
        case .default: break
        case .text(let text):
            members.append(("log_format", .object(
                omit + [("text_format_source", .object([("inline_string", .string(text))]))])))
        case .json(let fields):
            members.append(("log_format", .object(
                [("json_format", .object(fields.keys.sorted().map { ($0, .string(fields[$0]!)) }))] + omit)))
        }
        return .object([("name", .string(name)), ("typed_config", typed(type, members))])
    }

    /// A `path_config_source` as Envoy dumps it.
    static func configSource(_ source: ConfigSource) -> JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(source.path))]
        if let directory = source.watchedDirectory {
            members.append(("watched_directory", .object([("path", .string(directory))])))
        }
        return .object([("path_config_source", .object(members)), ("resource_api_version", "V3")])
    }

    static func routeConfiguration(_ config: RouteConfiguration) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if !config.name.isEmpty { members.append(("name", .string(config.name))) }
        members.append(("virtual_hosts", .array(config.virtualHosts.map(virtualHost))))
        return .object(members)
    }

    static func virtualHost(_ host: VirtualHost) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(host.name)), ("domains", .array(host.domains.map { .string($0) })),
        ]
        if !host.routes.isEmpty { members.append(("routes", .array(host.routes.map(route)))) }
        if let policy = host.retryPolicy { members.append(("retry_policy", retryPolicy(policy))) }
        return .object(members)
    }

    static func route(_ route: Route) -> JSONValue {
        var match: [(String, JSONValue)] = []
        switch route.match.path {
        case .prefix(let value): match.append(("prefix", .string(value)))
        case .path(let value): match.append(("path", .string(value)))
        case .safeRegex(let value): match.append(("safe_regex", .object([("regex", .string(value))])))
        case .pathSeparatedPrefix(let value): match.append(("path_separated_prefix", .string(value)))
        }
        if !route.match.caseSensitive { match.append(("case_sensitive", false)) }
        if !route.match.headers.isEmpty { match.append(("headers", .array(route.match.headers.map(headerMatcher)))) }
        var members: [(String, JSONValue)] = []
        if !route.name.isEmpty { members.append(("name", .string(route.name))) }
        members.append(("match", .object(match)))
        switch route.action {
        case .forward(let action): members.append(("route", forward(action)))
        case .redirect(let redirect): members.append(("redirect", redirectJSON(redirect)))
        case .directResponse(let response):
            var direct: [(String, JSONValue)] = [("status", .int(Int64(response.status)))]
            if case .inlineString(let text) = response.body {
                direct.append(("body", .object([("inline_string", .string(text))])))
            }
            members.append(("direct_response", .object(direct)))
        }
        return .object(members)
    }

    static func forward(_ action: ForwardAction) -> JSONValue {
        var members: [(String, JSONValue)] = []
        switch action.target {
        case .cluster(let name): members.append(("cluster", .string(name)))
        case .weightedClusters(let clusters):
            members.append(("weighted_clusters", .object([("clusters", .array(clusters.map {
                .object([("name", .string($0.name)), ("weight", .int(Int64($0.weight)))])
            }))])))
        }
        if let rewrite = action.prefixRewrite { members.append(("prefix_rewrite", .string(rewrite))) }
        if let host = action.hostRewriteLiteral { members.append(("host_rewrite_literal", .string(host))) }
        if action.timeout != .seconds(15) { members.append(("timeout", .string(action.timeout.description))) }
        if let policy = action.retryPolicy { members.append(("retry_policy", retryPolicy(policy))) }
        return .object(members)
    }

    static func retryPolicy(_ policy: RetryPolicy) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("retry_on", .string(policy.retryOn.map(\.rawValue).sorted().joined(separator: ","))),
            ("num_retries", .int(Int64(policy.numRetries))),
        ]
        if let perTry = policy.perTryTimeout { members.append(("per_try_timeout", .string(perTry.description))) }
        if !policy.retriableStatusCodes.isEmpty {
            members.append(("retriable_status_codes", .array(policy.retriableStatusCodes.map { .int(Int64($0)) })))
        }
        return .object(members)
    }

    static func redirectJSON(_ redirect: RedirectAction) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let scheme = redirect.scheme { members.append(("scheme_redirect", .string(scheme))) }
        if let host = redirect.host { members.append(("host_redirect", .string(host))) }
        if let port = redirect.port { members.append(("port_redirect", .int(Int64(port)))) }
        if let path = redirect.path { members.append(("path_redirect", .string(path))) }
        if let prefix = redirect.prefixRewrite { members.append(("prefix_rewrite", .string(prefix))) }
        if redirect.responseCode != .MOVED_PERMANENTLY {
            members.append(("response_code", .string(redirect.responseCode.rawValue)))
        }
        if redirect.stripQuery { members.append(("strip_query", true)) }
        return .object(members)
    }

    static func headerMatcher(_ matcher: HeaderMatcher) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(matcher.name))]
        func stringMatch(_ key: String, _ value: JSONValue) {
            var inner: [(String, JSONValue)] = [(key, value)]
            if matcher.ignoreCase { inner.append(("ignore_case", true)) }
            members.append(("string_match", .object(inner)))
        }
        switch matcher.rule {
        case .exact(let value): stringMatch("exact", .string(value))
        case .prefix(let value): stringMatch("prefix", .string(value))
        case .suffix(let value): stringMatch("suffix", .string(value))
        case .contains(let value): stringMatch("contains", .string(value))
        case .safeRegex(let value): stringMatch("safe_regex", .object([("regex", .string(value))]))
        case .present(let value): members.append(("present_match", .bool(value)))
        }
        if matcher.invertMatch { members.append(("invert_match", true)) }
        return .object(members)
    }

    static func cluster(_ cluster: Cluster) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(cluster.name))]
        if let alt = cluster.altStatName { members.append(("alt_stat_name", .string(alt))) }
        members.append(("type", .string(cluster.type.rawValue)))
        members.append(("connect_timeout", .string(cluster.connectTimeout.description)))
        if cluster.lbPolicy != .ROUND_ROBIN { members.append(("lb_policy", .string(cluster.lbPolicy.rawValue))) }
        if let common = commonLbConfig(cluster) { members.append(("common_lb_config", common)) }
        let localities = cluster.loadAssignment.endpoints.map { locality -> JSONValue in
            var entry: [(String, JSONValue)] = []
            if let value = locality.locality { entry.append(("locality", self.locality(value))) }
            entry.append(("lb_endpoints", .array(locality.lbEndpoints.map { endpoint in
                var inner: [(String, JSONValue)] = [("address", address(endpoint.address))]
                if !endpoint.hostname.isEmpty { inner.append(("hostname", .string(endpoint.hostname))) }
                var outer: [(String, JSONValue)] = [("endpoint", .object(inner))]
                if endpoint.weight != 1 { outer.append(("load_balancing_weight", .int(Int64(endpoint.weight)))) }
                return .object(outer)
            })))
            if let weight = locality.loadBalancingWeight {
                entry.append(("load_balancing_weight", .int(Int64(weight))))
            }
            return .object(entry)
        }
        if let eds = cluster.edsClusterConfig {
            // Envoy dumps where an EDS cluster's endpoints come from; the endpoints are in the EDS dump.
            members.append(("eds_cluster_config", .object([("eds_config", configSource(eds.edsConfig))]
                + (eds.serviceName.map { [("service_name", JSONValue.string($0))] } ?? []))))
        } else {
            members.append(("load_assignment", .object([
                ("cluster_name", .string(cluster.loadAssignment.clusterName)), ("endpoints", .array(localities)),
            ])))
        }
        if cluster.dnsRefreshRate != .seconds(5) {
            members.append(("dns_refresh_rate", .string(cluster.dnsRefreshRate.description)))
        }
        if cluster.dnsLookupFamily != .AUTO {
            members.append(("dns_lookup_family", .string(cluster.dnsLookupFamily.rawValue)))
        }
        if case .http2(let options) = cluster.upstreamProtocol {
            var http2: [(String, JSONValue)] = []
            if options.maxConcurrentStreams != Http2ProtocolOptions().maxConcurrentStreams {
                http2.append(("max_concurrent_streams", .int(Int64(options.maxConcurrentStreams))))
            }
            members.append(("typed_extension_protocol_options", .object([
                ("envoy.extensions.upstreams.http.v3.HttpProtocolOptions", typed(
                    "envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
                    [("explicit_http_config", .object([("http2_protocol_options", .object(http2))]))])),
            ])))
        }
        if let resolver = cluster.dnsResolver { members.append(("typed_dns_resolver_config", dnsResolver(resolver))) }
        return .object(members)
    }

    /// `common_lb_config` as loaded; nil when it holds only defaults.
    static func commonLbConfig(_ cluster: Cluster) -> JSONValue? {
        var members: [(String, JSONValue)] = []
        if cluster.healthyPanicThreshold != 50 {
            members.append(("healthy_panic_threshold", .object([("value", .double(cluster.healthyPanicThreshold))])))
        }
        if cluster.localityWeightedLbConfig { members.append(("locality_weighted_lb_config", .object([]))) }
        return members.isEmpty ? nil : .object(members)
    }

    /// A `Locality` with its empty fields left out, as proto3 JSON does.
    static func locality(_ locality: Node.Locality) -> JSONValue {
        let fields = [("region", locality.region), ("zone", locality.zone), ("sub_zone", locality.subZone)]
        return .object(fields.filter { !$0.1.isEmpty }.map { ($0.0, .string($0.1)) })
    }

    static func dnsResolver(_ resolver: DnsResolverConfig) -> JSONValue {
        var members: [(String, JSONValue)] = [("resolvers", .array(resolver.resolvers.map(address)))]
        if resolver.useResolversAsFallback { members.append(("use_resolvers_as_fallback", true)) }
        if resolver.noDefaultSearchDomain {
            members.append(("dns_resolver_options", .object([("no_default_search_domain", true)])))
        }
        return .object([
            ("name", "envoy.network.dns_resolver.cares"),
            ("typed_config", typed("envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig", members)),
        ])
    }

    static func layeredRuntime(_ runtime: LayeredRuntime) -> JSONValue {
        .object([("layers", .array(runtime.layers.map { layer -> JSONValue in
            switch layer {
            case .staticLayer(let name, let values):
                return .object([("name", .string(name)), ("static_layer", .object(
                    values.keys.sorted().map { ($0, .string(values[$0]!)) }))])
            case .adminLayer(let name):
                return .object([("name", .string(name)), ("admin_layer", .object([]))])
            }
        }))])
    }

}

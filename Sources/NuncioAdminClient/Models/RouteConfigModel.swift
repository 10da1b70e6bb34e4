/// What `/config_dump` says about routing: each listener's HTTP connection managers, their route configuration
/// (inline or by RDS name), virtual hosts with their domains, and routes with their match and action.
public struct RouteConfigModel: Sendable, Equatable {
    public var listeners: [Listener]

    public init(listeners: [Listener]) {
        self.listeners = listeners
    }

    public struct Listener: Sendable, Equatable {
        /// Envoy leaves a static listener's name out of the dump when the config gave none.
        public var name: String?
        /// `127.0.0.1:18000`.
        public var address: String
        public var routeConfigs: [RouteConfig]

        public init(name: String?, address: String, routeConfigs: [RouteConfig]) {
            self.name = name
            self.address = address
            self.routeConfigs = routeConfigs
        }
    }

    /// One HTTP connection manager's routing table.
    public struct RouteConfig: Sendable, Equatable {
        public var statPrefix: String?
        /// The route configuration's name; for RDS, the `route_config_name` asked for.
        public var name: String
        /// True when the table came through RDS (the dump's `RoutesConfigDump`) rather than inline.
        public var viaRDS: Bool
        public var virtualHosts: [VirtualHost]

        public init(statPrefix: String?, name: String, viaRDS: Bool, virtualHosts: [VirtualHost]) {
            self.statPrefix = statPrefix
            self.name = name
            self.viaRDS = viaRDS
            self.virtualHosts = virtualHosts
        }
    }

    public struct VirtualHost: Sendable, Equatable {
        public var name: String
        public var domains: [String]
        public var routes: [Route]

        public init(name: String, domains: [String], routes: [Route]) {
            self.name = name
            self.domains = domains
            self.routes = routes
        }
    }

    public struct Route: Sendable, Equatable {
        public var name: String?
        /// `prefix /service/1`, `path /healthz`, `regex ^/api/.*`, plus `+2 headers` when headers must match.
        public var match: String
        public var action: Action
        /// `prefix_rewrite /`, `regex_rewrite`, `host_rewrite_literal example.com`; nil when the path is kept.
        public var rewrite: String?

        public init(name: String? = nil, match: String, action: Action, rewrite: String? = nil) {
            self.name = name
            self.match = match
            self.action = action
            self.rewrite = rewrite
        }
    }

    public enum Action: Sendable, Equatable {
        case cluster(String)
        case weightedClusters([WeightedCluster])
        /// The cluster named by a request header (`cluster_header`).
        case clusterHeader(String)
        /// Where the redirect sends, such as `https://example.com/new` (parts not rewritten are left out).
        case redirect(String)
        case directResponse(status: Int, body: String?)
        /// An action the dashboard does not describe (`filter_action`, `non_forwarding_action`).
        case other(String)

        /// The clusters this action forwards to, for live numbers and Enter.
        public var clusters: [String] {
            switch self {
            case .cluster(let name): return [name]
            case .weightedClusters(let clusters): return clusters.map(\.name)
            default: return []
            }
        }
    }

    public struct WeightedCluster: Sendable, Equatable {
        public var name: String
        public var weight: Int

        public init(name: String, weight: Int) {
            self.name = name
            self.weight = weight
        }
    }
}

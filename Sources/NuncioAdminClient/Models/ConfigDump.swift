import Foundation

/// The parts of a whole `GET /config_dump` the dashboard shows: the routing tree (`RouteConfigModel`) and each
/// cluster's configuration, summarised and in full. Read with `JSONSerialization`: the dump is deep, open-ended
/// proto JSON, and only a few paths matter.
public struct ConfigDump: Sendable, Equatable {
    public var routes: RouteConfigModel
    public var clusters: [ClusterConfigDetail]

    public init(routes: RouteConfigModel, clusters: [ClusterConfigDetail]) {
        self.routes = routes
        self.clusters = clusters
    }

    public func cluster(named name: String) -> ClusterConfigDetail? {
        clusters.first { $0.name == name }
    }

    /// Parses a `/config_dump` body (Envoy's or Nuncio's). Unknown dump types are skipped.
    public init(json data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw AdminClientError(.decoding, path: "/config_dump", detail: "not a JSON object")
        }
        let configs = root["configs"] as? [[String: Any]] ?? []
        func dump(_ suffix: String) -> [String: Any] {
            configs.first { ($0["@type"] as? String)?.hasSuffix(suffix) == true } ?? [:]
        }
        let routeDump = dump(".RoutesConfigDump")
        var namedRouteConfigs: [String: [String: Any]] = [:]
        for key in ["static_route_configs", "dynamic_route_configs"] {
            for entry in routeDump[key] as? [[String: Any]] ?? [] {
                guard let config = entry["route_config"] as? [String: Any], let name = config["name"] as? String
                else { continue }
                namedRouteConfigs[name] = config
            }
        }
        let listenerDump = dump(".ListenersConfigDump")
        var listeners: [[String: Any]] = (listenerDump["static_listeners"] as? [[String: Any]] ?? [])
            .compactMap { $0["listener"] as? [String: Any] }
        for entry in listenerDump["dynamic_listeners"] as? [[String: Any]] ?? [] {
            if let active = (entry["active_state"] as? [String: Any])?["listener"] as? [String: Any] {
                listeners.append(active)
            }
        }
        routes = RouteConfigModel(listeners: listeners.map { Self.listener($0, rds: namedRouteConfigs) })
        let clusterDump = dump(".ClustersConfigDump")
        clusters = ["static_clusters", "dynamic_active_clusters", "dynamic_warming_clusters"].flatMap { key in
            (clusterDump[key] as? [[String: Any]] ?? []).compactMap { entry -> ClusterConfigDetail? in
                guard let cluster = entry["cluster"] as? [String: Any] else { return nil }
                return ClusterConfigDetail(cluster)
            }
        }
    }

    static func listener(_ listener: [String: Any], rds: [String: [String: Any]]) -> RouteConfigModel.Listener {
        var chains = listener["filter_chains"] as? [[String: Any]] ?? []
        if let fallback = listener["default_filter_chain"] as? [String: Any] { chains.append(fallback) }
        var tables: [RouteConfigModel.RouteConfig] = []
        for chain in chains {
            for filter in chain["filters"] as? [[String: Any]] ?? [] {
                guard let manager = filter["typed_config"] as? [String: Any],
                    (manager["@type"] as? String)?.hasSuffix(".HttpConnectionManager") == true
                else { continue }
                let prefix = manager["stat_prefix"] as? String
                if let inline = manager["route_config"] as? [String: Any] {
                    tables.append(RouteParsing.routeConfig(inline, statPrefix: prefix, viaRDS: false))
                } else if let name = (manager["rds"] as? [String: Any])?["route_config_name"] as? String {
                    let config = rds[name] ?? ["name": name]
                    tables.append(RouteParsing.routeConfig(config, statPrefix: prefix, viaRDS: true))
                }
            }
        }
        return RouteConfigModel.Listener(
            name: listener["name"] as? String, address: RouteParsing.address(listener["address"]),
            routeConfigs: tables)
    }
}

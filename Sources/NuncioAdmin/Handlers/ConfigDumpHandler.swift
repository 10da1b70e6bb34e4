import Foundation
import NuncioConfig
import NuncioProxy

/// `/config_dump`: Bootstrap, Clusters, Listeners, ScopedRoutes, Routes and Secrets dumps, v3-shaped;
/// `resource=` picks one repeated field, `name_regex=` filters by name.
enum ConfigDumpHandler {
    static func handle(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let bootstrap = context.server.bootstrap
        let updated = JSONValue.string(timestamp(context.server.state.startTime))
        var regex: NSRegularExpression?
        if let pattern = request.value("name_regex"), !pattern.isEmpty {
            guard let compiled = try? NSRegularExpression(pattern: pattern) else {
                return AdminResponse(status: 400, body: "Error while parsing name_regex from ")
            }
            regex = compiled
        }
        func keep(_ name: String) -> Bool {
            guard let regex else { return true }
            return regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        let server = context.server
        func clusterEntry(_ state: (cluster: Cluster, versionInfo: String?, lastUpdated: Date)) -> JSONValue {
            .object((state.versionInfo.map(versionMember) ?? []) + [
                ("cluster", ConfigDumpEncoder.typed("envoy.config.cluster.v3.Cluster",
                    memberList(ConfigDumpEncoder.cluster(state.cluster)))),
                ("last_updated", state.versionInfo == nil ? updated : .string(timestamp(state.lastUpdated))),
            ])
        }
        let activeClusters = server.clusterManager.activeClusters.filter { keep($0.cluster.name) }
        let clusters = activeClusters.filter { $0.versionInfo == nil }.map(clusterEntry)
        let dynamicClusters = activeClusters.filter { $0.versionInfo != nil }.map(clusterEntry)
        let warmingClusters = server.clusterManager.warmingClusters.filter { keep($0.cluster.name) }.map(clusterEntry)
        let listenerStates = server.listenerConfigs.filter { keep($0.listener.name) }
        let listeners = listenerStates.filter { $0.versionInfo == nil }.map { state in
            JSONValue.object([("listener", ConfigDumpEncoder.typed("envoy.config.listener.v3.Listener",
                memberList(ConfigDumpEncoder.listener(state.listener)))), ("last_updated", updated)])
        }
        let dynamicListeners = dynamicListenerEntries(listenerStates.filter { $0.versionInfo != nil })
        if let resource = request.value("resource") {
            let items: [JSONValue]
            switch resource {
            case "static_clusters": items = clusters
            case "dynamic_active_clusters": items = dynamicClusters
            case "dynamic_warming_clusters": items = warmingClusters
            case "static_listeners": items = listeners
            case "dynamic_listeners": items = dynamicListeners
            default: return AdminResponse(status: 404, body: "\(resource) not found in config dump")
            }
            return .json(.object([("configs", .array(items))]))
        }
        var configs: [JSONValue] = []
        if regex == nil {
            configs.append(.object([
                ("@type", "type.googleapis.com/envoy.admin.v3.BootstrapConfigDump"),
                ("bootstrap", ConfigDumpEncoder.bootstrap(bootstrap)), ("last_updated", updated),
            ]))
        }
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.ClustersConfigDump")]
            + (server.clusterManager.versionInfo.map(versionMember) ?? [])
            + section("static_clusters", clusters) + section("dynamic_active_clusters", dynamicClusters)
            + section("dynamic_warming_clusters", warmingClusters)))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.ListenersConfigDump")]
            + (server.listenerVersionInfo.map(versionMember) ?? [])
            + section("static_listeners", listeners) + section("dynamic_listeners", dynamicListeners)))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.ScopedRoutesConfigDump")]))
        let routeStates = server.routeConfigStates.filter { keep($0.config.name) }
        func routeEntry(_ state: (config: RouteConfiguration, versionInfo: String?, lastUpdated: Date)) -> JSONValue {
            .object((state.versionInfo.map(versionMember) ?? []) + [
                ("route_config", ConfigDumpEncoder.typed("envoy.config.route.v3.RouteConfiguration",
                    memberList(ConfigDumpEncoder.routeConfiguration(state.config)))),
                ("last_updated", .string(timestamp(state.lastUpdated))),
            ])
        }
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.RoutesConfigDump")]
            + section("static_route_configs", routeStates.filter { $0.versionInfo == nil }.map(routeEntry))
            + section("dynamic_route_configs", routeStates.filter { $0.versionInfo != nil }.map(routeEntry))))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.SecretsConfigDump")]))
        return .json(.object([("configs", .array(configs))]))
    }

    /// Proto JSON leaves out an empty string: a resource file without `version_info` has none in Envoy's dump.
    private static func versionMember(_ version: String) -> [(String, JSONValue)] {
        version.isEmpty ? [] : [("version_info", .string(version))]
    }

    private static func section(_ name: String, _ items: [JSONValue]) -> [(String, JSONValue)] {
        items.isEmpty ? [] : [(name, .array(items))]
    }

    /// Envoy's `DynamicListener`: one entry per name, with its serving config as `active_state` and the newest
    /// config still draining as `draining_state`.
    private static func dynamicListenerEntries(_ states: [ListenerConfigState]) -> [JSONValue] {
        var order: [String] = []
        var byName: [String: [(String, JSONValue)]] = [:]
        for state in states {
            let name = state.listener.name
            if byName[name] == nil {
                order.append(name)
                byName[name] = [("name", .string(name))]
            }
            let key = state.draining ? "draining_state" : "active_state"
            guard !(byName[name] ?? []).contains(where: { $0.0 == key }) else { continue }
            byName[name]?.append((key, .object((state.versionInfo.map(versionMember) ?? []) + [
                ("listener", ConfigDumpEncoder.typed("envoy.config.listener.v3.Listener",
                    memberList(ConfigDumpEncoder.listener(state.listener)))),
                ("last_updated", .string(timestamp(state.lastUpdated))),
            ])))
        }
        return order.map { .object(byName[$0] ?? []) }
    }

    private static func memberList(_ value: JSONValue) -> [(String, JSONValue)] {
        if case .object(let members) = value { return members }
        return []
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

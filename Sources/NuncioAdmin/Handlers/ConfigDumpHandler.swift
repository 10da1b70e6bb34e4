import Foundation
import NuncioConfig

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
        let clusters = bootstrap.clusters.filter { keep($0.name) }.map { cluster -> JSONValue in
            .object([("cluster", ConfigDumpEncoder.typed("envoy.config.cluster.v3.Cluster",
                memberList(ConfigDumpEncoder.cluster(cluster)))), ("last_updated", updated)])
        }
        let statuses = context.server.listenerStatuses
        let listeners = zip(bootstrap.listeners, statuses).filter { keep($0.1.name) }.map { config, status in
            var listener = config
            listener.name = status.name
            return JSONValue.object([("listener", ConfigDumpEncoder.typed("envoy.config.listener.v3.Listener",
                memberList(ConfigDumpEncoder.listener(listener)))), ("last_updated", updated)])
        }
        if let resource = request.value("resource") {
            let items: [JSONValue]
            switch resource {
            case "static_clusters": items = clusters
            case "static_listeners": items = listeners
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
            + (clusters.isEmpty ? [] : [("static_clusters", .array(clusters))])))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.ListenersConfigDump")]
            + (listeners.isEmpty ? [] : [("static_listeners", .array(listeners))])))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.ScopedRoutesConfigDump")]))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.RoutesConfigDump")]))
        configs.append(.object([("@type", "type.googleapis.com/envoy.admin.v3.SecretsConfigDump")]))
        return .json(.object([("configs", .array(configs))]))
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

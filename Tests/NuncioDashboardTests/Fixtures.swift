import Foundation
import NuncioAdminClient

/// Snapshots built from the Envoy 1.40 captures in `Tests/Fixtures/admin`, plus variations for rates.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/admin")

    static func body(_ name: String) throws -> Data {
        let raw = try Data(contentsOf: directory.appendingPathComponent(name))
        // Most captures end their headers with CRLF CRLF; a few with bare newlines.
        for separator in ["\r\n\r\n", "\n\n"] {
            if let range = raw.range(of: Data(separator.utf8)) { return Data(raw[range.upperBound...]) }
        }
        return raw
    }

    static func decode<Model: Decodable>(_ type: Model.Type, _ name: String) throws -> Model {
        try JSONDecoder().decode(Model.self, from: body(name))
    }

    /// The capture as Envoy served it: service1 with three hosts at 4 requests each, service2 with one at 5.
    static func snapshot(at time: Double = 100, draining: Bool = false) throws -> AdminSnapshot {
        AdminSnapshot(
            serverInfo: try decode(
                ServerInfo.self,
                draining ? "admin_server_info_after_healthcheck_fail.json" : "admin_server_info.json"),
            clusters: try decode(ClusterStatuses.self, "admin_clusters.json"),
            stats: try decode(StatsSnapshot.self, "admin_stats_json.json"),
            listeners: try decode(ListenersInfo.self, "admin_listeners.json"),
            clusterConfigs: ClusterConfigs(clusters: [
                .init(name: "service1", type: "STATIC"), .init(name: "service2", type: "STRICT_DNS"),
            ]),
            takenAt: time)
    }

    /// The same server `seconds` later with `extra` more requests on every service1 host and the cluster.
    static func snapshot(after base: AdminSnapshot, seconds: Double, extra: UInt64) -> AdminSnapshot {
        var next = base
        next.takenAt = base.takenAt + seconds
        for clusterIndex in next.clusters.clusterStatuses.indices
        where next.clusters.clusterStatuses[clusterIndex].name == "service1" {
            for hostIndex in next.clusters.clusterStatuses[clusterIndex].hostStatuses.indices {
                var host = next.clusters.clusterStatuses[clusterIndex].hostStatuses[hostIndex]
                host.stats = host.stats.map { stat in
                    stat.name == "rq_total" || stat.name == "rq_success"
                        ? HostStat(name: stat.name, value: stat.value + extra) : stat
                }
                next.clusters.clusterStatuses[clusterIndex].hostStatuses[hostIndex] = host
            }
        }
        next.stats.values = next.stats.values.map { stat in
            guard stat.name == "cluster.service1.upstream_rq_total" || stat.name == "cluster.service1.upstream_rq_2xx",
                let number = stat.number
            else { return stat }
            return StatValue(name: stat.name, number: number + extra * 3)
        }
        return next
    }
}

import Foundation
import NuncioConfig
import NuncioProxy

/// `/clusters`: every cluster's circuit breakers and every host's counters and health, text or JSON.
enum ClustersHandler {
    static func handle(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        var clusters = context.server.clusterManager.clusters
        if let filter = request.value("filter"), !filter.isEmpty {
            guard let regex = try? NSRegularExpression(pattern: filter) else {
                return AdminResponse(status: 400, body: "Invalid re2 regex")
            }
            clusters = clusters.filter { cluster in
                regex.firstMatch(in: cluster.name, range: NSRange(cluster.name.startIndex..., in: cluster.name)) != nil
            }
        }
        if request.value("format") == "json" {
            return .json(json(clusters))
        }
        return AdminResponse(body: text(clusters))
    }

    static func text(_ clusters: [UpstreamCluster]) -> String {
        var out = ""
        for cluster in clusters {
            let name = cluster.name
            out += "\(name)::observability_name::\(cluster.config.altStatName ?? name)\n"
            for (label, thresholds) in [("default_priority", cluster.config.circuitBreakers.defaultPriority),
                ("high_priority", cluster.config.circuitBreakers.highPriority)]
            {
                out += "\(name)::\(label)::max_connections::\(thresholds.maxConnections)\n"
                out += "\(name)::\(label)::max_pending_requests::\(thresholds.maxPendingRequests)\n"
                out += "\(name)::\(label)::max_requests::\(thresholds.maxRequests)\n"
                out += "\(name)::\(label)::max_retries::\(thresholds.maxRetries)\n"
            }
            out += "\(name)::added_via_api::false\n"
            for host in cluster.hosts.hosts {
                let prefix = "\(name)::\(host.address)::"
                for stat in host.stats.snapshot { out += prefix + "\(stat.name)::\(stat.value)\n" }
                out += prefix + "hostname::\(host.hostname)\n"
                out += prefix + "health_flags::\(host.healthFlags.description)\n"
                out += prefix + "weight::\(host.weight)\n"
                out += prefix + "region::\(host.locality?.region ?? "")\n"
                out += prefix + "zone::\(host.locality?.zone ?? "")\n"
                out += prefix + "sub_zone::\(host.locality?.subZone ?? "")\n"
                out += prefix + "canary::false\n" + prefix + "priority::0\n"
                out += prefix + "success_rate::-1\n" + prefix + "local_origin_success_rate::-1\n"
            }
        }
        return out
    }

    static func json(_ clusters: [UpstreamCluster]) -> JSONValue {
        guard !clusters.isEmpty else { return .object([]) }
        return .object([("cluster_statuses", .array(clusters.map(clusterJSON)))])
    }

    private static func clusterJSON(_ cluster: UpstreamCluster) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(cluster.name))]
        let hosts = cluster.hosts.hosts
        if !hosts.isEmpty { members.append(("host_statuses", .array(hosts.map(hostJSON)))) }
        let breakers = cluster.config.circuitBreakers
        members.append(("circuit_breakers", .object([("thresholds", .array([
            thresholdsJSON(breakers.defaultPriority, high: false), thresholdsJSON(breakers.highPriority, high: true),
        ]))])))
        members.append(("observability_name", .string(cluster.config.altStatName ?? cluster.name)))
        return .object(members)
    }

    private static func thresholdsJSON(_ thresholds: CircuitBreakers.Thresholds, high: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = high ? [("priority", "HIGH")] : []
        members += [
            ("max_connections", .int(Int64(thresholds.maxConnections))),
            ("max_pending_requests", .int(Int64(thresholds.maxPendingRequests))),
            ("max_requests", .int(Int64(thresholds.maxRequests))),
            ("max_retries", .int(Int64(thresholds.maxRetries))),
        ]
        return .object(members)
    }

    /// Proto3 JSON: counters first then gauges, `value` omitted when zero, `type` only for gauges.
    private static func hostJSON(_ host: NuncioProxy.Host) -> JSONValue {
        let snapshot = host.stats.snapshot
        let ordered = snapshot.filter { !$0.isGauge } + snapshot.filter(\.isGauge)
        let stats = ordered.map { stat -> JSONValue in
            var members: [(String, JSONValue)] = []
            if stat.isGauge { members.append(("type", "GAUGE")) }
            if stat.value != 0 { members.append(("value", .string(String(stat.value)))) }
            members.append(("name", .string(stat.name)))
            return .object(members)
        }
        var health: [(String, JSONValue)] = []
        if host.healthFlags.contains(.failedActiveHealthCheck) { health.append(("failed_active_health_check", true)) }
        if host.healthFlags.contains(.failedOutlierCheck) { health.append(("failed_outlier_check", true)) }
        health.append(("eds_health_status", .string(host.edsHealthStatus)))
        var members: [(String, JSONValue)] = [
            ("address", .object([("socket_address", .object([
                ("address", .string(host.address.address)), ("port_value", .int(Int64(host.address.port))),
            ]))])),
            ("stats", .array(stats)),
            ("health_status", .object(health)),
            ("weight", .int(Int64(host.weight))),
        ]
        // Proto3 JSON leaves out an empty hostname (a STATIC host has none).
        if !host.hostname.isEmpty { members.append(("hostname", .string(host.hostname))) }
        members.append(("locality", host.locality.map(ConfigDumpEncoder.locality) ?? .object([])))
        return .object(members)
    }
}

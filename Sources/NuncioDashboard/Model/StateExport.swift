import Foundation

/// `:export json|csv FILE`: what the screens show, per cluster and per host, for scripts and tests to compare
/// with `/clusters` deltas. Shares are fractions (0-1); rates are per second over `window_s`.
enum StateExport {
    enum Format: String, Sendable, CaseIterable {
        case json, csv
    }

    static func clusters(_ model: DashboardModel) -> [ExportClusterRates] {
        (model.latest?.clusters.clusterStatuses ?? []).compactMap { ExportRates.cluster($0.name, in: model) }
    }

    static func json(_ model: DashboardModel) throws -> Data {
        let clusters = clusters(model).map { cluster -> [String: Any] in
            [
                "name": cluster.name, "attempts_per_s": cluster.attemptsPerSecond,
                "errors_per_s": cluster.errorsPerSecond, "success_rate": cluster.successRate ?? NSNull(),
                "rq_5xx_per_s": cluster.status5xxPerSecond, "window_s": cluster.windowSeconds,
                "hosts": cluster.hosts.map { host -> [String: Any] in
                    [
                        "address": host.address, "hostname": host.hostname ?? NSNull(), "health": host.health,
                        "weight": host.weight, "attempts_per_s": host.attemptsPerSecond, "share": host.share,
                        "expected_share": host.expectedShare, "errors_per_s": host.errorsPerSecond,
                        "success_rate": host.successRate ?? NSNull(), "window_s": cluster.windowSeconds,
                    ]
                },
            ]
        }
        let root: [String: Any] = [
            "admin": model.adminAddress, "window_s": model.delta.elapsed, "clusters": clusters,
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }

    static let csvHeader =
        "cluster,address,hostname,health,weight,attempts_per_s,share,expected_share,errors_per_s,success_rate,window_s"

    /// One line per host.
    static func csv(_ model: DashboardModel) -> Data {
        var lines = [csvHeader]
        for cluster in clusters(model) {
            for host in cluster.hosts {
                let fields = [
                    cluster.name, host.address, host.hostname ?? "", host.health, String(host.weight),
                    number(host.attemptsPerSecond), number(host.share), number(host.expectedShare),
                    number(host.errorsPerSecond), host.successRate.map(number) ?? "", number(cluster.windowSeconds),
                ]
                lines.append(fields.map(quoted).joined(separator: ","))
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Writes the export; returns what the events line says.
    static func write(_ format: Format, to path: String, model: DashboardModel) -> (text: String, isError: Bool) {
        guard model.delta.elapsed > 0 else { return ("export: no rates yet (needs two snapshots)", true) }
        do {
            let data = format == .json ? try json(model) : csv(model)
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            try data.write(to: url, options: .atomic)
            return ("exported \(format.rawValue) to \(url.path)", false)
        } catch {
            return ("export to \(path) failed: \(error.localizedDescription)", true)
        }
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.4f", value)
    }

    private static func quoted(_ field: String) -> String {
        field.contains(",") || field.contains("\"") ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            : field
    }
}

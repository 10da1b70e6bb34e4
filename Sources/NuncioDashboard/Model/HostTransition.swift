import Foundation
import NuncioAdminClient

/// A change in a cluster's membership or health between two polls: a host added or removed, its health flags
/// changed, an outlier ejection, or an ejection Envoy blocked (`ejections_overflow`, max_ejection_percent).
public struct HostTransition: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case added, removed, health, ejected, returned, ejectionBlocked
    }

    public var time: Date
    public var cluster: String
    /// Nil for a cluster-wide line (an ejection blocked).
    public var address: String?
    public var kind: Kind
    public var text: String

    public var isBad: Bool { kind == .removed || kind == .ejected || kind == .ejectionBlocked || text.contains("-> !") }

    /// The transitions from `older` to `newer`, in cluster and host order.
    /// `oldNumbers` and `newNumbers` are the snapshots' `/stats` by name (built once per poll, by `SnapshotDelta`).
    static func between(
        _ older: AdminSnapshot, _ newer: AdminSnapshot, oldNumbers: [String: UInt64], newNumbers: [String: UInt64],
        at time: Date
    ) -> [HostTransition] {
        var found: [HostTransition] = []
        for cluster in newer.clusters.clusterStatuses {
            let name = cluster.name
            let before = older.clusters.cluster(named: name)?.hostStatuses ?? []
            let oldByAddress = Dictionary(before.map { ($0.address.description, $0) }, uniquingKeysWith: { a, _ in a })
            let newAddresses = Set(cluster.hostStatuses.map(\.address.description))
            func add(_ address: String?, _ kind: Kind, _ text: String) {
                found.append(HostTransition(time: time, cluster: name, address: address, kind: kind, text: text))
            }
            for host in cluster.hostStatuses {
                let address = host.address.description
                guard let old = oldByAddress[address] else {
                    add(address, .added, "+ \(address) added (\(HealthCodes.short(host.healthStatus)))")
                    continue
                }
                let wasEjected = old.healthStatus.failedOutlierCheck, isEjected = host.healthStatus.failedOutlierCheck
                if !wasEjected && isEjected { add(address, .ejected, "\(address) ejected by outlier detection") }
                if wasEjected && !isEjected { add(address, .returned, "\(address) back from outlier ejection") }
                var oldFlags = old.healthStatus, newFlags = host.healthStatus
                oldFlags.failedOutlierCheck = false
                newFlags.failedOutlierCheck = false
                if oldFlags.flags != newFlags.flags {
                    add(address, .health, "\(address) \(HealthCodes.short(oldFlags)) -> \(HealthCodes.short(newFlags))")
                }
            }
            for host in before where !newAddresses.contains(host.address.description) {
                add(host.address.description, .removed, "- \(host.address.description) removed")
            }
            let overflow = "cluster.\(name).outlier_detection.ejections_overflow"
            if let now = newNumbers[overflow], let then = oldNumbers[overflow], now > then {
                add(nil, .ejectionBlocked, "ejection blocked \(now - then)x (ejections_overflow: max_ejection_percent)")
            }
        }
        for cluster in older.clusters.clusterStatuses where newer.clusters.cluster(named: cluster.name) == nil {
            found.append(
                HostTransition(
                    time: time, cluster: cluster.name, address: nil, kind: .removed, text: "cluster removed"))
        }
        return found
    }
}

/// Short health codes for a fixed-width column: `ok`, `!hc`, `!out`, `!eds`, `~hc`, `~eds`, `~drain`, `~rm`,
/// `?hc`, `!imm`, `!tmo`; several joined with `,`. The detail view shows Envoy's full flags.
enum HealthCodes {
    static let width = 8

    static func short(_ status: HostHealthStatus) -> String {
        let codes = status.flags.map(code)
        return codes == ["healthy"] ? "ok" : codes.joined(separator: ",")
    }

    static func code(_ flag: String) -> String {
        switch flag {
        case "/failed_active_hc": return "!hc"
        case "/failed_outlier_check": return "!out"
        case "/failed_eds_health": return "!eds"
        case "/degraded_active_hc": return "~hc"
        case "/degraded_eds_health": return "~eds"
        case "/pending_dynamic_removal": return "~rm"
        case "/pending_active_hc": return "?hc"
        case "/excluded_via_immediate_hc_fail": return "!imm"
        case "/active_hc_timeout": return "!tmo"
        case "/eds_status_draining": return "~drain"
        default: return flag
        }
    }

    /// Cut to the column: `!hc,!out` fits, a third flag shows as `+`.
    static func fitted(_ status: HostHealthStatus) -> String {
        let text = short(status)
        guard text.count > width else { return text }
        return String(text.prefix(width - 1)) + "+"
    }
}

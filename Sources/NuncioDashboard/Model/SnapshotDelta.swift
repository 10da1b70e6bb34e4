import NuncioAdminClient

/// The latest snapshot's numbers next to the previous one's, for rates and change markers.
/// Built once per applied snapshot, so rendering does no dictionary building.
struct SnapshotDelta: Sendable {
    var latest: [String: UInt64] = [:]
    var previous: [String: UInt64] = [:]
    /// Per-host counters, keyed by `cluster/address/stat`: Envoy keeps them outside `/stats`.
    var latestHosts: [String: UInt64] = [:]
    var previousHosts: [String: UInt64] = [:]
    /// Seconds between the two snapshots; 0 when there is only one.
    var elapsed: Double = 0

    init() {}

    init(latest snapshot: AdminSnapshot, previous older: AdminSnapshot?, carrying delta: SnapshotDelta) {
        latest = snapshot.stats.numbersByName()
        latestHosts = Self.hostNumbers(snapshot.clusters)
        if let older {
            previous = delta.latest
            previousHosts = delta.latestHosts
            elapsed = max(snapshot.takenAt - older.takenAt, 0)
        }
    }

    func value(_ name: String) -> UInt64 { latest[name] ?? 0 }

    /// Per-second change of a counter; nil before two snapshots, 0 after a reset (the counter went down).
    func rate(_ name: String) -> Double? {
        Self.rate(latest[name], previous[name], elapsed)
    }

    func hostRate(cluster: String, address: String, stat: String) -> Double? {
        let key = Self.hostKey(cluster, address, stat)
        return Self.rate(latestHosts[key], previousHosts[key], elapsed)
    }

    /// 1 when the stat went up since the last tick, -1 when it went down, 0 otherwise.
    func change(_ name: String) -> Int {
        guard elapsed > 0, let now = latest[name], let before = previous[name] else { return 0 }
        return now > before ? 1 : (now < before ? -1 : 0)
    }

    func hostChange(cluster: String, address: String, stat: String) -> Int {
        let key = Self.hostKey(cluster, address, stat)
        guard elapsed > 0, let now = latestHosts[key], let before = previousHosts[key] else { return 0 }
        return now > before ? 1 : (now < before ? -1 : 0)
    }

    static func hostKey(_ cluster: String, _ address: String, _ stat: String) -> String {
        "\(cluster)/\(address)/\(stat)"
    }

    private static func rate(_ now: UInt64?, _ before: UInt64?, _ elapsed: Double) -> Double? {
        guard elapsed > 0, let now, let before else { return nil }
        return now >= before ? Double(now - before) / elapsed : 0
    }

    private static func hostNumbers(_ clusters: ClusterStatuses) -> [String: UInt64] {
        var numbers: [String: UInt64] = [:]
        for cluster in clusters.clusterStatuses {
            for host in cluster.hostStatuses {
                let address = host.address.description
                for stat in host.stats { numbers[hostKey(cluster.name, address, stat.name)] = stat.value }
            }
        }
        return numbers
    }
}

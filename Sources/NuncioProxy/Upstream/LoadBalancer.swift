import Atomics
import NuncioConfig

/// Picks a host for each request. Lock-free: a cursor and random numbers only.
public final class LoadBalancer: Sendable {
    private let policy: Cluster.LbPolicy
    private let choiceCount: Int
    /// Round-robin cursor shared by every event loop, so the rotation is exact: one, two, three, one, ...
    private let cursor = ManagedAtomic<UInt64>(0)

    public init(policy: Cluster.LbPolicy, choiceCount: UInt32 = 2) {
        self.policy = policy
        self.choiceCount = max(2, Int(choiceCount))
    }

    /// A host among the healthy ones; among all when fewer than half are healthy (Envoy's panic threshold, 50 %).
    public func choose(from set: HostSet) -> Host? {
        let hosts = set.healthyHosts.count * 2 < set.hosts.count ? set.hosts : set.healthyHosts
        guard !hosts.isEmpty else { return nil }
        if hosts.count == 1 { return hosts[0] }
        switch policy {
        case .ROUND_ROBIN:
            let index = cursor.loadThenWrappingIncrement(ordering: .relaxed)
            return hosts[Int(index % UInt64(hosts.count))]
        case .RANDOM:
            return hosts[Int.random(in: 0..<hosts.count)]
        case .LEAST_REQUEST:
            // Envoy's power of N choices: the least loaded of N random picks.
            var best = hosts[Int.random(in: 0..<hosts.count)]
            for _ in 1..<choiceCount {
                let candidate = hosts[Int.random(in: 0..<hosts.count)]
                if candidate.stats.rqActive.load(ordering: .relaxed) < best.stats.rqActive.load(ordering: .relaxed) {
                    best = candidate
                }
            }
            return best
        }
    }
}

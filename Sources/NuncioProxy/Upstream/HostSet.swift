import Atomics

/// An immutable list of a cluster's hosts, swapped whole when DNS answers or health change so readers never lock.
/// It carries what Envoy's load balancer base works out per priority (one priority here): the share of picks for
/// healthy and for degraded hosts, and whether the set is in panic.
public final class HostSet: AtomicReference, Sendable {
    public let hosts: [Host]
    public let healthyHosts: [Host]
    public let degradedHosts: [Host]
    /// Percent of picks (0...100) that go to healthy hosts; the rest go to degraded ones.
    let healthyLoad: Int
    /// Too few healthy and degraded hosts (under the cluster's `healthy_panic_threshold`, 50 % unless set): pick
    /// among all hosts.
    let panic: Bool
    let panicThreshold: Double
    /// Whether the weights of each source differ, so that weighted (EDF) picking applies.
    let weighted: (all: Bool, healthy: Bool, degraded: Bool)
    /// The hosts by locality, with `locality_weighted_lb_config` only: nil keeps picks free of locality work.
    let localities: HostsPerLocality?
    private let localityWeights: [UInt32]?

    /// Envoy's overprovisioning factor (140 %): a priority with 5 of 7 hosts healthy still takes all its load.
    static let overprovisioningFactor = 140

    /// `localityWeights`, by locality index, weighs each locality's hosts for `locality_weighted_lb_config`.
    public init(hosts: [Host], panicThreshold: Double = 50, localityWeights: [UInt32]? = nil) {
        self.hosts = hosts
        self.panicThreshold = panicThreshold
        self.localityWeights = localityWeights
        localities = localityWeights.map {
            HostsPerLocality(hosts: hosts, weights: $0, overprovisioningFactor: Self.overprovisioningFactor)
        }
        let healthy = hosts.filter(\.isHealthy)
        let degraded = hosts.filter(\.isDegraded)
        healthyHosts = healthy
        degradedHosts = degraded
        weighted = (Self.weightsDiffer(hosts), Self.weightsDiffer(healthy), Self.weightsDiffer(degraded))
        // `recalculatePerPriorityState` for a single priority, by host counts (no `weighted_priority_health`).
        let total = hosts.count - hosts.filter(\.isExcluded).count
        guard total > 0 else {
            (healthyLoad, panic) = (100, panicThreshold > 0)
            return
        }
        let health = min(100, Self.overprovisioningFactor * healthy.count / total)
        let degradedHealth = min(100, Self.overprovisioningFactor * degraded.count / total)
        let normalized = min(100, health + degradedHealth)
        panic = normalized < 100 && 100 * Double(healthy.count + degraded.count) / Double(total) < panicThreshold
        guard normalized > 0 else {
            healthyLoad = 100
            return
        }
        let toHealthy = min(100, health * 100 / normalized)
        let toDegraded = min(100 - toHealthy, degradedHealth * 100 / normalized)
        // Rounding leftovers go to the healthy hosts if any are available, else to the degraded ones.
        healthyLoad = health > 0 ? 100 - toDegraded : toHealthy
    }

    /// A set with the same hosts whose healthy subset is computed again (after a health flag changed).
    public func refreshedHealth() -> HostSet {
        HostSet(hosts: hosts, panicThreshold: panicThreshold, localityWeights: localityWeights)
    }

    static func weightsDiffer(_ hosts: [Host]) -> Bool {
        guard let first = hosts.first?.weight else { return false }
        return hosts.contains { $0.weight != first }
    }
}

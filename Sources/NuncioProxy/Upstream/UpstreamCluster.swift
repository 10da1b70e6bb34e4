import Atomics
import NIOCore
import NuncioConfig
import NuncioStats

/// A cluster as it runs: its config, its current hosts (swapped atomically), its load balancer and stats.
public final class UpstreamCluster: Sendable {
    public let config: Cluster
    public let stats: ClusterStats
    public let loadBalancer: LoadBalancer
    let outlierDetector: OutlierDetector?
    /// The circuit breakers (default priority), counted across all workers.
    public let resourceManager: ResourceManager
    public let poolStats: ConnectionPoolStats
    /// Envoy's `membership_degraded` and `membership_excluded` (hosts whose endpoint says DEGRADED or DRAINING).
    private let membershipDegraded: Gauge
    private let membershipExcluded: Gauge
    private let hostSet: ManagedAtomic<HostSet>
    /// Every endpoint in config order, with the index of its locality (`localities`).
    public let endpoints: [(endpoint: LbEndpoint, localityIndex: Int)]
    /// Each locality by index (nil for the unset one).
    private let localities: [Node.Locality?]
    /// Each locality's weight by index, with `locality_weighted_lb_config` only.
    private let localityWeights: [UInt32]?
    /// Set once the first resolution (or the static list) is in: until then requests find no host.
    private let initialized = ManagedAtomic<Bool>(false)

    public init(config: Cluster, store: StatsStore) {
        self.config = config
        self.stats = ClusterStats(name: config.altStatName ?? config.name, store: store)
        let (endpoints, localities, weights) = Self.localities(config.loadAssignment)
        self.endpoints = endpoints
        self.localities = localities
        self.localityWeights = config.localityWeightedLbConfig ? weights : nil
        self.loadBalancer = LoadBalancer(policy: config.lbPolicy, choiceCount: config.leastRequestChoiceCount,
            activeRequestBias: config.activeRequestBias, localityCount: localityWeights?.count ?? 0)
        self.outlierDetector = config.outlierDetection.map {
            OutlierDetector(config: $0, statName: config.altStatName ?? config.name, store: store)
        }
        self.hostSet = ManagedAtomic(HostSet(hosts: []))
        let statPrefix = "cluster.\(config.altStatName ?? config.name)."
        self.resourceManager = ResourceManager(
            thresholds: config.circuitBreakers.defaultPriority, statPrefix: statPrefix, store: store)
        self.poolStats = ConnectionPoolStats(statPrefix: statPrefix, store: store)
        self.membershipDegraded = store.gauge(statPrefix + "membership_degraded", importMode: .neverImport)
        self.membershipExcluded = store.gauge(statPrefix + "membership_excluded", importMode: .neverImport)
    }

    /// Envoy groups hosts by `locality` value: entries with equal localities are one locality, at the first one's
    /// index, weighing what the last one says (unset weighs 0).
    private static func localities(
        _ assignment: ClusterLoadAssignment
    ) -> ([(endpoint: LbEndpoint, localityIndex: Int)], [Node.Locality?], [UInt32]) {
        var keys: [[String]] = []
        var localities: [Node.Locality?] = []
        var weights: [UInt32] = []
        var endpoints: [(endpoint: LbEndpoint, localityIndex: Int)] = []
        for entry in assignment.endpoints {
            let key = [entry.locality?.region ?? "", entry.locality?.zone ?? "", entry.locality?.subZone ?? ""]
            let index = keys.firstIndex(of: key) ?? keys.count
            if index == keys.count {
                keys.append(key)
                localities.append(entry.locality)
                weights.append(0)
            }
            weights[index] = entry.loadBalancingWeight ?? 0
            endpoints += entry.lbEndpoints.map { ($0, index) }
        }
        return (endpoints, localities, weights)
    }

    /// Whether `assignment` (an EDS update) groups its endpoints into this cluster's localities with their weights,
    /// so that its hosts can be swapped in place.
    func hasSameLocalities(as assignment: ClusterLoadAssignment) -> Bool {
        let (_, localities, weights) = Self.localities(assignment)
        let current = localityWeights ?? Self.localities(config.loadAssignment).2
        return localities == self.localities && weights == current
    }

    /// The hosts `assignment` lists, with their locality indexes.
    static func hostEntries(_ assignment: ClusterLoadAssignment) -> [HostEntry] {
        localities(assignment).0.map { endpoint, locality in
            HostEntry(endpoint.address, hostname: endpoint.hostname, endpoint: endpoint, localityIndex: locality)
        }
    }

    public var name: String { config.name }
    public var hosts: HostSet { hostSet.load(ordering: .acquiring) }
    public var isInitialized: Bool { initialized.load(ordering: .acquiring) }

    public func chooseHost() -> Host? {
        loadBalancer.choose(from: hosts)
    }

    /// One host as the endpoints (and DNS) give it.
    public struct HostEntry: Sendable {
        public var address: NuncioConfig.SocketAddress
        public var hostname: String
        public var weight: UInt32
        public var healthStatus: LbEndpoint.HealthStatus
        /// The index of the endpoint's locality (`UpstreamCluster.endpoints`).
        public var localityIndex: Int

        public init(
            _ address: NuncioConfig.SocketAddress, hostname: String, endpoint: LbEndpoint, localityIndex: Int = 0
        ) {
            self.address = address
            self.hostname = hostname
            self.weight = endpoint.weight
            self.healthStatus = endpoint.healthStatus
            self.localityIndex = localityIndex
        }
    }

    /// Replaces the hosts with `entries` (in answer order); hosts already present keep their object and stats, and
    /// take the entry's health status. Returns true when membership changed.
    @discardableResult
    public func updateHosts(_ entries: [HostEntry]) -> Bool {
        let current = hosts.hosts
        var byAddress: [NuncioConfig.SocketAddress: Host] = [:]
        for host in current { byAddress[host.address] = host }
        var next: [Host] = []
        var seen = Set<NuncioConfig.SocketAddress>()
        var edsChanged = false
        for entry in entries where seen.insert(entry.address).inserted {
            let eds = HealthFlags(edsHealthStatus: entry.healthStatus)
            // A host keeps its locality: one that moved is a new host.
            if let existing = byAddress[entry.address], existing.localityIndex == entry.localityIndex {
                if existing.healthFlags.intersection(HealthFlags.eds) != eds {
                    existing.setHealthFlag(HealthFlags.eds.subtracting(eds), false)
                    existing.setHealthFlag(eds, true)
                    edsChanged = true
                }
                next.append(existing)
            } else if let host = try? Host(
                address: entry.address, hostname: entry.hostname, weight: entry.weight,
                locality: localities.indices.contains(entry.localityIndex) ? localities[entry.localityIndex] : nil,
                localityIndex: entry.localityIndex)
            {
                // With active health checking a new host waits for its first passing check, as in Envoy.
                if !config.healthChecks.isEmpty { host.setHealthFlag(.failedActiveHealthCheck, true) }
                host.setHealthFlag(eds, true)
                next.append(host)
            }
        }
        let changed = next.map(\.address) != current.map(\.address)
            || zip(next, current).contains { $0 !== $1 }
        if changed { stats.membershipChange.inc() }
        if changed || edsChanged || !isInitialized {
            let set = HostSet(
                hosts: next, panicThreshold: config.healthyPanicThreshold, localityWeights: localityWeights)
            hostSet.store(set, ordering: .releasing)
        }
        stats.membershipTotal.set(UInt64(next.count))
        publishHealth(hosts)
        initialized.store(true, ordering: .releasing)
        return changed
    }

    /// A finished upstream attempt, for outlier detection: a status, or 503 for a connect failure or reset.
    func recordOutcome(status: Int, host: Host) {
        outlierDetector?.record(status: status, host: host, in: self)
    }

    /// Recomputes the healthy subset after a health flag changed.
    public func healthChanged() {
        let refreshed = hosts.refreshedHealth()
        hostSet.store(refreshed, ordering: .releasing)
        publishHealth(refreshed)
    }

    private func publishHealth(_ set: HostSet) {
        stats.membershipHealthy.set(UInt64(set.healthyHosts.count))
        membershipDegraded.set(UInt64(set.degradedHosts.count))
        membershipExcluded.set(UInt64(set.hosts.filter(\.isExcluded).count))
    }
}

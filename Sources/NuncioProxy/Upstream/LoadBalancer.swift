import Atomics
import Foundation
import NuncioConfig

/// Picks a host for each request. Lock-free: a cursor and random numbers, and for unequal weights an EDF schedule
/// per worker thread (as each Envoy worker has its own load balancer).
public final class LoadBalancer: Sendable {
    private let policy: Cluster.LbPolicy
    private let choiceCount: Int
    private let activeRequestBias: Double
    /// Round-robin cursor shared by every event loop, so the rotation is exact: one, two, three, one, ...
    private let cursor = ManagedAtomic<UInt64>(0)
    /// With `locality_weighted_lb_config`, a cursor per locality, so each locality's rotation is exact too.
    private let localityCursors: [ManagedAtomic<UInt64>]
    /// SplitMix64 state for random picks: `Int.random` asks the kernel (getrandom) on every call on Linux, which the
    /// micro-benchmarks showed at 0.5 µs a pick against 22 ns for round robin.
    private let randomState = ManagedAtomic<UInt64>(UInt64.random(in: .min ... .max))

    /// `localityCount`: how many localities `locality_weighted_lb_config` weighs (0 without it).
    public init(
        policy: Cluster.LbPolicy, choiceCount: UInt32 = 2, activeRequestBias: Double = 1, localityCount: Int = 0
    ) {
        self.policy = policy
        self.choiceCount = max(2, Int(choiceCount))
        self.activeRequestBias = activeRequestBias
        self.localityCursors = (0..<localityCount).map { _ in ManagedAtomic(0) }
    }

    /// Which of a host set's lists a pick is made from (Envoy's `HostsSource`).
    private enum Source: Int {
        case all, healthy, degraded
    }

    /// A host among the healthy ones, or the degraded ones for their share of the load; among all in panic.
    public func choose(from set: HostSet) -> Host? {
        let source: Source
        if set.panic {
            source = .all
        } else if set.healthyLoad < 100 && random(below: 100) >= set.healthyLoad {
            source = .degraded
        } else {
            source = .healthy
        }
        var hosts: [Host]
        var weighted: Bool
        switch source {
        case .all: (hosts, weighted) = (set.hosts, set.weighted.all)
        case .healthy: (hosts, weighted) = (set.healthyHosts, set.weighted.healthy)
        case .degraded: (hosts, weighted) = (set.degradedHosts, set.weighted.degraded)
        }
        // Envoy's `hostSourceToUse`: outside panic, a locality first, then a host among its hosts of the source.
        var locality: Int?
        if source != .all, let localities = set.localities {
            let eligible = source == .healthy ? localities.healthy : localities.degraded
            if let index = chooseLocality(set, source, eligible) {
                (hosts, weighted, locality) = (eligible.hosts[index], eligible.weighted[index], index)
            }
        }
        guard !hosts.isEmpty else { return nil }
        if hosts.count == 1 { return hosts[0] }
        // Envoy's RANDOM ignores endpoint weights; round robin and least request follow them when they differ.
        if weighted && policy != .RANDOM { return weightedPick(set, source, locality, hosts) }
        switch policy {
        case .ROUND_ROBIN:
            let rotation = locality.map { localityCursors[$0] } ?? cursor
            let index = rotation.loadThenWrappingIncrement(ordering: .relaxed)
            return hosts[Int(index % UInt64(hosts.count))]
        case .RANDOM:
            return hosts[random(below: hosts.count)]
        case .LEAST_REQUEST:
            // Envoy's power of N choices: the least loaded of N random picks.
            var best = hosts[random(below: hosts.count)]
            for _ in 1..<choiceCount {
                let candidate = hosts[random(below: hosts.count)]
                if Self.activeRequests(candidate) < Self.activeRequests(best) { best = candidate }
            }
            return best
        }
    }

    /// Active requests, as Envoy's least request counts a host's load (pending ones only behind a runtime guard that
    /// is off by default).
    private static func activeRequests(_ host: Host) -> Int64 {
        host.stats.rqActive.load(ordering: .relaxed)
    }

    /// Envoy's `EdfLoadBalancerBase::chooseHostOnce` with unequal weights: this worker's schedule for the source
    /// (in one locality, with locality weighting).
    private func weightedPick(_ set: HostSet, _ source: Source, _ locality: Int?, _ hosts: [Host]) -> Host {
        let key = WorkerSchedules.Key(balancer: ObjectIdentifier(self), source: source.rawValue, locality: locality)
        let schedules = WorkerSchedules.current
        if let schedule = schedules.schedules[key], schedule.owner === set {
            return schedule.pickAndAdd(weight: hostWeight)
        }
        let schedule = EdfScheduler(owner: set, items: hosts, weight: hostWeight)
        schedules.schedules[key] = schedule
        return schedule.pickAndAdd(weight: hostWeight)
    }

    /// Envoy's `LocalityWrr::chooseHealthyLocality` (or degraded): this worker's EDF schedule over the effective
    /// locality weights; nil when no locality has one.
    private func chooseLocality(_ set: HostSet, _ source: Source, _ eligible: HostsPerLocality.Eligible) -> Int? {
        // `scheduled` ascends: its last index is the largest, and must have a cursor.
        guard let last = eligible.scheduled.last, last < localityCursors.count else { return nil }
        if eligible.scheduled.count == 1 { return eligible.scheduled[0] }
        let weights = eligible.effectiveWeights
        let key = WorkerSchedules.Key(balancer: ObjectIdentifier(self), source: source.rawValue, locality: nil)
        let schedules = WorkerSchedules.current
        if let schedule = schedules.localitySchedules[key], schedule.owner === set {
            return schedule.pickAndAdd { weights[$0] }
        }
        let schedule = EdfScheduler(owner: set, items: eligible.scheduled) { weights[$0] }
        schedules.localitySchedules[key] = schedule
        return schedule.pickAndAdd { weights[$0] }
    }

    /// The weight a host is scheduled with: its own for round robin; for least request
    /// `weight / (active + 1)^active_request_bias` (Envoy's `LeastRequestLoadBalancer::hostWeight`).
    private func hostWeight(_ host: Host) -> Double {
        let weight = Double(host.weight)
        guard policy == .LEAST_REQUEST, activeRequestBias != 0 else { return weight }
        let active = Double(max(0, Self.activeRequests(host)) + 1)
        return activeRequestBias == 1 ? weight / active : weight / pow(active, activeRequestBias)
    }

    /// A uniform pick in `0..<count` (the modulo bias is negligible for host counts).
    private func random(below count: Int) -> Int {
        let golden: UInt64 = 0x9E37_79B9_7F4A_7C15
        var z = randomState.loadThenWrappingIncrement(by: golden, ordering: .relaxed) &+ golden
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(count))
    }
}

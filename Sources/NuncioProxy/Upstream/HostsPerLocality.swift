/// A host set's hosts by locality under `locality_weighted_lb_config`, with what Envoy's `LocalityWrr` schedules:
/// each locality's effective weight for picks among healthy hosts and among degraded ones. Immutable, built with
/// its host set (classes, so a pick retains one reference rather than copying arrays).
final class HostsPerLocality: Sendable {
    /// One source's hosts (healthy or degraded) by locality.
    final class Eligible: Sendable {
        let hosts: [[Host]]
        /// Whether the host weights of each locality differ, so that weighted (EDF) picking applies.
        let weighted: [Bool]
        /// The localities with an effective weight above 0, in locality order: the entries of the schedule. Empty
        /// when there are none, and then a pick ignores localities, as Envoy does without a locality schedule.
        let scheduled: [Int]
        /// By locality: `weight x min(1, overprovisioning x eligible / (hosts - excluded))`.
        let effectiveWeights: [Double]

        init(hosts: [[Host]], weighted: [Bool], scheduled: [Int], effectiveWeights: [Double]) {
            self.hosts = hosts
            self.weighted = weighted
            self.scheduled = scheduled
            self.effectiveWeights = effectiveWeights
        }
    }

    let healthy: Eligible
    let degraded: Eligible

    /// `weights` by locality index (0 for a locality without `load_balancing_weight`); each host's
    /// `localityIndex` indexes it.
    init(hosts: [Host], weights: [UInt32], overprovisioningFactor: Int) {
        var all = [Int](repeating: 0, count: weights.count)
        var healthyHosts = [[Host]](repeating: [], count: weights.count)
        var degradedHosts = [[Host]](repeating: [], count: weights.count)
        for host in hosts where host.localityIndex < weights.count {
            if !host.isExcluded { all[host.localityIndex] += 1 }
            if host.isHealthy { healthyHosts[host.localityIndex].append(host) }
            if host.isDegraded { degradedHosts[host.localityIndex].append(host) }
        }
        func eligible(_ perLocality: [[Host]]) -> Eligible {
            let effective = perLocality.indices.map { index -> Double in
                // Envoy's `LocalityWrr::effectiveLocalityWeight`.
                guard all[index] > 0 else { return 0 }
                let availability = Double(perLocality[index].count) / Double(all[index])
                return Double(weights[index]) * min(1, Double(overprovisioningFactor) / 100 * availability)
            }
            return Eligible(
                hosts: perLocality, weighted: perLocality.map(HostSet.weightsDiffer),
                scheduled: effective.indices.filter { effective[$0] > 0 }, effectiveWeights: effective)
        }
        healthy = eligible(healthyHosts)
        degraded = eligible(degradedHosts)
    }
}

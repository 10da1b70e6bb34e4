import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NuncioConfig
import NuncioStats

/// Passive health: ejects a host after `consecutive_5xx` (or `consecutive_gateway_failure`) failures in a row, for
/// `base_ejection_time` × times ejected (plus up to `max_ejection_time_jitter`), never more than
/// `max_ejection_percent` of the cluster, as Envoy. Results arrive lock-free; only an ejection decision takes the lock.
final class OutlierDetector: Sendable {
    let config: OutlierDetection
    private let decisions = NIOLock()
    private let ejectionsActive: Gauge
    private let ejectionsEnforcedTotal: Counter
    private let ejectionsEnforced5xx: Counter
    private let ejectionsDetected5xx: Counter
    private let ejectionsEnforcedGateway: Counter
    private let ejectionsDetectedGateway: Counter
    private let ejectionsOverflow: Counter

    init(config: OutlierDetection, statName: String, store: StatsStore) {
        self.config = config
        let prefix = "cluster.\(statName).outlier_detection."
        ejectionsActive = store.gauge(prefix + "ejections_active")
        ejectionsEnforcedTotal = store.counter(prefix + "ejections_enforced_total")
        ejectionsEnforced5xx = store.counter(prefix + "ejections_enforced_consecutive_5xx")
        ejectionsDetected5xx = store.counter(prefix + "ejections_detected_consecutive_5xx")
        ejectionsEnforcedGateway = store.counter(prefix + "ejections_enforced_consecutive_gateway_failure")
        ejectionsDetectedGateway = store.counter(prefix + "ejections_detected_consecutive_gateway_failure")
        ejectionsOverflow = store.counter(prefix + "ejections_overflow")
    }

    /// A response status from `host` (connect failures and resets count as 503, as Envoy's default).
    func record(status: Int, host: Host, in cluster: UpstreamCluster) {
        let outlier = host.outlier
        if status < 500 {
            outlier.consecutive5xx.store(0, ordering: .relaxed)
            outlier.consecutiveGatewayFailure.store(0, ordering: .relaxed)
            return
        }
        let fiveXX = outlier.consecutive5xx.wrappingIncrementThenLoad(ordering: .relaxed)
        let gateway = (502...504).contains(status)
            ? outlier.consecutiveGatewayFailure.wrappingIncrementThenLoad(ordering: .relaxed) : 0
        if config.consecutive5xx > 0 && fiveXX == config.consecutive5xx {
            consider(host, in: cluster, enforcing: config.enforcingConsecutive5xx, detected: ejectionsDetected5xx,
                enforced: ejectionsEnforced5xx)
        } else if config.consecutiveGatewayFailure > 0 && gateway == config.consecutiveGatewayFailure {
            consider(host, in: cluster, enforcing: config.enforcingConsecutiveGatewayFailure,
                detected: ejectionsDetectedGateway, enforced: ejectionsEnforcedGateway)
        }
    }

    private func consider(
        _ host: Host, in cluster: UpstreamCluster, enforcing: UInt32, detected: Counter, enforced: Counter
    ) {
        detected.inc()
        guard enforcing > 0, UInt32.random(in: 0..<100) < enforcing else { return }
        let ejected: Bool = decisions.withLock {
            guard !host.healthFlags.contains(.failedOutlierCheck) else { return false }
            let hosts = cluster.hosts.hosts
            let active = hosts.filter { $0.healthFlags.contains(.failedOutlierCheck) }.count
            // Envoy's `ejectHost`: refused when the ejection would take the share past `max_ejection_percent` (so
            // with the default 10 % a cluster of fewer than ten hosts ejects none).
            let share = 100.0 * Double(active + 1) / Double(max(1, hosts.count))
            guard share <= Double(config.maxEjectionPercent) else {
                ejectionsOverflow.inc()
                return false
            }
            let times = host.outlier.ejections.wrappingIncrementThenLoad(ordering: .relaxed)
            var duration = min(config.baseEjectionTime.nanoseconds * Int64(times),
                max(config.maxEjectionTime.nanoseconds, config.baseEjectionTime.nanoseconds))
            let jitter = config.maxEjectionTimeJitter.nanoseconds
            if jitter > 0 { duration += Int64.random(in: 0..<jitter) }
            host.outlier.ejectedUntil.store(NIODeadline.now().uptimeNanoseconds.advanced(by: Int(duration)),
                ordering: .relaxed)
            host.setHealthFlag(.failedOutlierCheck, true)
            return true
        }
        guard ejected else { return }
        enforced.inc()
        ejectionsEnforcedTotal.inc()
        ejectionsActive.inc()
        cluster.healthChanged()
    }

    /// A passing active health check returns an ejected host at once (`successful_active_health_check_uneject_host`,
    /// Envoy's default). Returns whether it did.
    func unejectAfterHealthCheck(_ host: Host) -> Bool {
        guard config.successfulActiveHealthCheckUnejectHost, host.healthFlags.contains(.failedOutlierCheck) else {
            return false
        }
        host.outlier.consecutive5xx.store(0, ordering: .relaxed)
        host.outlier.consecutiveGatewayFailure.store(0, ordering: .relaxed)
        host.setHealthFlag(.failedOutlierCheck, false)
        ejectionsActive.dec()
        return true
    }

    /// Returns ejected hosts whose time is up (Envoy checks every `interval`).
    func uneject(in cluster: UpstreamCluster) {
        let now = NIODeadline.now().uptimeNanoseconds
        var changed = false
        for host in cluster.hosts.hosts where host.healthFlags.contains(.failedOutlierCheck) {
            guard host.outlier.ejectedUntil.load(ordering: .relaxed) <= now else { continue }
            host.outlier.consecutive5xx.store(0, ordering: .relaxed)
            host.outlier.consecutiveGatewayFailure.store(0, ordering: .relaxed)
            host.setHealthFlag(.failedOutlierCheck, false)
            ejectionsActive.dec()
            changed = true
        }
        if changed { cluster.healthChanged() }
    }
}

/// A host's outlier-detection counters; atomics because every worker reports results.
public final class HostOutlierState: Sendable {
    let consecutive5xx = ManagedAtomic<UInt32>(0)
    let consecutiveGatewayFailure = ManagedAtomic<UInt32>(0)
    let ejections = ManagedAtomic<UInt32>(0)
    let ejectedUntil = ManagedAtomic<UInt64>(0)
}

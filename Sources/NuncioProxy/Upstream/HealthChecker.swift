import Atomics
import NIOConcurrencyHelpers
import NIOCore
import NuncioConfig
import NuncioStats

/// Active health checking of one cluster's hosts (Envoy's `HealthCheckerImplBase`), one session per host. New hosts
/// start as `/failed_active_hc` and turn healthy on their first passing check; after that an unexpected HTTP status
/// marks a host unhealthy at once, `unhealthy_threshold` network failures or timeouts in a row do too, and
/// `healthy_threshold` passes bring it back. Each host's next check is due after the interval Envoy picks for its
/// last result. Checks run on one event loop.
final class HealthChecker: Sendable {
    let config: HealthCheck
    let cluster: UpstreamCluster
    private let loop: EventLoop
    /// The sessions by host, touched on `loop` only; the lock makes that checkable, not contended.
    private let sessions = NIOLockedValueBox<[ObjectIdentifier: HealthCheckSession]>([:])
    private let stopped = ManagedAtomic<Bool>(false)
    private let attempt: Counter
    private let success: Counter
    private let failure: Counter
    private let networkFailure: Counter
    private let healthyGauge: Gauge
    private let log: EngineLog

    /// Envoy's `HealthTransition`: whether a check changed the host's health, or only moved it towards a threshold.
    enum Transition {
        case unchanged, changed, changePending
    }

    init(config: HealthCheck, cluster: UpstreamCluster, loop: EventLoop, store: StatsStore, log: EngineLog) {
        self.config = config
        self.cluster = cluster
        self.loop = loop
        self.log = log
        let prefix = "cluster.\(cluster.config.altStatName ?? cluster.name).health_check."
        attempt = store.counter(prefix + "attempt")
        success = store.counter(prefix + "success")
        failure = store.counter(prefix + "failure")
        networkFailure = store.counter(prefix + "network_failure")
        healthyGauge = store.gauge(prefix + "healthy")
    }

    /// Starts a session for every host; the future completes when their first checks are done (cluster warming).
    func start() -> EventLoopFuture<Void> {
        loop.flatSubmit { self.addSessions() }
    }

    /// The cluster's hosts changed: new ones get a session (and a first check), removed ones lose theirs.
    func hostsChanged() {
        loop.execute { _ = self.addSessions() }
    }

    func stop() {
        stopped.store(true, ordering: .relaxed)
        loop.execute {
            for session in self.sessions.withLockedValue({ Array($0.values) }) {
                session.stopped = true
                session.timer?.cancel()
                session.closeConnection()
            }
        }
    }

    private func addSessions() -> EventLoopFuture<Void> {
        let hosts = cluster.hosts.hosts
        let current = Set(hosts.map(ObjectIdentifier.init))
        var added: [HealthCheckSession] = []
        sessions.withLockedValue { sessions in
            for (key, session) in sessions where !current.contains(key) {
                session.stopped = true
                session.timer?.cancel()
                session.closeConnection()
                sessions[key] = nil
            }
            for host in hosts where sessions[ObjectIdentifier(host)] == nil {
                let session = HealthCheckSession(host: host, config: config, clusterName: cluster.name, loop: loop)
                sessions[ObjectIdentifier(host)] = session
                added.append(session)
            }
        }
        let firsts = added.map { session -> EventLoopFuture<Void> in
            guard let jitter = config.initialJitter, jitter.nanoseconds > 0 else { return run(session) }
            return loop.scheduleTask(in: .nanoseconds(Int64.random(in: 0..<jitter.nanoseconds))) {}
                .futureResult.flatMap { self.run(session) }
        }
        return EventLoopFuture.andAllComplete(firsts, on: loop)
    }

    /// One check of the session's host, its result applied and the next check scheduled.
    private func run(_ session: HealthCheckSession) -> EventLoopFuture<Void> {
        guard !session.stopped, !stopped.load(ordering: .relaxed) else { return loop.makeSucceededVoidFuture() }
        attempt.inc()
        return session.check().map { outcome in
            guard !session.stopped else { return }
            let transition = self.apply(outcome, to: session)
            if transition == .changed { self.cluster.healthChanged() }
            self.healthyGauge.set(UInt64(self.cluster.hosts.hosts.filter {
                !$0.healthFlags.contains(.failedActiveHealthCheck)
            }.count))
            let delay = self.interval(passed: outcome == .passed, transition)
            session.timer = self.loop.scheduleTask(in: delay) { _ = self.run(session) }
        }
    }

    /// Envoy's `handleSuccess` and `setUnhealthy`.
    private func apply(_ outcome: HealthCheckSession.Outcome, to session: HealthCheckSession) -> Transition {
        let host = session.host
        let failing = host.healthFlags.contains(.failedActiveHealthCheck)
        var transition = Transition.unchanged
        defer { session.firstCheck = false }
        if outcome == .passed {
            success.inc()
            session.failures = 0
            let unejected = cluster.outlierDetector?.unejectAfterHealthCheck(host) ?? false
            guard failing else { return unejected ? .changed : .unchanged }
            session.successes += 1
            if session.firstCheck || session.successes == config.healthyThreshold {
                host.setHealthFlag(.failedActiveHealthCheck, false)
                transition = .changed
            } else {
                return .changePending
            }
        } else {
            failure.inc()
            if outcome == .failedNetwork || outcome == .timedOut { networkFailure.inc() }
            session.successes = 0
            guard !failing else { return .unchanged }
            session.failures += 1
            if outcome == .failedStatus || session.failures == config.unhealthyThreshold {
                host.setHealthFlag(.failedActiveHealthCheck, true)
                transition = .changed
            } else {
                return .changePending
            }
        }
        log.log(.info, "hc", "health check \(outcome == .passed ? "passed" : "failed"): cluster '\(cluster.name)' "
            + "host \(host.address) is now \(outcome == .passed ? "healthy" : "unhealthy")")
        return transition
    }

    /// Envoy's `HealthCheckerImplBase::interval`: the no-traffic intervals until the cluster has had a connection
    /// (or bytes), then by the check's result and whether the host's change is pending; plus the jitters.
    func interval(passed: Bool, _ transition: Transition) -> TimeAmount {
        let stats = cluster.stats
        let traffic = stats.upstreamCxTotal.used || stats.upstreamCxTxBytesTotal.used
            || stats.upstreamCxRxBytesTotal.used
        let pending = transition == .changePending
        var base: ConfigDuration
        if traffic {
            if passed {
                base = pending ? (config.healthyEdgeInterval ?? config.interval) : config.interval
            } else {
                let unhealthy = config.unhealthyInterval ?? config.interval
                base = pending ? (config.unhealthyEdgeInterval ?? unhealthy) : unhealthy
            }
        } else {
            base = passed && !pending
                ? (config.noTrafficHealthyInterval ?? config.noTrafficInterval) : config.noTrafficInterval
        }
        var nanoseconds = base.nanoseconds
        let percent = Int64(config.intervalJitterPercent) * nanoseconds / 100
        if percent > 0 { nanoseconds += Int64.random(in: 0..<percent) }
        if let jitter = config.intervalJitter, jitter.nanoseconds > 0 {
            nanoseconds += Int64.random(in: 0..<jitter.nanoseconds)
        }
        // Never 0, against a live lock (Envoy's floor is 1 ms).
        return .nanoseconds(max(1_000_000, nanoseconds))
    }
}

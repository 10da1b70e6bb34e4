import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NuncioConfig
import NuncioStats

/// One cluster with what it owns while it runs: its host discovery (static hosts or the DNS refresh), its health
/// checker and its outlier unejection timer. Stopped when the cluster is removed or replaced; every timer it
/// scheduled then ends at its next firing.
final class ActiveCluster: Sendable {
    let cluster: UpstreamCluster
    /// The CDS version that added it; nil for a static cluster.
    let versionInfo: String?
    let lastUpdated: Date
    private let healthChecker: HealthChecker?
    private let resolver: DNSResolver
    private let group: EventLoopGroup
    private let log: EngineLog
    private let stopped = ManagedAtomic<Bool>(false)
    /// The endpoints its hosts come from: the config's, then each EDS update swapped in place.
    private let applied: NIOLockedValueBox<ClusterLoadAssignment>
    /// Called with the hosts a host update removed, so the workers drain their pools.
    private let hostsRemoved: @Sendable ([Host]) -> Void

    init(
        config: Cluster, versionInfo: String?, store: StatsStore, resolver: DNSResolver, group: EventLoopGroup,
        log: EngineLog, hostsRemoved: @escaping @Sendable ([Host]) -> Void
    ) {
        let cluster = UpstreamCluster(config: config, store: store)
        self.cluster = cluster
        self.versionInfo = versionInfo
        self.lastUpdated = Date()
        self.applied = NIOLockedValueBox(config.loadAssignment)
        self.resolver = config.dnsResolver.map { resolver.with(config: $0) } ?? resolver
        self.healthChecker = config.healthChecks.first.map {
            HealthChecker(config: $0, cluster: cluster, loop: group.next(), store: store, log: log)
        }
        self.group = group
        self.log = log
        self.hostsRemoved = hostsRemoved
    }

    var name: String { cluster.name }
    var assignment: ClusterLoadAssignment { applied.withLockedValue { $0 } }
    var isStopped: Bool { stopped.load(ordering: .relaxed) }

    /// Envoy's cluster warming: the future completes once the cluster has its first hosts (or its first
    /// resolution failed) and their first round of health checks is done.
    func start() -> EventLoopFuture<Void> {
        let loop = group.next()
        let hosts: EventLoopFuture<Void>
        switch cluster.config.type {
        case .STATIC:
            cluster.stats.updateAttempt.inc()
            cluster.updateHosts(UpstreamCluster.hostEntries(cluster.config.loadAssignment))
            cluster.stats.updateSuccess.inc()
            hosts = loop.makeSucceededVoidFuture()
        case .EDS:
            // Built with the assignment its subscription last delivered; the subscription counts the updates.
            cluster.updateHosts(UpstreamCluster.hostEntries(cluster.config.loadAssignment))
            hosts = loop.makeSucceededVoidFuture()
        case .STRICT_DNS, .LOGICAL_DNS:
            hosts = refresh()
        }
        return hosts.flatMap {
            self.scheduleUnejection()
            return self.healthChecker?.start() ?? loop.makeSucceededVoidFuture()
        }
    }

    func stop() {
        stopped.store(true, ordering: .relaxed)
        healthChecker?.stop()
    }

    /// Returns outlier-ejected hosts whose time is up, every outlier `interval`.
    private func scheduleUnejection() {
        guard let detector = cluster.outlierDetector, !isStopped else { return }
        let interval = TimeAmount.nanoseconds(detector.config.interval.nanoseconds)
        let cluster = self.cluster
        group.next().scheduleRepeatedTask(initialDelay: interval, delay: interval) { task in
            if self.isStopped {
                task.cancel()
                return
            }
            detector.uneject(in: cluster)
        }
    }

    /// An EDS update: true when its hosts were swapped in place; false when its localities differ, and the cluster
    /// must be rebuilt with it.
    func applyAssignment(_ assignment: ClusterLoadAssignment) -> Bool {
        guard cluster.hasSameLocalities(as: assignment) else { return false }
        applied.withLockedValue { $0 = assignment }
        if !updateHosts(UpstreamCluster.hostEntries(assignment)) { cluster.stats.updateNoRebuild.inc() }
        return true
    }

    /// Replaces the hosts; the workers drain the pools of hosts that left.
    @discardableResult
    func updateHosts(_ entries: [UpstreamCluster.HostEntry]) -> Bool {
        let before = cluster.hosts.hosts
        guard cluster.updateHosts(entries) else { return false }
        let remaining = Set(cluster.hosts.hosts.map(ObjectIdentifier.init))
        let removed = before.filter { !remaining.contains(ObjectIdentifier($0)) }
        if !removed.isEmpty { hostsRemoved(removed) }
        healthChecker?.hostsChanged()
        return true
    }

    /// One resolution of every endpoint, then the next one scheduled after `dns_refresh_rate`.
    private func refresh() -> EventLoopFuture<Void> {
        let loop = group.next()
        let cluster = self.cluster
        cluster.stats.updateAttempt.inc()
        let lookups = cluster.endpoints.map { endpoint, locality in
            resolver.resolution(of: endpoint.address.address, family: cluster.config.dnsLookupFamily)
                .map { resolution in (endpoint, locality, resolution) }
        }
        return EventLoopFuture.whenAllComplete(lookups, on: loop).map { results in
            guard !self.isStopped else { return }
            var entries: [UpstreamCluster.HostEntry] = []
            var failed = false
            var ttl: UInt32?
            for result in results {
                switch result {
                case .success(let (endpoint, locality, resolution)):
                    let addresses = resolution.addresses
                    if let answerTTL = resolution.ttl, !addresses.isEmpty { ttl = min(ttl ?? answerTTL, answerTTL) }
                    let chosen = cluster.config.type == .LOGICAL_DNS ? Array(addresses.prefix(1)) : addresses
                    for address in chosen {
                        let hostname = endpoint.hostname.isEmpty ? endpoint.address.address : endpoint.hostname
                        entries.append(UpstreamCluster.HostEntry(
                            NuncioConfig.SocketAddress(address: address, port: endpoint.address.port),
                            hostname: hostname, endpoint: endpoint, localityIndex: locality))
                    }
                case .failure(let error):
                    failed = true
                    self.log.log(.debug, "upstream", "DNS refresh of cluster '\(cluster.name)' failed: \(error)")
                }
            }
            if failed && entries.isEmpty && cluster.isInitialized {
                // A failed lookup keeps the hosts we have, as Envoy does.
                cluster.stats.updateFailure.inc()
            } else {
                if self.updateHosts(entries) {
                    self.log.log(.debug, "upstream",
                        "cluster '\(cluster.name)' hosts: \(entries.map { $0.address.description })")
                } else {
                    cluster.stats.updateNoRebuild.inc()
                }
                cluster.stats.updateSuccess.inc()
            }
            self.scheduleRefresh(ttl: ttl)
        }
    }

    /// After `dns_refresh_rate`, or with `respect_dns_ttl` after the answers' TTL (Envoy: when it is not 0).
    private func scheduleRefresh(ttl: UInt32?) {
        guard !isStopped else { return }
        var rate = cluster.config.dnsRefreshRate.nanoseconds
        if cluster.config.respectDnsTtl, let ttl, ttl > 0 { rate = Int64(ttl) * 1_000_000_000 }
        group.next().scheduleTask(in: .nanoseconds(rate)) {
            guard !self.isStopped else { return }
            _ = self.refresh()
        }
    }
}

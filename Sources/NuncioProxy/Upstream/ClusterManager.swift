import Atomics
import Foundation
import NIOCore
import NuncioConfig
import NuncioStats

/// All clusters by name, with the DNS refresh that keeps STRICT_DNS and LOGICAL_DNS hosts current.
public final class ClusterManager: Sendable {
    private let clustersByName: ManagedAtomic<ClusterMap>
    private let resolver: DNSResolver
    /// Clusters with their own `dns_resolvers` / `typed_dns_resolver_config` use their own resolver.
    private let clusterResolvers: [String: DNSResolver]
    private let log: EngineLog
    private let group: EventLoopGroup
    private let stopped = ManagedAtomic<Bool>(false)
    private let healthCheckers: [HealthChecker]

    /// An immutable name → cluster table, swapped whole when clusters are added or removed.
    final class ClusterMap: AtomicReference, Sendable {
        let clusters: [String: UpstreamCluster]
        let ordered: [UpstreamCluster]

        init(_ ordered: [UpstreamCluster]) {
            self.ordered = ordered
            var map: [String: UpstreamCluster] = [:]
            for cluster in ordered { map[cluster.name] = cluster }
            self.clusters = map
        }
    }

    public init(clusters: [Cluster], store: StatsStore, resolver: DNSResolver, group: EventLoopGroup, log: EngineLog) {
        let runtime = clusters.map { UpstreamCluster(config: $0, store: store) }
        self.clustersByName = ManagedAtomic(ClusterMap(runtime))
        self.resolver = resolver
        var clusterResolvers: [String: DNSResolver] = [:]
        for cluster in clusters {
            if let config = cluster.dnsResolver { clusterResolvers[cluster.name] = resolver.with(config: config) }
        }
        self.clusterResolvers = clusterResolvers
        self.healthCheckers = runtime.compactMap { cluster in
            cluster.config.healthChecks.first.map {
                HealthChecker(config: $0, cluster: cluster, loop: group.next(), store: store, log: log)
            }
        }
        self.group = group
        self.log = log
        store.counter("cluster_manager.cluster_added").add(UInt64(clusters.count))
        store.gauge("cluster_manager.active_clusters").set(UInt64(clusters.count))
        store.gauge("cluster_manager.warming_clusters").set(0)
    }

    public func cluster(named name: String) -> UpstreamCluster? {
        clustersByName.load(ordering: .acquiring).clusters[name]
    }

    public var clusters: [UpstreamCluster] {
        clustersByName.load(ordering: .acquiring).ordered
    }

    /// Loads static hosts and starts resolving DNS clusters. The future completes when every cluster has hosts
    /// or its first resolution failed (Envoy's cluster warming), so listeners open on a warm cluster manager.
    public func start() -> EventLoopFuture<Void> {
        let loop = group.next()
        var firstRounds: [EventLoopFuture<Void>] = []
        for cluster in clusters {
            switch cluster.config.type {
            case .STATIC:
                cluster.stats.updateAttempt.inc()
                cluster.updateHosts(cluster.endpoints.map { endpoint, locality in
                    UpstreamCluster.HostEntry(
                        endpoint.address, hostname: endpoint.hostname, endpoint: endpoint, localityIndex: locality)
                })
                cluster.stats.updateSuccess.inc()
            case .STRICT_DNS, .LOGICAL_DNS:
                firstRounds.append(refresh(cluster))
            case .EDS:
                // Its hosts come from its EDS subscription (PathConfigSubscription), not from the config.
                break
            }
        }
        // Envoy's cluster warming: hosts first, then the first round of health checks.
        return EventLoopFuture.andAllComplete(firstRounds, on: loop).flatMap {
            let checks = self.healthCheckers.map { $0.start() }
            self.scheduleUnejection()
            return EventLoopFuture.andAllComplete(checks, on: loop)
        }
    }

    /// Returns outlier-ejected hosts whose time is up, every outlier `interval`.
    private func scheduleUnejection() {
        for cluster in clusters {
            guard let detector = cluster.outlierDetector else { continue }
            let interval = TimeAmount.nanoseconds(detector.config.interval.nanoseconds)
            group.next().scheduleRepeatedTask(initialDelay: interval, delay: interval) { task in
                if self.stopped.load(ordering: .relaxed) {
                    task.cancel()
                    return
                }
                detector.uneject(in: cluster)
            }
        }
    }

    public func stop() {
        stopped.store(true, ordering: .relaxed)
        for checker in healthCheckers { checker.stop() }
    }

    /// One resolution of every endpoint of `cluster`, then the next one scheduled after `dns_refresh_rate`.
    private func refresh(_ cluster: UpstreamCluster) -> EventLoopFuture<Void> {
        let loop = group.next()
        cluster.stats.updateAttempt.inc()
        let resolver = clusterResolvers[cluster.name] ?? self.resolver
        let lookups = cluster.endpoints.map { endpoint, locality in
            resolver.resolution(of: endpoint.address.address, family: cluster.config.dnsLookupFamily)
                .map { resolution in (endpoint, locality, resolution) }
        }
        return EventLoopFuture.whenAllComplete(lookups, on: loop).map { results in
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
                if cluster.updateHosts(entries) {
                    self.healthCheckers.first { $0.cluster === cluster }?.hostsChanged()
                    self.log.log(.debug, "upstream",
                        "cluster '\(cluster.name)' hosts: \(entries.map { $0.address.description })")
                } else {
                    cluster.stats.updateNoRebuild.inc()
                }
                cluster.stats.updateSuccess.inc()
            }
            self.scheduleRefresh(cluster, ttl: ttl)
        }
    }

    /// After `dns_refresh_rate`, or with `respect_dns_ttl` after the answers' TTL (Envoy: when it is not 0).
    private func scheduleRefresh(_ cluster: UpstreamCluster, ttl: UInt32?) {
        guard !stopped.load(ordering: .relaxed) else { return }
        var rate = cluster.config.dnsRefreshRate.nanoseconds
        if cluster.config.respectDnsTtl, let ttl, ttl > 0 { rate = Int64(ttl) * 1_000_000_000 }
        group.next().scheduleTask(in: .nanoseconds(rate)) {
            guard !self.stopped.load(ordering: .relaxed) else { return }
            _ = self.refresh(cluster)
        }
    }
}

import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NuncioConfig
import NuncioStats

/// Active health checking of one cluster's hosts (Envoy's HTTP and TCP health checkers). New hosts start as
/// `/failed_active_hc` and turn healthy on their first passing check; after that `unhealthy_threshold` failures in
/// a row mark them unhealthy and `healthy_threshold` passes bring them back. Checks run on one event loop.
final class HealthChecker: Sendable {
    let config: HealthCheck
    private let cluster: UpstreamCluster
    private let loop: EventLoop
    private let state = NIOLockedValueBox<[ObjectIdentifier: HostCheckState]>([:])
    private let stopped = NIOLockedValueBox(false)
    private let attempt: Counter
    private let success: Counter
    private let failure: Counter
    private let networkFailure: Counter
    private let healthyGauge: Gauge
    private let log: EngineLog

    struct HostCheckState {
        var successes: UInt32 = 0
        var failures: UInt32 = 0
        var checkedOnce = false
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

    /// Checks every host now; the future completes when this first round is done (cluster warming).
    func start() -> EventLoopFuture<Void> {
        let first = round()
        first.whenComplete { _ in self.scheduleNext() }
        return first
    }

    func stop() {
        stopped.withLockedValue { $0 = true }
    }

    private func scheduleNext() {
        guard !stopped.withLockedValue({ $0 }) else { return }
        // Envoy checks at `no_traffic_interval` until the cluster has seen traffic.
        let idle = cluster.stats.upstreamRqTotal.value == 0
        var interval = idle ? max(config.noTrafficInterval, config.interval) : config.interval
        if let jitter = config.intervalJitter, jitter.nanoseconds > 0 {
            interval.nanoseconds += Int64.random(in: 0...jitter.nanoseconds)
        }
        loop.scheduleTask(in: .nanoseconds(interval.nanoseconds)) {
            self.round().whenComplete { _ in self.scheduleNext() }
        }
    }

    private func round() -> EventLoopFuture<Void> {
        let hosts = cluster.hosts.hosts
        let checks = hosts.map { host in
            check(host).map { passed in (host, passed) }
        }
        return EventLoopFuture.whenAllSucceed(checks, on: loop).map { results in
            var changed = false
            for (host, passed) in results where self.apply(passed, to: host) { changed = true }
            if changed { self.cluster.healthChanged() }
            self.healthyGauge.set(UInt64(self.cluster.hosts.hosts.filter(\.isHealthy).count))
        }
    }

    /// Updates the host's streak; returns whether its health flag flipped.
    private func apply(_ passed: Bool, to host: Host) -> Bool {
        attempt.inc()
        if passed { success.inc() } else { failure.inc() }
        let key = ObjectIdentifier(host)
        let failing = host.healthFlags.contains(.failedActiveHealthCheck)
        let flip: Bool = state.withLockedValue { states in
            var entry = states[key] ?? HostCheckState()
            defer {
                entry.checkedOnce = true
                states[key] = entry
            }
            if passed {
                entry.failures = 0
                entry.successes += 1
                return failing && (!entry.checkedOnce || entry.successes >= config.healthyThreshold)
            }
            entry.successes = 0
            entry.failures += 1
            return !failing && entry.failures >= config.unhealthyThreshold
        }
        if flip {
            host.setHealthFlag(.failedActiveHealthCheck, !failing)
            log.log(.info, "hc", "health check \(passed ? "passed" : "failed"): cluster '\(cluster.name)' host "
                + "\(host.address) is now \(passed ? "healthy" : "unhealthy")")
        }
        return flip
    }

    /// One check of one host: true when it passed. Never fails the future.
    private func check(_ host: Host) -> EventLoopFuture<Bool> {
        let promise = loop.makePromise(of: Bool.self)
        let timeout = loop.scheduleTask(in: .nanoseconds(config.timeout.nanoseconds)) {
            promise.succeed(false)
        }
        promise.futureResult.whenComplete { _ in timeout.cancel() }
        let networkFailure = self.networkFailure
        let kind = config.kind
        let hostHeader = { () -> String in
            if case .http(let http) = kind, let host = http.host, !host.isEmpty { return host }
            return self.cluster.name
        }()
        ClientBootstrap(group: loop)
            .connectTimeout(.nanoseconds(config.timeout.nanoseconds))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    guard case .http(let http) = kind else { return }
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(HTTPRequestEncoder())
                    try sync.addHandler(ByteToMessageHandler(HTTPResponseDecoder()))
                    try sync.addHandler(HealthCheckResponseHandler(expected: http.expectedStatuses, promise: promise))
                }
            }
            .connect(to: host.socketAddress)
            .whenComplete { result in
                switch result {
                case .failure:
                    networkFailure.inc()
                    promise.succeed(false)
                case .success(let channel):
                    promise.futureResult.whenComplete { _ in channel.close(promise: nil) }
                    guard case .http(let http) = kind else {
                        promise.succeed(true)
                        return
                    }
                    var headers = HTTPHeaders()
                    headers.add(name: "host", value: hostHeader)
                    headers.add(name: "user-agent", value: "Envoy/HC")
                    headers.add(name: "connection", value: "close")
                    let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: http.path, headers: headers)
                    channel.write(HTTPClientRequestPart.head(head), promise: nil)
                    channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
                }
            }
        return promise.futureResult
    }
}

/// Completes the check with whether the response status is expected; a closed or broken connection fails it.
private final class HealthCheckResponseHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let expected: [Range<Int>]
    private let promise: EventLoopPromise<Bool>

    init(expected: [Range<Int>], promise: EventLoopPromise<Bool>) {
        self.expected = expected
        self.promise = promise
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) {
            let status = Int(head.status.code)
            promise.succeed(expected.contains { $0.contains(status) })
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.succeed(false)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        promise.succeed(false)
        context.close(promise: nil)
    }
}

import NIOCore
import NIOHTTP1

/// One attempt of the router's request at one host (Envoy's `UpstreamRequest`): a stream from the host's pool
/// (counted pending while it waits), the request written to it, the response handed back to the router, the
/// per-try timeout; the cluster's and host's active counts and the requests circuit breaker while it holds the
/// stream. Event-loop bound.
final class UpstreamRequest: UpstreamResponseReceiver {
    enum Phase {
        case waitingForPool, sending, responding, done
    }

    /// Strong until the attempt is done: late pool and timer callbacks find a live router that ignores them.
    private var router: RouterFilter?
    let host: Host
    let cluster: UpstreamCluster
    private(set) var phase = Phase.waitingForPool
    private(set) var stream: UpstreamStream?
    private(set) var startTime = NIODeadline.now()
    private var perTryTask: Scheduled<Void>?

    init(router: RouterFilter, host: Host, cluster: UpstreamCluster) {
        self.router = router
        self.host = host
        self.cluster = cluster
    }

    /// A pooled connection that served earlier requests (the upstream may have closed it meanwhile).
    var onReusedConnection: Bool { stream?.reused ?? false }
    var isAttached: Bool { phase == .sending || phase == .responding }
    var isWritable: Bool { stream?.handler.isWritable ?? false }

    /// Takes a stream from `pool`: an idle one at once, else counted pending until the pool has one.
    /// With `fresh`, never a pooled connection (the retry after a pooled one turned out closed).
    func start(pool: HostConnectionPool, fresh: Bool) {
        if !fresh, let stream = pool.takeIdleStream() {
            attach(stream)
            return
        }
        // Pending, as Envoy counts it: waiting for a connection (or an HTTP/2 stream) to be ready.
        cluster.stats.upstreamRqPendingTotal.inc()
        cluster.stats.upstreamRqPendingActive.inc()
        cluster.resourceManager.pendingRequests.inc()
        host.stats.rqPendingActive.wrappingIncrement(ordering: .relaxed)
        pool.newStream(fresh: fresh).assumeIsolated().whenComplete { result in
            self.cluster.stats.upstreamRqPendingActive.dec()
            self.cluster.resourceManager.pendingRequests.dec()
            self.host.stats.rqPendingActive.wrappingDecrement(ordering: .relaxed)
            guard self.phase == .waitingForPool, let router = self.router else {
                if case .success(let stream) = result { stream.release(reusable: true) }
                return
            }
            switch result {
            case .success(let stream):
                self.attach(stream)
            case .failure(let error):
                self.phase = .done
                self.router = nil
                router.onPoolFailure(self, reason: (error as? UpstreamConnectError)?.reason ?? .connectionFailure)
            }
        }
    }

    private func attach(_ stream: UpstreamStream) {
        guard let router else { return }
        self.stream = stream
        stream.attach(self)
        phase = .sending
        startTime = .now()
        cluster.stats.upstreamRqTotal.inc()
        cluster.stats.upstreamRqActive.inc()
        cluster.resourceManager.requests.inc()
        host.stats.rqTotal.wrappingIncrement(ordering: .relaxed)
        host.stats.rqActive.wrappingIncrement(ordering: .relaxed)
        router.onPoolReady(self)
    }

    func write(_ part: HTTPClientRequestPart, flush: Bool) {
        stream?.write(part, flush: flush)
    }

    func flush() {
        if isAttached { stream?.channel.flush() }
    }

    func pauseReading() { stream?.handler.pauseReading() }
    func resumeReading() { stream?.handler.resumeReading() }

    func startPerTryTimeout(_ timeout: TimeAmount, loop: EventLoop) {
        perTryTask?.cancel()
        perTryTask = loop.assumeIsolated().scheduleTask(in: timeout) { [weak self] in
            guard let self, self.phase == .sending, let router = self.router else { return }
            router.onPerTryTimeout(self)
        }
    }

    /// The attempt is over: counts leave the active gauges, and the stream goes back to the pool (`reusable`) or
    /// is closed.
    func finish(reusable: Bool) {
        guard phase != .done else { return }
        let wasAttached = isAttached
        phase = .done
        router = nil
        perTryTask?.cancel()
        perTryTask = nil
        if wasAttached {
            cluster.stats.upstreamRqActive.dec()
            cluster.resourceManager.requests.dec()
            host.stats.rqActive.wrappingDecrement(ordering: .relaxed)
        }
        if let stream {
            self.stream = nil
            if reusable { stream.release(reusable: true) } else { stream.cancel() }
        }
    }

    // MARK: The upstream's response

    func upstreamHead(_ head: HTTPResponseHead) {
        guard phase == .sending, let router else { return }
        perTryTask?.cancel()
        phase = .responding
        router.onUpstreamHeaders(head, from: self)
    }

    func upstreamBody(_ body: ByteBuffer) {
        guard phase == .responding else { return }
        router?.onUpstreamData(body)
    }

    func upstreamReadComplete() {
        if phase == .responding { router?.onUpstreamReadComplete() }
    }

    func upstreamEnd() {
        guard phase == .responding, let router else { return }
        // The stream releases itself to its pool when the response completes: only the counts are left to do.
        stream = nil
        finish(reusable: true)
        router.onUpstreamComplete()
    }

    func upstreamReset(_ reason: UpstreamResetReason) {
        guard isAttached, let router else { return }
        let responding = phase == .responding
        let reused = onReusedConnection
        stream = nil
        finish(reusable: false)
        router.onUpstreamReset(reason, responding: responding, reusedConnection: reused, host: host)
    }

    func upstreamWritable() {
        router?.onUpstreamWritable()
    }
}

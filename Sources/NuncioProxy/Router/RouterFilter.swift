import NIOCore
import NIOHTTP1
import NuncioConfig

/// The terminal HTTP filter (Envoy's `Router::Filter`): takes the stream's route, answers direct responses and
/// redirects, and forwards the rest: a cluster, a host from its load balancer, an `UpstreamRequest` per attempt,
/// retries by `RetryState`, the route and per-try timeouts, the circuit breakers. The request body is held while no
/// upstream is attached and, up to the buffer limit, for retries. Event-loop bound.
final class RouterFilter: DeadlineQueue.Entry, StreamDecoderFilter {
    let config: RouterFilterConfig
    let stream: ActiveStream
    private(set) var route: CompiledRoute?
    /// The route's global timeout for this request, in nanoseconds (0: none).
    private var routeTimeout: Int64 = 0
    private(set) var cluster: UpstreamCluster?
    private var retryState = RetryState(policy: nil)
    private var upstreamRequest: UpstreamRequest?
    /// The host of the last attempt, for the stale-connection retry and timeouts.
    private var lastHost: Host?

    private var requestComplete = false
    private var requestTrailers: HTTPHeaders?
    private var bodyParts: [ByteBuffer] = []
    private var bodyBytesHeld = 0
    /// Whether every body part is still held, so a retry can resend it (Envoy's retry buffer).
    private var bodyReplayable = true
    private var responseStarted = false
    private var done = false
    /// One silent re-send on a fresh connection when a pooled one turns out closed (the keep-alive race).
    private var retriedStaleConnection = false
    private var holdsRetrySlot = false
    private var retryTask: Scheduled<Void>?

    init(config: RouterFilterConfig, stream: ActiveStream) {
        self.config = config
        self.stream = stream
        super.init()
    }

    private var bufferLimit: Int { stream.filterManager?.decoderBufferLimit ?? 1 << 20 }

    // MARK: Request side

    func decodeHeaders(endStream: Bool) -> FilterHeadersStatus {
        let stats = stream.connectionManagerStats
        guard let route = stream.route else {
            stats.noRoute.inc()
            stream.sendLocalReply(.noRoute)
            return .stopIteration
        }
        self.route = route
        requestComplete = endStream
        switch route.config.action {
        case .directResponse(let response):
            stats.rqDirectResponse.inc()
            stream.sendLocalReply(RouterReplies.directResponse(response, stream: stream))
        case .redirect(let redirect):
            stats.rqRedirect.inc()
            stream.sendLocalReply(RouterReplies.redirect(redirect, route: route, stream: stream))
        case .forward(let action):
            forward(action, route: route)
        }
        return .stopIteration
    }

    func decodeData(_ data: inout ByteBuffer, endStream: Bool) -> FilterDataStatus {
        if data.readableBytes > 0 { holdOrForward(data) }
        if endStream { requestEnded() }
        return .stopIterationNoBuffer
    }

    func decodeTrailers(_ trailers: inout HTTPHeaders) -> FilterTrailersStatus {
        requestTrailers = trailers
        requestEnded()
        return .stopIteration
    }

    private func requestEnded() {
        requestComplete = true
        guard !done else { return }
        if let upstreamRequest, upstreamRequest.isAttached {
            upstreamRequest.write(.end(requestTrailers), flush: true)
        }
        startRouteTimeout()
    }

    /// Body parts go upstream once a stream is attached; until then every part is held (nothing is lost) and
    /// reading pauses past the buffer limit. Held parts also serve retries while they fit the limit.
    private func holdOrForward(_ body: ByteBuffer) {
        guard !done else { return }
        if let upstreamRequest, upstreamRequest.isAttached {
            upstreamRequest.write(.body(.byteBuffer(body)), flush: false)
            if bodyReplayable { hold(body) }
            if !bodyReplayable { bodyParts.removeAll(keepingCapacity: true) }
            if !upstreamRequest.isWritable { stream.encoder.pauseReading() }
            return
        }
        hold(body)
        if bodyBytesHeld > bufferLimit { stream.encoder.pauseReading() }
    }

    private func hold(_ body: ByteBuffer) {
        bodyParts.append(body)
        bodyBytesHeld += body.readableBytes
        if bodyBytesHeld > bufferLimit { bodyReplayable = false }
    }

    func onDownstreamWritable() {
        upstreamRequest?.resumeReading()
    }

    func onDownstreamReadComplete() {
        upstreamRequest?.flush()
    }

    func onDestroy(downstreamReset: Bool) {
        if downstreamReset, let upstreamRequest, upstreamRequest.isAttached {
            // An upstream request in flight is reset from our side: counted as Envoy counts it.
            cluster?.stats.upstreamRqTxReset.inc()
        }
        cleanUp(reusable: false)
    }

    private func cleanUp(reusable: Bool) {
        done = true
        upstreamRequest?.finish(reusable: reusable)
        upstreamRequest = nil
        retryTask?.cancel()
        retryTask = nil
        leaveDeadlineQueue()
        releaseRetrySlot()
        bodyParts.removeAll()
    }

    // MARK: Forwarding

    private func forward(_ action: ForwardAction, route: CompiledRoute) {
        let clusterName: String
        if let header = action.clusterHeader {
            // `cluster_header`: the cluster the request names; none or an unknown one is `cluster_not_found`.
            clusterName = stream.requestHead.headers.first(name: header) ?? ""
        } else {
            switch action.target {
            case .cluster(let name):
                clusterName = name
            case .weightedClusters(let clusters):
                clusterName = Self.pickWeighted(clusters)
            }
        }
        guard !clusterName.isEmpty, let cluster = stream.listener.clusterManager.cluster(named: clusterName) else {
            stream.connectionManagerStats.noCluster.inc()
            stream.sendLocalReply(LocalReply(
                status: HTTPResponseStatus(statusCode: action.clusterNotFoundResponseCode.status), body: "",
                flags: .noClusterFound))
            return
        }
        self.cluster = cluster
        stream.info.upstreamCluster = cluster.name
        retryState = RetryState(policy: route.retryPolicy)
        routeTimeout = RouterHeaders.globalTimeout(stream.requestHead, action: action, config: config)
        RouterHeaders.mutateRequestHeaders(
            &stream.requestHead, action: action, route: route, config: config, globalTimeout: routeTimeout)
        attemptUpstream()
        if requestComplete { startRouteTimeout() }
    }

    private static func pickWeighted(_ clusters: [ForwardAction.WeightedCluster]) -> String {
        let total = clusters.reduce(UInt64(0)) { $0 + UInt64($1.weight) }
        var pick = UInt64.random(in: 0..<max(total, 1))
        for cluster in clusters {
            if pick < UInt64(cluster.weight) { return cluster.name }
            pick -= UInt64(cluster.weight)
        }
        return clusters[clusters.count - 1].name
    }

    /// One attempt: a host from the load balancer (or `fixedHost`), then a stream from that host's pool.
    private func attemptUpstream(on fixedHost: Host? = nil) {
        guard let cluster, !done else { return }
        guard let host = fixedHost ?? cluster.chooseHost() else {
            cluster.stats.upstreamCxNoneHealthy.inc()
            stream.sendLocalReply(.noHealthyUpstream)
            return
        }
        lastHost = host
        stream.info.upstreamHost = host
        let breakers = cluster.resourceManager
        if !breakers.requests.canCreate() || !breakers.pendingRequests.canCreate() {
            cluster.stats.upstreamRqPendingOverflow.inc()
            var reply = LocalReply.overflow
            if !config.suppressEnvoyHeaders { reply.extraHeaders = [("x-envoy-overloaded", "true")] }
            stream.sendLocalReply(reply)
            return
        }
        let request = UpstreamRequest(router: self, host: host, cluster: cluster)
        upstreamRequest = request
        request.start(pool: stream.worker.pool(for: host, cluster: cluster), fresh: retriedStaleConnection)
    }

    func onPoolReady(_ request: UpstreamRequest) {
        guard request === upstreamRequest else { return }
        // No flush until the request's end or the end of the downstream read batch: one write for head and body.
        var head = stream.requestHead
        head.version = .http1_1
        request.write(.head(head), flush: false)
        for part in bodyParts { request.write(.body(.byteBuffer(part)), flush: false) }
        if !bodyReplayable { bodyParts.removeAll() }
        if requestComplete {
            request.write(.end(requestTrailers), flush: true)
        } else {
            stream.encoder.resumeReading()
        }
        if let perTry = route?.retryPolicy?.perTryTimeout, perTry.nanoseconds > 0 {
            request.startPerTryTimeout(.nanoseconds(perTry.nanoseconds), loop: stream.worker.eventLoop)
        }
    }

    func onPoolFailure(_ request: UpstreamRequest, reason: UpstreamResetReason) {
        guard request === upstreamRequest, let cluster else { return }
        upstreamRequest = nil
        cluster.stats.upstreamRqPendingFailureEject.inc()
        cluster.recordOutcome(status: 503, host: request.host)
        upstreamFailed(reason, host: request.host)
    }

    // MARK: Upstream response

    func onUpstreamHeaders(_ head: HTTPResponseHead, from request: UpstreamRequest) {
        guard let cluster, request === upstreamRequest else { return }
        let status = Int(head.status.code)
        let host = request.host
        cluster.recordOutcome(status: status, host: host)
        cluster.stats.recordResponse(status: status)
        if retryState.shouldRetry(status: status) && bodyReplayable && requestComplete && retryAllowed() {
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
            upstreamRequest = nil
            request.finish(reusable: false)
            scheduleRetry()
            return
        }
        if retryState.attempted { cluster.stats.upstreamRqRetrySuccess.inc() }
        releaseRetrySlot()
        let serviceTime = (NIODeadline.now() - request.startTime).nanoseconds / 1_000_000
        cluster.stats.upstreamRqTime.record(UInt64(max(0, serviceTime)))
        if status >= 500 {
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
        } else {
            host.stats.rqSuccess.wrappingIncrement(ordering: .relaxed)
        }
        responseStarted = true
        let response = RouterHeaders.responseHead(
            head, serviceTimeMs: serviceTime, config: config, stream: stream)
        stream.encodeHeaders(response, endStream: false)
    }

    func onUpstreamData(_ body: ByteBuffer) {
        stream.encodeData(body, endStream: false)
        if !stream.encoder.isWritable { upstreamRequest?.pauseReading() }
    }

    func onUpstreamReadComplete() {
        stream.flushResponse()
    }

    func onUpstreamComplete() {
        upstreamRequest = nil
        leaveDeadlineQueue()
        stream.encodeData(ByteBuffer(), endStream: true)
    }

    func onUpstreamWritable() {
        stream.encoder.resumeReading()
    }

    func onUpstreamReset(_ reason: UpstreamResetReason, responding: Bool, reusedConnection: Bool, host: Host) {
        upstreamRequest = nil
        if responding {
            // Headers are out: the only honest thing left is to reset the downstream too.
            stream.info.flags.insert(reason.flag)
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
            stream.resetStream()
            return
        }
        if reusedConnection && reason == .connectionTermination && !retriedStaleConnection && bodyReplayable {
            // The upstream closed a pooled connection as we wrote to it: send again on a new one, as Envoy does.
            retriedStaleConnection = true
            attemptUpstream(on: host)
            return
        }
        cluster?.stats.upstreamRqRxReset.inc()
        cluster?.recordOutcome(status: 503, host: host)
        upstreamFailed(reason, host: host)
    }

    /// A connect failure or a reset before response headers: retry when the policy allows, else Envoy's 503,
    /// charged to the cluster as the upstream's answer (`upstream_rq_503`, `upstream_rq_5xx`).
    private func upstreamFailed(_ reason: UpstreamResetReason, host: Host) {
        if retryState.shouldRetry(reset: reason) && bodyReplayable && retryAllowed() {
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
            scheduleRetry()
            return
        }
        host.stats.rqError.wrappingIncrement(ordering: .relaxed)
        cluster?.stats.recordResponse(status: 503)
        if retryState.limitExceeded {
            stream.info.flags.insert(.upstreamRetryLimitExceeded)
            cluster?.stats.upstreamRqRetryLimitExceeded.inc()
        }
        stream.sendLocalReply(.upstreamReset(reason))
    }

    // MARK: Retries and timeouts

    /// The cluster's `max_retries` breaker: past it Envoy does not retry (`RetryStatus::NoOverflow`) and the attempt's
    /// own outcome stands (the upstream's response, or the reset's or timeout's reply), flagged `UO`.
    private func retryAllowed() -> Bool {
        guard let cluster else { return false }
        if holdsRetrySlot { return true }
        guard cluster.resourceManager.retries.tryAcquire() else {
            cluster.stats.upstreamRqRetryOverflow.inc()
            stream.info.flags.insert(.upstreamOverflow)
            return false
        }
        holdsRetrySlot = true
        return true
    }

    private func scheduleRetry() {
        guard let cluster else { return }
        var random = SystemRandomNumberGenerator()
        let delay = retryState.takeRetry(using: &random)
        cluster.stats.upstreamRqRetry.inc()
        retryTask = stream.worker.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(delay)) { [weak self] in
            guard let self, !self.done else { return }
            self.retryTask = nil
            self.attemptUpstream()
        }
    }

    private func releaseRetrySlot() {
        guard holdsRetrySlot, let cluster else { return }
        holdsRetrySlot = false
        cluster.resourceManager.retries.dec()
    }

    /// The route's `timeout`, from the worker's queue for its length (see `DeadlineQueue`).
    private func startRouteTimeout() {
        guard !isQueued, !done, cluster != nil, routeTimeout > 0 else { return }
        stream.worker.deadlineQueue(nanoseconds: routeTimeout).add(self)
    }

    override func deadlinePassed() {
        guard !done, !stream.isComplete else { return }
        lastHost?.stats.rqTimeout.wrappingIncrement(ordering: .relaxed)
        let wasResponding = responseStarted
        upstreamRequest?.finish(reusable: false)
        upstreamRequest = nil
        retryTask?.cancel()
        cluster?.stats.upstreamRqTimeout.inc()
        if wasResponding {
            stream.info.flags.insert(.upstreamRequestTimeout)
            stream.resetStream()
            return
        }
        cluster?.stats.recordResponse(status: 504)
        stream.sendLocalReply(.upstreamTimeout)
    }

    func onPerTryTimeout(_ request: UpstreamRequest) {
        guard request === upstreamRequest, let cluster else { return }
        cluster.stats.upstreamRqPerTryTimeout.inc()
        request.host.stats.rqTimeout.wrappingIncrement(ordering: .relaxed)
        upstreamRequest = nil
        request.finish(reusable: false)
        if retryState.retriesPerTryTimeout && bodyReplayable && retryAllowed() {
            scheduleRetry()
            return
        }
        cluster.stats.upstreamRqTimeout.inc()
        cluster.stats.recordResponse(status: 504)
        stream.sendLocalReply(.upstreamTimeout)
    }
}

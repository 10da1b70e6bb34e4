import Foundation
import NIOCore
import NIOHTTP1
import NuncioConfig

/// Where a stream writes its response: the downstream HTTP/1 connection or HTTP/2 stream.
protocol DownstreamResponder: AnyObject {
    var isWritable: Bool { get }
    var remoteAddress: String? { get }
    var localAddress: String? { get }
    func writeResponseHead(_ head: HTTPResponseHead, closeAfter: Bool)
    func writeResponseBody(_ body: ByteBuffer, flush: Bool)
    func flush()
    func writeResponseEnd()
    func pauseReading()
    func resumeReading()
    /// The response cannot be completed: reset the stream (close the HTTP/1 connection).
    func resetStream()
    func streamFinished(_ stream: ProxyStream, keepAlive: Bool)
}

/// One request through the proxy: Envoy's active stream and its router filter — route, pick a host, send upstream,
/// stream the response back, retry or answer locally when the upstream fails. Event-loop bound.
final class ProxyStream: DeadlineQueue.Entry, UpstreamResponseReceiver {
    private enum Phase {
        case waitingForUpstream, sending, responding, done
    }

    private unowned let downstream: DownstreamResponder
    private let listener: ListenerRuntime
    private let worker: WorkerContext
    private let requestHead: HTTPRequestHead
    private let isHTTP2: Bool
    private let startTime = Date()
    private let startUptime = NIODeadline.now()
    private let authority: String
    /// The request headers after the connection manager's edits (request id, forwarded headers).
    private var requestHeaders: HTTPHeaders
    /// The client sent its own `x-envoy-expected-rq-timeout-ms` (replaced, as Envoy does).
    private var sentExpectedTimeout = false
    private var phase = Phase.waitingForUpstream

    private var route: CompiledRoute?
    private var action: ForwardAction?
    private var cluster: UpstreamCluster?
    private var host: Host?
    private var upstream: UpstreamStream?
    private var upstreamHead: HTTPRequestHead?
    private var upstreamStart = NIODeadline.now()

    private var requestComplete = false
    private var bodyParts: [ByteBuffer] = []
    /// Whether every body part is still held, so a retry can resend it (Envoy's retry buffer).
    private var bodyReplayable = true
    private var bodyBytesHeld = 0
    private var bytesReceived: UInt64 = 0
    private var bytesSent: UInt64 = 0
    private var responseStarted = false
    private var responseStatus = 0
    private var responseHeaders: HTTPHeaders?
    private var flags: ResponseFlags = []
    private var retriesLeft: UInt32 = 0
    private var perTryTask: Scheduled<Void>?
    private var closeAfterResponse = false
    /// A local reply went out before the (bodiless) request's end arrived: hand the connection back then.
    private var finishWhenRequestEnds: Bool?

    private static let retryBufferLimit = 1 << 20

    init(downstream: DownstreamResponder, listener: ListenerRuntime, worker: WorkerContext, head: HTTPRequestHead,
        isHTTP2: Bool)
    {
        self.downstream = downstream
        self.listener = listener
        self.worker = worker
        self.requestHead = head
        self.isHTTP2 = isHTTP2
        self.authority = head.headers.first(name: "host") ?? ""
        self.requestHeaders = head.headers
        super.init()
    }

    // MARK: Downstream events

    func start() {
        let stats = listener.stats
        stats.downstreamRqTotal.inc()
        stats.rqTotal.inc()
        if isHTTP2 { stats.downstreamRqHttp2Total.inc() } else { stats.downstreamRqHttp1Total.inc() }
        stats.downstreamRqActive.inc()
        prepareRequestHeaders()
        if let healthCheck = listener.healthCheck, healthCheckMatches(healthCheck) {
            answerHealthCheck()
            return
        }
        guard let route = listener.routeTable.route(for: requestHead, authority: authority) else {
            stats.noRoute.inc()
            sendLocalReply(.noRoute)
            return
        }
        self.route = route
        switch route.config.action {
        case .directResponse(let response):
            stats.rqDirectResponse.inc()
            sendDirectResponse(response)
        case .redirect(let redirect):
            stats.rqRedirect.inc()
            sendRedirect(redirect)
        case .forward(let action):
            self.action = action
            retriesLeft = route.retryPolicy?.numRetries ?? 0
            forward(action)
        }
    }

    func requestBody(_ body: ByteBuffer) {
        bytesReceived += UInt64(body.readableBytes)
        guard phase != .done else { return }
        if bodyReplayable {
            bodyParts.append(body)
            bodyBytesHeld += body.readableBytes
            if bodyBytesHeld > Self.retryBufferLimit { bodyReplayable = false }
        }
        if let upstream, phase == .sending || phase == .responding {
            upstream.write(.body(.byteBuffer(body)), flush: false)
            if !bodyReplayable { bodyParts.removeAll(keepingCapacity: true) }
            if !upstream.handler.isWritable { downstream.pauseReading() }
        } else if !bodyReplayable && bodyBytesHeld > Self.retryBufferLimit {
            // Still connecting: hold what came, but read no more until the upstream takes it.
            downstream.pauseReading()
        }
    }

    func requestEnd() {
        requestComplete = true
        if let keepAlive = finishWhenRequestEnds {
            finishWhenRequestEnds = nil
            downstream.streamFinished(self, keepAlive: keepAlive)
            return
        }
        guard phase != .done else { return }
        if let upstream, phase == .sending || phase == .responding {
            upstream.write(.end(nil), flush: true)
        }
        startRouteTimeout()
    }

    /// The downstream went away before the response completed (Envoy's DC).
    func downstreamClosed() {
        guard phase != .done else { return }
        flags.insert(.downstreamConnectionTermination)
        // An upstream request in flight is reset from our side: counted as Envoy counts it, and no longer active.
        if phase == .sending || phase == .responding { cluster?.stats.upstreamRqTxReset.inc() }
        endUpstreamRequestStats()
        upstream?.cancel()
        upstream = nil
        finish(keepAlive: false, notifyDownstream: false)
    }

    func downstreamWritable() {
        upstream?.handler.resumeReading()
    }

    /// One downstream read batch is through: send the request body parts it carried upstream together.
    func downstreamReadComplete() {
        if phase == .sending || phase == .responding { upstream?.channel.flush() }
    }

    // MARK: Routing

    private func healthCheckMatches(_ filter: HealthCheckFilter) -> Bool {
        filter.headers.allSatisfy { matcher in
            CompiledHeaderMatcher(matcher).matches(head: requestHead, authority: authority)
        }
    }

    private func answerHealthCheck() {
        let failing = listener.state.healthCheckFailed
        var reply = LocalReply(status: failing ? .serviceUnavailable : .ok, body: "", flags: [])
        if failing { reply.flags = .failedLocalHealthCheck }
        var head = reply.head(
            date: worker.dateCache.current(), serverName: listener.manager.serverName, version: responseVersion)
        if failing { head.headers.add(name: "x-envoy-immediate-health-check-fail", value: "true") }
        respondLocally(head: head, body: "", flags: reply.flags)
    }

    private func forward(_ action: ForwardAction) {
        let clusterName: String
        switch action.target {
        case .cluster(let name):
            clusterName = name
        case .weightedClusters(let clusters):
            clusterName = Self.pickWeighted(clusters)
        }
        guard let cluster = listener.clusterManager.cluster(named: clusterName) else {
            listener.stats.noCluster.inc()
            sendLocalReply(LocalReply(status: .serviceUnavailable, body: "", flags: .noClusterFound))
            return
        }
        self.cluster = cluster
        upstreamHead = makeUpstreamHead(action)
        attemptUpstream()
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

    /// The connection manager's edits, made before routing so that local replies log them too:
    /// hop-by-hop headers gone, `x-forwarded-for`, `x-forwarded-proto` and `x-request-id` as Envoy sets them.
    private func prepareRequestHeaders() {
        // Which of the headers set below the client sent, seen while the list to forward is built: absent ones are
        // appended to it, present ones replaced afterwards (rarer, and a search each).
        var hasForwardedProto = false
        var hasRequestID = false
        var forwardedFor: String?
        var fields = HopByHopHeaders.forwarded(requestHeaders, reserving: 3) { name, value in
            switch name.utf8.count {
            case 12: hasRequestID = hasRequestID || HeaderName.equals(name, "x-request-id")
            case 15:
                if forwardedFor == nil && HeaderName.equals(name, "x-forwarded-for") { forwardedFor = value }
            case 17: hasForwardedProto = hasForwardedProto || HeaderName.equals(name, "x-forwarded-proto")
            case 30:
                sentExpectedTimeout = sentExpectedTimeout || HeaderName.equals(name, "x-envoy-expected-rq-timeout-ms")
            default: break
            }
            return false
        }
        var replacements: [(String, String)] = []
        let manager = listener.manager
        if manager.useRemoteAddress, !manager.skipXffAppend, let remote = downstream.remoteAddress {
            let address = Self.withoutPort(remote)
            if let forwardedFor {
                replacements.append(("x-forwarded-for", forwardedFor + "," + address))
            } else {
                fields.append(("x-forwarded-for", address))
            }
        }
        if !hasForwardedProto {
            fields.append(("x-forwarded-proto", "http"))
        } else if manager.useRemoteAddress {
            replacements.append(("x-forwarded-proto", "http"))
        }
        let keepsRequestID = hasRequestID && (!manager.useRemoteAddress || manager.preserveExternalRequestId)
        if manager.generateRequestId && !keepsRequestID {
            if hasRequestID {
                replacements.append(("x-request-id", worker.requestIDs.uuidString()))
            } else {
                fields.append(("x-request-id", worker.requestIDs.uuidString()))
            }
        }
        requestHeaders = HTTPHeaders(fields)
        for (name, value) in replacements { requestHeaders.replaceOrAdd(name: name, value: value) }
    }

    private static func withoutPort(_ address: String) -> String {
        if address.hasPrefix("["), let end = address.firstIndex(of: "]") {
            return String(address[address.index(after: address.startIndex)..<end])
        }
        guard let colon = address.lastIndex(of: ":") else { return address }
        return String(address[..<colon])
    }

    /// The request as it goes upstream: the connection manager's headers plus the router's.
    private func makeUpstreamHead(_ action: ForwardAction) -> HTTPRequestHead {
        var head = requestHead
        head.version = .http1_1
        head.headers = requestHeaders
        if let prefixRewrite = action.prefixRewrite, case .prefix(let prefix) = route?.config.match.path {
            let original = head.uri
            if original.count >= prefix.count {
                head.uri = prefixRewrite + original.dropFirst(prefix.count)
                head.headers.replaceOrAdd(name: "x-envoy-original-path", value: original)
            }
        }
        if let host = action.hostRewriteLiteral {
            head.headers.replaceOrAdd(name: "host", value: host)
        }
        let timeout = expectedTimeoutMs(action)
        if timeout > 0 {
            if sentExpectedTimeout {
                head.headers.replaceOrAdd(name: "x-envoy-expected-rq-timeout-ms", value: String(timeout))
            } else {
                head.headers.add(name: "x-envoy-expected-rq-timeout-ms", value: String(timeout))
            }
        }
        return head
    }

    private func expectedTimeoutMs(_ action: ForwardAction) -> Int64 {
        let global = action.timeout.milliseconds
        if let perTry = route?.retryPolicy?.perTryTimeout?.milliseconds, perTry > 0 {
            return global > 0 ? min(perTry, global) : perTry
        }
        return global
    }

    // MARK: Upstream attempts

    /// One attempt: a host from the load balancer (or `fixedHost`), then a stream from that host's pool.
    private func attemptUpstream(on fixedHost: Host? = nil) {
        guard let cluster else { return }
        guard let host = fixedHost ?? cluster.chooseHost() else {
            cluster.stats.upstreamCxNoneHealthy.inc()
            sendLocalReply(.noHealthyUpstream)
            return
        }
        self.host = host
        phase = .waitingForUpstream
        let breakers = cluster.config.circuitBreakers.defaultPriority
        if cluster.stats.upstreamRqActive.value >= UInt64(breakers.maxRequests)
            || cluster.stats.upstreamRqPendingActive.value >= UInt64(breakers.maxPendingRequests)
        {
            cluster.stats.upstreamRqPendingOverflow.inc()
            sendLocalReply(.overflow)
            return
        }
        let pool = worker.pool(for: host, cluster: cluster)
        if !retriedStaleConnection, let stream = pool.takeIdleStream() {
            sendUpstream(on: stream)
            return
        }
        // Pending, as Envoy counts it: waiting for a connection (or an HTTP/2 stream) to be ready.
        cluster.stats.upstreamRqPendingTotal.inc()
        cluster.stats.upstreamRqPendingActive.inc()
        host.stats.rqPendingActive.wrappingIncrement(ordering: .relaxed)
        let attemptHost = host
        let fresh = retriedStaleConnection
        pool.newStream(fresh: fresh).assumeIsolated().whenComplete { result in
            cluster.stats.upstreamRqPendingActive.dec()
            attemptHost.stats.rqPendingActive.wrappingDecrement(ordering: .relaxed)
            guard self.phase == .waitingForUpstream, self.host === attemptHost else {
                if case .success(let stream) = result { stream.release(reusable: true) }
                return
            }
            switch result {
            case .success(let stream):
                self.sendUpstream(on: stream)
            case .failure(let error):
                attemptHost.stats.rqError.wrappingIncrement(ordering: .relaxed)
                let reason = (error as? UpstreamConnectError)?.reason ?? .connectionFailure
                cluster.recordOutcome(status: 503, host: attemptHost)
                self.upstreamFailed(reason)
            }
        }
    }

    private func sendUpstream(on stream: UpstreamStream) {
        guard let cluster, let host, let upstreamHead else { return }
        upstream = stream
        stream.attach(self)
        phase = .sending
        upstreamStart = .now()
        cluster.stats.upstreamRqTotal.inc()
        cluster.stats.upstreamRqActive.inc()
        host.stats.rqTotal.wrappingIncrement(ordering: .relaxed)
        host.stats.rqActive.wrappingIncrement(ordering: .relaxed)
        // No flush until the request's end or the end of the downstream read batch: one write for head and body.
        stream.write(.head(upstreamHead), flush: false)
        for part in bodyParts {
            stream.write(.body(.byteBuffer(part)), flush: false)
        }
        if !bodyReplayable { bodyParts.removeAll() }
        if requestComplete {
            stream.write(.end(nil), flush: true)
        } else {
            downstream.resumeReading()
        }
        startPerTryTimeout()
    }

    private func endUpstreamRequestStats() {
        guard let cluster, let host, phase == .sending || phase == .responding else { return }
        cluster.stats.upstreamRqActive.dec()
        host.stats.rqActive.wrappingDecrement(ordering: .relaxed)
    }

    func upstreamHead(_ head: HTTPResponseHead) {
        guard phase == .sending, let cluster, let host else { return }
        perTryTask?.cancel()
        let status = Int(head.status.code)
        if shouldRetry(status: status) {
            cluster.recordOutcome(status: status, host: host)
            endUpstreamRequestStats()
            cluster.stats.recordResponse(status: status)
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
            upstream?.cancel()
            upstream = nil
            scheduleRetry()
            return
        }
        phase = .responding
        releaseRetrySlot()
        cluster.recordOutcome(status: status, host: host)
        let serviceTime = (NIODeadline.now() - upstreamStart).nanoseconds / 1_000_000
        cluster.stats.upstreamRqTime.record(UInt64(max(0, serviceTime)))
        cluster.stats.recordResponse(status: status)
        if status >= 500 {
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
        } else {
            host.stats.rqSuccess.wrappingIncrement(ordering: .relaxed)
        }
        var response = head
        // Envoy's own `date` replaces the upstream's, and its `server` too when overwriting.
        let transformation = listener.manager.serverHeaderTransformation
        var hasServer = false
        var fields = HopByHopHeaders.forwarded(head.headers, reserving: 3) { name, _ in
            switch name.utf8.count {
            case 4:
                return HeaderName.equals(name, "date")
            case 6 where HeaderName.equals(name, "server"):
                hasServer = true
                return transformation == .OVERWRITE
            default:
                return false
            }
        }
        fields.append(("x-envoy-upstream-service-time", String(serviceTime)))
        fields.append(("date", worker.dateCache.current()))
        if (!hasServer || transformation == .OVERWRITE) && transformation != .PASS_THROUGH {
            fields.append(("server", listener.manager.serverName))
        }
        response.headers = HTTPHeaders(fields)
        response.version = responseVersion
        responseStatus = status
        responseHeaders = response.headers
        responseStarted = true
        closeAfterResponse = !isHTTP2 && (listener.state.healthCheckFailed || !requestHead.isKeepAlive)
        downstream.writeResponseHead(response, closeAfter: closeAfterResponse)
    }

    func upstreamBody(_ body: ByteBuffer) {
        guard phase == .responding else { return }
        bytesSent += UInt64(body.readableBytes)
        downstream.writeResponseBody(body, flush: false)
        if !downstream.isWritable { upstream?.handler.pauseReading() }
    }

    /// One read batch from the upstream is through: send what it gave downstream in one go.
    func upstreamReadComplete() {
        if phase == .responding { downstream.flush() }
    }

    func upstreamEnd() {
        guard phase == .responding else { return }
        endUpstreamRequestStats()
        upstream = nil
        // Count before the last byte leaves: a client that reads the response and then asks /stats sees it.
        finish(keepAlive: !closeAfterResponse, notifyDownstream: false)
        downstream.writeResponseEnd()
        downstream.streamFinished(self, keepAlive: !closeAfterResponse)
    }

    func upstreamReset(_ reason: UpstreamResetReason) {
        guard phase == .sending || phase == .responding, let host else { return }
        endUpstreamRequestStats()
        if phase == .responding {
            upstream = nil
            // Headers are out: the only honest thing left is to reset the downstream too.
            flags.insert(reason.flag)
            host.stats.rqError.wrappingIncrement(ordering: .relaxed)
            downstream.resetStream()
            finish(keepAlive: false, notifyDownstream: false)
            return
        }
        let staleConnection = upstream?.reused ?? false
        upstream = nil
        if staleConnection && reason == .connectionTermination && !retriedStaleConnection && bodyReplayable {
            // The upstream closed a pooled connection as we wrote to it: send again on a new one, as Envoy does.
            retriedStaleConnection = true
            attemptUpstream(on: host)
            return
        }
        host.stats.rqError.wrappingIncrement(ordering: .relaxed)
        cluster?.stats.upstreamRqRxReset.inc()
        cluster?.recordOutcome(status: 503, host: host)
        upstreamFailed(reason)
    }

    func upstreamWritable() {
        downstream.resumeReading()
    }

    /// A connect failure or a reset before response headers: retry when the policy allows, else Envoy's 503.
    private func upstreamFailed(_ reason: UpstreamResetReason) {
        perTryTask?.cancel()
        if canRetry(reset: reason) {
            scheduleRetry()
            return
        }
        if retriesLeft == 0 && route?.retryPolicy.map({ !$0.retryOn.isEmpty }) == true && attemptedRetry {
            flags.insert(.upstreamRetryLimitExceeded)
        }
        sendLocalReply(.upstreamReset(reason))
    }

    private var attemptedRetry = false
    /// One silent re-send on a fresh connection when a pooled one turns out closed (the keep-alive race).
    private var retriedStaleConnection = false
    private var holdsRetrySlot = false

    private func canRetry(reset reason: UpstreamResetReason) -> Bool {
        guard let policy = route?.retryPolicy, retriesLeft > 0, bodyReplayable else { return false }
        let on = policy.retryOn
        if reason.isConnectFailure {
            return on.contains(.connectFailure) || on.contains(.fiveXX) || on.contains(.gatewayError)
                || on.contains(.reset) || on.contains(.resetBeforeRequest)
        }
        return on.contains(.reset) || on.contains(.fiveXX) || on.contains(.gatewayError)
            || (reason == .remoteReset && on.contains(.refusedStream))
    }

    private func shouldRetry(status: Int) -> Bool {
        guard let policy = route?.retryPolicy, retriesLeft > 0, bodyReplayable, requestComplete else { return false }
        let on = policy.retryOn
        if on.contains(.fiveXX) && status >= 500 { return true }
        if on.contains(.gatewayError) && (502...504).contains(status) { return true }
        if on.contains(.retriable4xx) && status == 409 { return true }
        if on.contains(.retriableStatusCodes) && policy.retriableStatusCodes.contains(UInt32(status)) { return true }
        return false
    }

    private func scheduleRetry() {
        guard let policy = route?.retryPolicy, let cluster else { return }
        if !holdsRetrySlot {
            if !cluster.resourceManager.retries.tryAcquire() {
                cluster.stats.upstreamRqRetryOverflow.inc()
                flags.insert(.upstreamOverflow)
                sendLocalReply(.overflow)
                return
            }
            holdsRetrySlot = true
        }
        retriesLeft -= 1
        attemptedRetry = true
        cluster.stats.upstreamRqRetry.inc()
        phase = .waitingForUpstream
        host = nil
        // Envoy's fully jittered exponential back-off: random in [0, base * 2^attempt), capped at max (10 x base).
        let attempt = Int(policy.numRetries - retriesLeft)
        let base = policy.backOffBase.nanoseconds
        let cap = policy.backOffMax?.nanoseconds ?? base * 10
        let ceiling = min(cap, base << min(attempt, 20))
        let delay = Int64.random(in: 0...max(ceiling, 1))
        worker.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(delay)) { [weak self] in
            guard let self, self.phase == .waitingForUpstream else { return }
            self.attemptUpstream()
        }
    }

    private func releaseRetrySlot() {
        guard holdsRetrySlot, let cluster else { return }
        holdsRetrySlot = false
        cluster.resourceManager.retries.dec()
    }

    // MARK: Timeouts

    /// The route's `timeout`, from the worker's queue for its length (see `DeadlineQueue`).
    private func startRouteTimeout() {
        guard !isQueued, let action, action.timeout.nanoseconds > 0 else { return }
        worker.deadlineQueue(nanoseconds: action.timeout.nanoseconds).add(self)
    }

    override func deadlinePassed() {
        routeTimedOut()
    }

    private func startPerTryTimeout() {
        guard let perTry = route?.retryPolicy?.perTryTimeout, perTry.nanoseconds > 0 else { return }
        perTryTask?.cancel()
        let attemptHost = host
        let loop = worker.eventLoop.assumeIsolated()
        perTryTask = loop.scheduleTask(in: .nanoseconds(perTry.nanoseconds)) { [weak self] in
            guard let self, self.phase == .sending, self.host === attemptHost else { return }
            self.cluster?.stats.upstreamRqPerTryTimeout.inc()
            attemptHost?.stats.rqTimeout.wrappingIncrement(ordering: .relaxed)
            self.endUpstreamRequestStats()
            self.upstream?.cancel()
            self.upstream = nil
            if self.retriesLeft > 0, self.bodyReplayable,
                self.route?.retryPolicy?.retryOn.isEmpty == false
            {
                self.scheduleRetry()
            } else {
                self.timeoutReply()
            }
        }
    }

    private func routeTimedOut() {
        guard phase != .done else { return }
        perTryTask?.cancel()
        host?.stats.rqTimeout.wrappingIncrement(ordering: .relaxed)
        if phase == .responding {
            flags.insert(.upstreamRequestTimeout)
            endUpstreamRequestStats()
            upstream?.cancel()
            upstream = nil
            downstream.resetStream()
            finish(keepAlive: false, notifyDownstream: false)
            return
        }
        endUpstreamRequestStats()
        upstream?.cancel()
        upstream = nil
        timeoutReply()
    }

    private func timeoutReply() {
        cluster?.stats.upstreamRqTimeout.inc()
        if responseStarted { return }
        sendLocalReply(.upstreamTimeout)
    }

    // MARK: Local replies

    private var responseVersion: HTTPVersion { isHTTP2 ? HTTPVersion(major: 2, minor: 0) : .http1_1 }

    func sendLocalReply(_ reply: LocalReply) {
        var reply = reply
        if !isHTTP2 && listener.state.healthCheckFailed { reply.closeConnection = true }
        let head = reply.head(
            date: worker.dateCache.current(), serverName: listener.manager.serverName, version: responseVersion)
        respondLocally(head: head, body: reply.body, flags: reply.flags, close: reply.closeConnection)
    }

    private func sendDirectResponse(_ response: DirectResponseAction) {
        var body = ""
        switch response.body {
        case .inlineString(let text): body = text
        case .inlineBytes(let bytes): body = String(decoding: bytes, as: UTF8.self)
        case .filename(let path): body = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        case .environmentVariable(let name): body = ProcessInfo.processInfo.environment[name] ?? ""
        case nil: body = ""
        }
        sendLocalReply(LocalReply(
            status: HTTPResponseStatus(statusCode: response.status), body: body, flags: []))
    }

    private func sendRedirect(_ redirect: RedirectAction) {
        let scheme = redirect.scheme ?? "http"
        var hostPart = redirect.host ?? authority
        if let port = redirect.port {
            if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
                hostPart = String(hostPart[..<colon])
            }
            hostPart += ":\(port)"
        }
        var path = requestHead.uri
        if let newPath = redirect.path {
            path = newPath
        } else if let prefixRewrite = redirect.prefixRewrite, case .prefix(let prefix) = route?.config.match.path {
            path = prefixRewrite + path.dropFirst(min(prefix.count, path.count))
        }
        if redirect.stripQuery, let question = path.firstIndex(of: "?") { path = String(path[..<question]) }
        var head = LocalReply(status: HTTPResponseStatus(statusCode: redirect.responseCode.status), body: "", flags: [])
            .head(date: worker.dateCache.current(), serverName: listener.manager.serverName, version: responseVersion)
        head.headers.replaceOrAdd(name: "location", value: "\(scheme)://\(hostPart)\(path)")
        respondLocally(head: head, body: "", flags: [])
    }

    private func respondLocally(head: HTTPResponseHead, body: String, flags: ResponseFlags, close: Bool = false) {
        guard phase != .done, !responseStarted else { return }
        self.flags.formUnion(flags)
        leaveDeadlineQueue()
        perTryTask?.cancel()
        responseStatus = Int(head.status.code)
        responseHeaders = head.headers
        responseStarted = true
        let closeAfter = !isHTTP2 && (close || !requestHead.isKeepAlive || listener.state.healthCheckFailed)
        closeAfterResponse = closeAfter
        downstream.writeResponseHead(head, closeAfter: closeAfter)
        if !body.isEmpty && requestHead.method != .HEAD {
            var buffer = ByteBufferAllocator().buffer(capacity: body.utf8.count)
            buffer.writeString(body)
            bytesSent += UInt64(buffer.readableBytes)
            downstream.writeResponseBody(buffer, flush: false)
        }
        finish(keepAlive: false, notifyDownstream: false)
        downstream.writeResponseEnd()
        if requestComplete || closeAfter || expectsRequestBody {
            // A local reply before the request body is in: Envoy answers and closes rather than drain the body.
            downstream.streamFinished(self, keepAlive: !closeAfter && requestComplete)
        } else {
            finishWhenRequestEnds = true
        }
    }

    private var expectsRequestBody: Bool {
        if requestHead.headers.contains(name: "transfer-encoding") { return true }
        return (requestHead.headers.first(name: "content-length").flatMap(Int.init) ?? 0) > 0
    }

    // MARK: Completion

    private func finish(keepAlive: Bool, notifyDownstream: Bool) {
        guard phase != .done else { return }
        phase = .done
        releaseRetrySlot()
        leaveDeadlineQueue()
        perTryTask?.cancel()
        let stats = listener.stats
        stats.downstreamRqActive.dec()
        if responseStatus > 0 && !flags.contains(.downstreamConnectionTermination) {
            stats.recordResponse(status: responseStatus)
        }
        let duration = (NIODeadline.now() - startUptime).nanoseconds / 1_000_000
        stats.downstreamRqTime.record(UInt64(max(0, duration)))
        if !listener.accessLogs.isEmpty { writeAccessLog(durationMs: duration) }
        bodyParts.removeAll()
        if notifyDownstream { downstream.streamFinished(self, keepAlive: keepAlive) }
    }

    private func writeAccessLog(durationMs: Int64) {
        let entry = AccessLogEntry(
            startTime: startTime, method: requestHead.method.rawValue, path: requestHead.uri,
            originalPath: upstreamHead?.headers.first(name: "x-envoy-original-path"),
            httpProtocol: isHTTP2 ? "HTTP/2" : "HTTP/\(requestHead.version.major).\(requestHead.version.minor)",
            requestHeaders: upstreamHead?.headers ?? requestHeaders, authority: authority,
            responseCode: flags.contains(.downstreamConnectionTermination) && !responseStarted ? 0 : responseStatus,
            responseHeaders: responseHeaders, flags: flags, bytesReceived: bytesReceived, bytesSent: bytesSent,
            durationMs: durationMs, upstreamHost: host?.address.description, upstreamCluster: cluster?.name,
            downstreamRemoteAddress: downstream.remoteAddress, downstreamLocalAddress: downstream.localAddress)
        for writer in listener.accessLogs { writer.log(entry) }
    }
}

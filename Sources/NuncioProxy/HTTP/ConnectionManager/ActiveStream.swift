import Foundation
import NIOCore
import NIOHTTP1
import NuncioConfig

/// One request through the HTTP connection manager (Envoy's `ConnectionManagerImpl::ActiveStream`): the request
/// id and header edits, the route it resolves to, its HTTP filters (run by `FilterManager`, the router last), the
/// connection manager's response edits, downstream stats, the access log and local replies, which pass through
/// the filters' response side like any response. HTTP/1.1 and HTTP/2 streams are the same type here: what differs
/// is the codec behind `encoder`. Event-loop bound.
final class ActiveStream: DeadlineQueue.Entry {
    let encoder: ResponseEncoder
    let listener: ListenerRuntime
    /// The route configuration as it was when the stream started (RDS may swap the listener's meanwhile).
    let routes: RouteSnapshot
    let worker: WorkerContext
    let downstreamProtocol: DownstreamProtocol
    /// The request head, edited in place by the connection manager and the filters (the router's edits included,
    /// so the access log sees what went upstream).
    var requestHead: HTTPRequestHead
    /// The response head while the response side runs.
    var responseHead = HTTPResponseHead(version: .http1_1, status: .ok)
    /// The `Host` the request came with.
    let authority: String
    /// What the request said of its connection and body before the hop-by-hop headers went.
    private let requestKeepAlive: Bool
    /// The request has a body to come (its headers did not end it).
    private var expectsRequestBody = false
    var info = StreamInfo()
    private(set) var filterManager: FilterManager!
    private var cachedRoute: CompiledRoute??

    /// The response is complete (or the stream abandoned): filters are done and nothing more is written.
    private(set) var isComplete = false
    private var responseStarted = false
    private var closeAfterResponse = false
    /// The response is a local reply (its head is final: no connection manager edits).
    private var respondingLocally = false
    /// A local reply went out before the (bodiless) request's end arrived: hand the connection back then.
    private var finishWhenRequestEnds = false
    private var requestEnded = false
    /// `request_timeout`: armed while a request with a body is still arriving.
    private var requestTimer: Scheduled<Void>?

    var connectionManagerStats: ConnectionManagerStats { listener.stats }

    init(encoder: ResponseEncoder, listener: ListenerRuntime, worker: WorkerContext, head: HTTPRequestHead) {
        self.encoder = encoder
        self.listener = listener
        self.routes = listener.routes.current
        self.worker = worker
        self.downstreamProtocol = encoder.downstreamProtocol == .http2
            ? .http2 : (head.version.minor == 0 ? .http10 : .http11)
        self.requestHead = head
        self.authority = head.headers.first(name: "host") ?? ""
        self.requestKeepAlive = head.isKeepAlive
        super.init()
    }

    // MARK: Request events from the codec

    /// The request's headers: counted, edited, routed, then through the filters.
    func decodeHeaders(endStream: Bool) {
        countRequest()
        requestEnded = endStream
        expectsRequestBody = !endStream
        // Path sanitizing comes first: the header edits, routing and the access log see the normalized path.
        if let normalizer = listener.pathNormalizer,
            let reply = normalizer.sanitize(&requestHead, stats: listener.stats)
        {
            filterManager = listener.filterChain.createFilterChain(for: self)
            sendLocalReply(reply)
            return
        }
        startTimers()
        let mutation = ConnectionManagerUtility.mutateRequestHeaders(
            requestHead.headers, config: listener.requestHeaderConfig, remoteAddress: encoder.remoteAddress,
            scheme: encoder.connection.scheme,
            requestIDs: &worker.requestIDs)
        requestHead.headers = mutation.headers
        info.downstreamRemoteAddress = mutation.trustedRemoteAddress
        filterManager = listener.filterChain.createFilterChain(for: self)
        filterManager.decodeHeaders(endStream: endStream)
    }

    func decodeData(_ data: ByteBuffer) {
        info.bytesReceived += UInt64(data.readableBytes)
        guard !isComplete else { return }
        filterManager.decodeData(data, endStream: false)
    }

    /// The request's end, with trailers when it has them.
    func decodeEnd(trailers: HTTPHeaders?) {
        let wasEnded = requestEnded
        requestEnded = true
        disarmRequestTimer()
        if finishWhenRequestEnds {
            finishWhenRequestEnds = false
            encoder.streamFinished(self, keepAlive: !closeAfterResponse)
            return
        }
        guard !isComplete, !wasEnded else { return }
        if let trailers {
            filterManager.decodeTrailers(trailers)
        } else {
            filterManager.decodeData(ByteBuffer(), endStream: true)
        }
    }

    /// The downstream went away before the response completed (Envoy's DC).
    func downstreamClosed() {
        guard !isComplete else { return }
        info.flags.insert(.downstreamConnectionTermination)
        finish(downstreamReset: true)
    }

    func downstreamWritable() {
        if !isComplete { filterManager.downstreamWritable() }
    }

    /// One downstream read batch is through.
    func downstreamReadComplete() {
        if !isComplete { filterManager?.downstreamReadComplete() }
    }

    // MARK: What filters ask of the stream

    /// The route for the request as it is now, looked up once (Envoy's cached route).
    var route: CompiledRoute? {
        if let cachedRoute { return cachedRoute }
        let route = routes.table.route(for: requestHead, authority: authority)
        cachedRoute = .some(route)
        return route
    }

    /// A filter changed what routing looks at: the next `route` looks again.
    func clearRouteCache() {
        cachedRoute = nil
    }

    /// The most specific `typed_per_filter_config` for the filter named `name`: route, virtual host, then route
    /// configuration.
    func perFilterConfig(_ name: String) -> FilterPerRouteConfig? {
        if let route, let config = route.config.typedPerFilterConfig[name] { return config }
        if let config = route?.virtualHostPerFilterConfig[name] { return config }
        return routes.config.typedPerFilterConfig[name]
    }

    func continueDecoding() { filterManager.continueDecoding() }

    /// The response from the terminal filter (the router), through the encoder filters.
    func encodeHeaders(_ head: HTTPResponseHead, endStream: Bool) {
        guard !isComplete, !responseStarted else { return }
        responseStarted = true
        disarmRequestTimer()
        responseHead = head
        filterManager.encodeHeaders(endStream: endStream)
    }

    func encodeData(_ data: ByteBuffer, endStream: Bool) {
        guard !isComplete else { return }
        filterManager.encodeData(data, endStream: endStream)
    }

    func encodeTrailers(_ trailers: HTTPHeaders) {
        guard !isComplete else { return }
        filterManager.encodeTrailers(trailers)
    }

    /// One upstream read batch is through: send what it gave downstream in one go.
    func flushResponse() {
        if !isComplete { encoder.flush() }
    }

    /// Envoy's `sendLocalReply`: its exact bodies and headers, through the encoder filters. Once the response has
    /// begun, a reply can only be a reset.
    func sendLocalReply(_ reply: LocalReply) {
        guard !isComplete else { return }
        if responseStarted {
            resetStream()
            return
        }
        var reply = reply
        disarmRequestTimer()
        // HTTP/1: a reply while the request body is still coming, or while failing health checks, closes.
        if downstreamProtocol != .http2
            && (listener.state.healthCheckFailed || (expectsRequestBody && !requestEnded))
        {
            reply.closeConnection = true
        }
        info.flags.formUnion(reply.flags)
        // PASS_THROUGH: Envoy sets `server` on no response, a local reply included.
        let passThrough = listener.manager.serverHeaderTransformation == .PASS_THROUGH
        let head = reply.head(
            date: worker.dateCache.current(), serverName: passThrough ? nil : listener.manager.serverName,
            version: downstreamProtocol.responseVersion)
        responseStarted = true
        respondingLocally = true
        closeAfterResponse = reply.closeConnection
        filterManager?.abandonRequestBuffers()
        responseHead = head
        let body = requestHead.method == .HEAD ? "" : reply.body
        filterManager.encodeHeaders(endStream: body.isEmpty)
        if !body.isEmpty && !isComplete { filterManager.encodeData(Self.buffer(body), endStream: true) }
    }

    /// A request the codec refused before any filter ran (a parse error, a bad HTTP/1 request): counted as Envoy
    /// counts it and answered without routing.
    func sendProtocolError(_ reply: LocalReply, alreadyCounted: Bool) {
        if !alreadyCounted { countRequest() } else { connectionManagerStats.downstreamRqActive.inc() }
        requestEnded = true
        // The response side runs as for any local reply (a health check filter still marks it).
        filterManager = listener.filterChain.createFilterChain(for: self)
        sendLocalReply(reply)
    }

    /// The codec reset the stream as soon as its headers came (an HTTP/2 header name with `_` under
    /// REJECT_REQUEST): counted and logged as Envoy does, a request reset with `DR` and no response.
    func resetByCodec() {
        countRequest()
        connectionManagerStats.downstreamRqRxReset.inc()
        info.flags.insert(.downstreamRemoteReset)
        finish(downstreamReset: true)
    }

    /// The response cannot be completed (headers are out, or the upstream broke mid-response).
    func resetStream() {
        guard !isComplete else { return }
        encoder.resetStream()
        finish(downstreamReset: false)
    }

    private static func buffer(_ text: String) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        return buffer
    }

    // MARK: The end of the response side (the connection manager's own edits, then the codec)

    /// The connection manager's own response headers, which the terminal filter appends in the same pass that
    /// builds its response head (a second pass cost about 1,000 instructions a request): Envoy's `date` in place of
    /// the upstream's, and `server` as `server_header_transformation` says, given whether the upstream sent one.
    func appendConnectionManagerHeaders(to fields: inout [(String, String)], upstreamHasServer: Bool) {
        fields.append(("date", worker.dateCache.current()))
        let transformation = listener.manager.serverHeaderTransformation
        if transformation == .OVERWRITE || (transformation == .APPEND_IF_ABSENT && !upstreamHasServer) {
            fields.append(("server", listener.manager.serverName))
        }
    }

    func writeResponseHead(endStream: Bool) {
        var head = responseHead
        if !respondingLocally {
            head.version = downstreamProtocol.responseVersion
            closeAfterResponse = listener.state.healthCheckFailed
        }
        if let via = listener.manager.via {
            ConnectionManagerUtility.appendVia(via, toResponse: &head.headers, localReply: respondingLocally)
        }
        closeAfterResponse = closeAfterResponse || !requestKeepAlive
        responseHead = head
        info.responseStatus = Int(head.status.code)
        encoder.writeResponseHead(head, closeAfter: closeAfterResponse && downstreamProtocol != .http2)
        if endStream { completeResponse(trailers: nil) }
    }

    func writeResponseData(_ data: ByteBuffer, endStream: Bool) {
        info.bytesSent += UInt64(data.readableBytes)
        if data.readableBytes > 0 {
            encoder.writeResponseBody(data, flush: false)
        }
        if endStream { completeResponse(trailers: nil) }
    }

    func writeResponseTrailers(_ trailers: HTTPHeaders) {
        completeResponse(trailers: trailers)
    }

    private func completeResponse(trailers: HTTPHeaders?) {
        let keepAlive = !closeAfterResponse || downstreamProtocol == .http2
        // Counted before the last byte leaves: a client that reads the response and then asks /stats sees it.
        finish(downstreamReset: false)
        encoder.writeResponseEnd(trailers: trailers)
        if !respondingLocally {
            encoder.streamFinished(self, keepAlive: keepAlive)
        } else if requestEnded || !keepAlive || expectsRequestBody {
            // A local reply before the request body is in: Envoy answers and closes rather than drain the body.
            encoder.streamFinished(self, keepAlive: keepAlive && requestEnded)
        } else {
            finishWhenRequestEnds = true
        }
    }

    // MARK: The connection manager's stream timers

    /// `max_stream_duration` from the worker's queue for its length; `request_timeout` while a body arrives.
    private func startTimers() {
        let manager = listener.manager
        if let limit = manager.maxStreamDuration, limit.nanoseconds > 0 {
            worker.deadlineQueue(nanoseconds: limit.nanoseconds).add(self)
        }
        if !requestEnded && manager.requestTimeout.nanoseconds > 0 {
            requestTimer = worker.eventLoop.assumeIsolated().scheduleTask(
                in: .nanoseconds(manager.requestTimeout.nanoseconds)
            ) { [weak self] in
                self?.requestTimedOut()
            }
        }
    }

    private func disarmRequestTimer() {
        requestTimer?.cancel()
        requestTimer = nil
    }

    /// Envoy's `onRequestTimeout`: the whole request did not arrive in time.
    private func requestTimedOut() {
        requestTimer = nil
        guard !isComplete, !responseStarted, !requestEnded else { return }
        connectionManagerStats.downstreamRqTimeout.inc()
        sendLocalReply(LocalReply(status: .requestTimeout, body: "request timeout", flags: []))
    }

    /// Envoy's `onStreamMaxDurationReached`: 504 once the request is in (408 before), a reset once the response
    /// has begun.
    override func deadlinePassed() {
        guard !isComplete else { return }
        connectionManagerStats.downstreamRqMaxDurationReached.inc()
        info.flags.insert(.durationTimeout)
        if responseStarted {
            resetStream()
            return
        }
        sendLocalReply(LocalReply(
            status: requestEnded ? .gatewayTimeout : .requestTimeout, body: "downstream duration timeout",
            flags: .durationTimeout))
    }

    /// Envoy's `onIdleTimeout` (`stream_idle_timeout`): 504 "stream timeout" once the request is in (408 before),
    /// a reset once the response has begun.
    func streamIdleTimedOut() {
        guard !isComplete else { return }
        info.flags.insert(.streamIdleTimeout)
        if responseStarted { return resetStream() }
        sendLocalReply(LocalReply(
            status: requestEnded ? .gatewayTimeout : .requestTimeout, body: "stream timeout", flags: .streamIdleTimeout))
    }

    // MARK: Stats and access log

    private func countRequest() {
        let stats = listener.stats
        stats.downstreamRqTotal.inc()
        stats.rqTotal.inc()
        if downstreamProtocol == .http2 { stats.downstreamRqHttp2Total.inc() } else { stats.downstreamRqHttp1Total.inc() }
        stats.downstreamRqActive.inc()
    }

    private func finish(downstreamReset: Bool) {
        guard !isComplete else { return }
        isComplete = true
        leaveDeadlineQueue()
        disarmRequestTimer()
        filterManager?.destroy(downstreamReset: downstreamReset)
        let stats = listener.stats
        stats.downstreamRqActive.dec()
        if info.responseStatus > 0 && !info.flags.contains(.downstreamConnectionTermination) {
            stats.recordResponse(status: info.responseStatus)
        }
        let duration = (NIODeadline.now() - info.startUptime).nanoseconds / 1_000_000
        stats.downstreamRqTime.record(UInt64(max(0, duration)))
        if !listener.accessLogs.isEmpty { writeAccessLog(durationMs: duration) }
        filterManager = nil
    }

    private func writeAccessLog(durationMs: Int64) {
        let entry = AccessLogEntry(
            startTime: info.startTime, method: requestHead.method.rawValue, path: requestHead.uri,
            originalPath: requestHead.headers.first(name: "x-envoy-original-path"),
            httpProtocol: downstreamProtocol.name, requestHeaders: requestHead.headers, authority: authority,
            responseCode: info.flags.contains(.downstreamConnectionTermination) && !responseStarted
                ? 0 : info.responseStatus,
            responseHeaders: responseStarted ? responseHead.headers : nil, flags: info.flags,
            bytesReceived: info.bytesReceived, bytesSent: info.bytesSent, durationMs: durationMs,
            upstreamHost: info.upstreamHost?.address.description, upstreamCluster: info.upstreamCluster,
            downstreamRemoteAddress: info.downstreamRemoteAddress ?? encoder.remoteAddress,
            downstreamLocalAddress: encoder.localAddress,
            downstreamDirectRemoteAddress: info.downstreamRemoteAddress == nil ? nil : encoder.remoteAddress)
        for writer in listener.accessLogs { writer.log(entry) }
    }
}

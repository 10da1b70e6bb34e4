import NIOCore
import NIOHTTP1
import NuncioStats

/// The connection manager's timers for one HTTP/1.1 connection, watching the parts that pass between codec and
/// connection manager: `request_headers_timeout` (a request's headers must arrive in time), `idle_timeout` (no
/// request in flight), `stream_idle_timeout` (no bytes either way during a request) and `max_connection_duration`
/// (then the connection drains). What they bound is what a slowloris client can hold. Event-loop bound.
final class DownstreamTimeoutHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    struct Limits {
        var requestHeaders: TimeAmount?
        var idle: TimeAmount?
        var streamIdle: TimeAmount?
        var maxConnectionDuration: TimeAmount?
    }

    private let limits: Limits
    private let stats: ConnectionManagerStats
    private var inFlight = 0
    private var headersTimer: Scheduled<Void>?
    private var idleTimer: Scheduled<Void>?
    private var streamTimer: Scheduled<Void>?
    private var durationTimer: Scheduled<Void>?

    init(limits: Limits, stats: ConnectionManagerStats) {
        self.limits = limits
        self.stats = stats
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { armWaitingTimers(context) }
        if let duration = limits.maxConnectionDuration {
            durationTimer = context.eventLoop.assumeIsolated().scheduleTask(in: duration) {
                self.stats.downstreamCxMaxDurationReached.inc()
                context.fireUserInboundEventTriggered(DrainRequested())
            }
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelAll()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelAll()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            inFlight += 1
            headersTimer?.cancel()
            headersTimer = nil
            idleTimer?.cancel()
            idleTimer = nil
        }
        touchStream(context)
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            inFlight = max(0, inFlight - 1)
            if inFlight == 0 {
                streamTimer?.cancel()
                streamTimer = nil
                armWaitingTimers(context)
            }
        } else {
            touchStream(context)
        }
        context.write(data, promise: promise)
    }

    /// Between requests: the next request's headers must come within `request_headers_timeout`, and the
    /// connection may sit idle no longer than `idle_timeout`.
    private func armWaitingTimers(_ context: ChannelHandlerContext) {
        let loop = context.eventLoop.assumeIsolated()
        if let limit = limits.requestHeaders, headersTimer == nil {
            headersTimer = loop.scheduleTask(in: limit) {
                guard self.inFlight == 0 else { return }
                self.stats.downstreamRqHeaderTimeout.inc()
                context.close(promise: nil)
            }
        }
        if let limit = limits.idle, idleTimer == nil {
            idleTimer = loop.scheduleTask(in: limit) {
                guard self.inFlight == 0 else { return }
                self.stats.downstreamCxIdleTimeout.inc()
                context.close(promise: nil)
            }
        }
    }

    /// During a request, every part either way restarts the stream idle timer.
    private func touchStream(_ context: ChannelHandlerContext) {
        guard let limit = limits.streamIdle, inFlight > 0 else { return }
        streamTimer?.cancel()
        streamTimer = context.eventLoop.assumeIsolated().scheduleTask(in: limit) {
            guard self.inFlight > 0 else { return }
            self.stats.downstreamRqIdleTimeout.inc()
            context.close(promise: nil)
        }
    }

    private func cancelAll() {
        for timer in [headersTimer, idleTimer, streamTimer, durationTimer] { timer?.cancel() }
        headersTimer = nil
        idleTimer = nil
        streamTimer = nil
        durationTimer = nil
    }
}

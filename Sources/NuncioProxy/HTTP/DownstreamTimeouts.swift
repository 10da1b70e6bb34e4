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
    /// When the connection last saw a part either way: timers check it when they fire rather than being
    /// rescheduled on every part (a timer per part would cost more than the request).
    private var lastActivity = NIODeadline.now()
    private var idleSince = NIODeadline.now()
    private var headersTimer: Scheduled<Void>?
    private var idleTimer: Scheduled<Void>?
    private var streamTimer: Scheduled<Void>?
    private var durationTimer: Scheduled<Void>?

    init(limits: Limits, stats: ConnectionManagerStats) {
        self.limits = limits
        self.stats = stats
    }

    func handlerAdded(context: ChannelHandlerContext) {
        idleSince = .now()
        if let limit = limits.idle { scheduleIdle(context, in: limit) }
        if let limit = limits.requestHeaders { scheduleHeaders(context, in: limit) }
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
        lastActivity = .now()
        if case .head = unwrapInboundIn(data) {
            inFlight += 1
            if inFlight == 1, let limit = limits.streamIdle, streamTimer == nil { scheduleStream(context, in: limit) }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = .now()
        if case .end = unwrapOutboundIn(data) {
            inFlight = max(0, inFlight - 1)
            if inFlight == 0 {
                idleSince = lastActivity
                if let limit = limits.requestHeaders, headersTimer == nil { scheduleHeaders(context, in: limit) }
            }
        }
        context.write(data, promise: promise)
    }

    /// `idle_timeout`: no request in flight for the whole period. One timer per connection, re-armed on firing.
    private func scheduleIdle(_ context: ChannelHandlerContext, in delay: TimeAmount) {
        idleTimer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            guard let limit = self.limits.idle else { return }
            let quiet = NIODeadline.now() - self.idleSince
            if self.inFlight == 0 && quiet >= limit {
                self.stats.downstreamCxIdleTimeout.inc()
                context.close(promise: nil)
            } else {
                self.scheduleIdle(context, in: self.inFlight == 0 ? limit - quiet : limit)
            }
        }
    }

    /// `request_headers_timeout`: a request must follow the last response (or the connection) within the limit.
    private func scheduleHeaders(_ context: ChannelHandlerContext, in delay: TimeAmount) {
        headersTimer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            self.headersTimer = nil
            guard self.inFlight == 0, let limit = self.limits.requestHeaders else { return }
            if NIODeadline.now() - self.idleSince >= limit {
                self.stats.downstreamRqHeaderTimeout.inc()
                context.close(promise: nil)
            }
        }
    }

    /// `stream_idle_timeout`: while a request is in flight, some part must pass either way within the limit.
    private func scheduleStream(_ context: ChannelHandlerContext, in delay: TimeAmount) {
        streamTimer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            self.streamTimer = nil
            guard self.inFlight > 0, let limit = self.limits.streamIdle else { return }
            let quiet = NIODeadline.now() - self.lastActivity
            if quiet >= limit {
                self.stats.downstreamRqIdleTimeout.inc()
                context.close(promise: nil)
            } else {
                self.scheduleStream(context, in: limit - quiet)
            }
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

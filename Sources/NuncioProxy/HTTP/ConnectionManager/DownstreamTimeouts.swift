import NIOCore
import NuncioStats

/// The connection manager's timers for one HTTP/1.1 connection: `request_headers_timeout` (a request's headers must
/// arrive in time), `idle_timeout` (no request in flight), `stream_idle_timeout` (no bytes either way during a
/// request) and `max_connection_duration` (then the connection drains). What they bound is what a slowloris client
/// can hold. `DownstreamHandler` tells it of each part directly: as a handler of its own in the pipeline it cost
/// two dynamic casts per part. Event-loop bound.
final class DownstreamTimeouts {
    struct Limits {
        var requestHeaders: TimeAmount?
        var idle: TimeAmount?
        var streamIdle: TimeAmount?
        var maxConnectionDuration: TimeAmount?
    }

    private let limits: Limits
    private let stats: ConnectionManagerStats
    private var context: ChannelHandlerContext?
    private var inFlight = 0
    /// When the connection last saw a part either way: timers check it when they fire rather than being
    /// rescheduled on every part (a timer per part would cost more than the request).
    private var lastActivity = NIODeadline.now()
    private var idleSince = NIODeadline.now()
    private var headersTimer: Scheduled<Void>?
    private var idleTimer: Scheduled<Void>?
    private var streamTimer: Scheduled<Void>?
    private var durationTimer: Scheduled<Void>?

    private let account: DownstreamConnectionAccount
    /// Called when `stream_idle_timeout` fires: the handler answers or resets the stream in flight.
    private var streamIdle: (() -> Void)?

    init(limits: Limits, stats: ConnectionManagerStats, account: DownstreamConnectionAccount) {
        self.limits = limits
        self.stats = stats
        self.account = account
    }

    /// Arms the connection's timers; `drain` is called when `max_connection_duration` is reached, `streamIdle` when
    /// a request in flight saw no part either way for `stream_idle_timeout`.
    func start(
        _ context: ChannelHandlerContext, drain: @escaping () -> Void, streamIdle: @escaping () -> Void
    ) {
        self.context = context
        self.streamIdle = streamIdle
        idleSince = .now()
        if let limit = limits.idle { scheduleIdle(in: limit) }
        if let limit = limits.requestHeaders { scheduleHeaders(in: limit) }
        if let duration = limits.maxConnectionDuration {
            durationTimer = context.eventLoop.assumeIsolated().scheduleTask(in: duration) {
                self.stats.downstreamCxMaxDurationReached.inc()
                drain()
            }
        }
    }

    /// A request part was read.
    func read(isHead: Bool) {
        lastActivity = .now()
        if isHead {
            inFlight += 1
            if inFlight == 1, let limit = limits.streamIdle, streamTimer == nil { scheduleStream(in: limit) }
        }
    }

    /// A response part was written.
    func wrote(isEnd: Bool) {
        lastActivity = .now()
        guard isEnd else { return }
        inFlight = max(0, inFlight - 1)
        if inFlight == 0 {
            idleSince = lastActivity
            if let limit = limits.requestHeaders, headersTimer == nil { scheduleHeaders(in: limit) }
        }
    }

    /// `idle_timeout`: no request in flight for the whole period. One timer per connection, re-armed on firing.
    private func scheduleIdle(in delay: TimeAmount) {
        guard let context else { return }
        idleTimer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            guard let limit = self.limits.idle else { return }
            let quiet = NIODeadline.now() - self.idleSince
            if self.inFlight == 0 && quiet >= limit {
                self.stats.downstreamCxIdleTimeout.inc()
                self.account.closingLocally()
                self.context?.close(promise: nil)
            } else {
                self.scheduleIdle(in: self.inFlight == 0 ? limit - quiet : limit)
            }
        }
    }

    /// `request_headers_timeout`: a request must follow the last response (or the connection) within the limit.
    private func scheduleHeaders(in delay: TimeAmount) {
        guard let context else { return }
        headersTimer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            self.headersTimer = nil
            guard self.inFlight == 0, let limit = self.limits.requestHeaders else { return }
            if NIODeadline.now() - self.idleSince >= limit {
                self.stats.downstreamRqHeaderTimeout.inc()
                self.account.closingLocally()
                self.context?.close(promise: nil)
            }
        }
    }

    /// `stream_idle_timeout`: while a request is in flight, some part must pass either way within the limit.
    private func scheduleStream(in delay: TimeAmount) {
        guard let context else { return }
        streamTimer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            self.streamTimer = nil
            guard self.inFlight > 0, let limit = self.limits.streamIdle else { return }
            let quiet = NIODeadline.now() - self.lastActivity
            if quiet >= limit {
                self.stats.downstreamRqIdleTimeout.inc()
                self.streamIdle?()
            } else {
                self.scheduleStream(in: limit - quiet)
            }
        }
    }

    /// Stops every timer and lets go of the context (which the timers' closures and this object would keep alive).
    func stop() {
        for timer in [headersTimer, idleTimer, streamTimer, durationTimer] { timer?.cancel() }
        headersTimer = nil
        idleTimer = nil
        streamTimer = nil
        durationTimer = nil
        context = nil
        streamIdle = nil
    }
}

import NIOConcurrencyHelpers
import NIOCore

/// The open downstream connections, so that a drain can quiesce each (NIO's `ChannelShouldQuiesceEvent`, as
/// swift-nio-extras' `ServerQuiescingHelper` sends it): HTTP/1.1 closes after its current response, HTTP/2 sends
/// its GOAWAY frames. Touched once per connection open and close, never per request.
final class DownstreamConnections: Sendable {
    private struct State {
        var channels: [ObjectIdentifier: Channel] = [:]
        /// Set by `drain()`: a connection accepted while the listeners were closing is quiesced as it arrives.
        var draining = false
    }

    private let state = NIOLockedValueBox(State())

    func add(_ channel: Channel) {
        let draining = state.withLockedValue { state in
            state.channels[ObjectIdentifier(channel)] = channel
            return state.draining
        }
        channel.closeFuture.whenComplete { _ in
            self.state.withLockedValue { $0.channels[ObjectIdentifier(channel)] = nil }
        }
        // After its pipeline is built: the initializer that calls this runs before the handlers are added.
        if draining { channel.eventLoop.execute { Self.quiesce(channel) } }
    }

    var count: Int { state.withLockedValue { $0.channels.count } }

    var all: [Channel] { state.withLockedValue { Array($0.channels.values) } }

    private static func quiesce(_ channel: Channel) {
        channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
    }

    /// Asks every connection to close once its in-flight requests complete (idle HTTP/1.1 ones close now); so too
    /// every connection accepted from now on.
    func drain() {
        state.withLockedValue { $0.draining = true }
        for channel in all { Self.quiesce(channel) }
    }

    /// A drain sequence with Envoy's `--drain-strategy`: `immediate` asks every connection now; `gradual` asks each
    /// at a random moment within `drainTime`, so the share asked grows linearly (Envoy's drain manager closes with
    /// probability elapsed / drain time).
    /// With `closeIdle` false (a listener update's drain), an idle HTTP/1.1 connection is not closed under a client
    /// that may be sending its next request, as in Envoy: that response carries `connection: close` instead.
    func drain(strategy: DrainStrategy, over drainTime: TimeAmount, closeIdle: Bool = true) {
        let ask: @Sendable (Channel) -> Void = { channel in
            if closeIdle { Self.quiesce(channel) } else {
                channel.pipeline.fireUserInboundEventTriggered(ListenerUpdateDrain())
            }
        }
        guard strategy == .gradual, drainTime.nanoseconds > 0 else {
            for channel in all { ask(channel) }
            return
        }
        for channel in all {
            let delay = TimeAmount.nanoseconds(Int64.random(in: 0..<drainTime.nanoseconds))
            channel.eventLoop.scheduleTask(in: delay) { ask(channel) }
        }
    }

    /// Completes once every connection open now has closed, or at the deadline, whichever comes first; `loop`
    /// runs the deadline. Event-driven: each connection's close future, no polling.
    func closed(within time: TimeAmount, on loop: EventLoop) -> EventLoopFuture<Void> {
        let closes = all.map(\.closeFuture)
        guard !closes.isEmpty else { return loop.makeSucceededVoidFuture() }
        let done = loop.makePromise(of: Void.self)
        // Whichever of the two comes first completes the promise.
        let finished = NIOLockedValueBox(false)
        let finish: @Sendable () -> Void = {
            let first = finished.withLockedValue { wasFinished in
                defer { wasFinished = true }
                return !wasFinished
            }
            if first { done.succeed() }
        }
        let deadline = loop.scheduleTask(in: time) { finish() }
        EventLoopFuture.andAllComplete(closes, on: loop).whenComplete { _ in
            deadline.cancel()
            finish()
        }
        return done.futureResult
    }

    func closeAll() {
        for channel in all { channel.close(promise: nil) }
    }
}

/// Envoy's `--drain-strategy`: how a drain sequence spreads the connections' closes over the drain time.
public enum DrainStrategy: String, Sendable, CaseIterable {
    case gradual, immediate
}

/// A listener update's drain: HTTP/1.1 closes after its next response, HTTP/2 answers with its GOAWAYs.
struct ListenerUpdateDrain: Sendable {}

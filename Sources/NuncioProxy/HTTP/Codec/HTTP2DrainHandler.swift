import NIOCore
import NIOHTTP2

/// Envoy's HTTP/2 drain (`ConnectionManagerImpl::startDrainSequence` and `onDrainTimeout`): first a GOAWAY with the
/// highest stream id (2^31-1), so that streams the client sent before it heard of the drain are still served; after
/// the connection manager's `drain_timeout` a GOAWAY with the last stream id opened; then the connection closes once
/// its streams have finished. A drain is asked for with NIO's `ChannelShouldQuiesceEvent`. Sits
/// after the stream multiplexer on the connection's channel and counts streams from their events. Event-loop bound.
final class HTTP2DrainHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTP2Frame
    typealias InboundOut = HTTP2Frame
    typealias OutboundOut = HTTP2Frame

    private enum State {
        case serving
        /// The first GOAWAY is out; the drain timer runs.
        case draining
        /// The final GOAWAY is out: the connection closes with its last stream.
        case closing
    }

    private var state = State.serving
    private let drainTimeout: TimeAmount
    private var openStreams = 0
    private var lastStreamID = HTTP2StreamID(0)
    private var timer: Scheduled<Void>?
    private var context: ChannelHandlerContext?

    init(drainTimeout: TimeAmount) {
        self.drainTimeout = drainTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is ChannelShouldQuiesceEvent, is ListenerUpdateDrain:
            startDrainSequence(context)
        case let created as NIOHTTP2StreamCreatedEvent:
            openStreams += 1
            if created.streamID > lastStreamID { lastStreamID = created.streamID }
        case is StreamClosedEvent:
            openStreams = max(0, openStreams - 1)
            closeIfIdle(context)
        default:
            break
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// Once per connection; later requests (another drain, a response while health checks fail) change nothing.
    func startDrainSequence(_ context: ChannelHandlerContext) {
        guard case .serving = state else { return }
        state = .draining
        goAway(lastStreamID: .maxID, context)
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: drainTimeout) { loopBound.value.onDrainTimeout() }
    }

    private func onDrainTimeout() {
        guard let context, case .draining = state else { return }
        state = .closing
        goAway(lastStreamID: lastStreamID, context)
        closeIfIdle(context)
    }

    private func goAway(lastStreamID: HTTP2StreamID, _ context: ChannelHandlerContext) {
        let frame = HTTP2Frame(
            streamID: .rootStream, payload: .goAway(lastStreamID: lastStreamID, errorCode: .noError, opaqueData: nil))
        context.writeAndFlush(wrapOutboundOut(frame), promise: nil)
    }

    private func closeIfIdle(_ context: ChannelHandlerContext) {
        guard case .closing = state, openStreams == 0 else { return }
        // A tick later: the frames of the stream that just ended are flushed first (as NIO's own handler does).
        let channel = context.channel
        context.eventLoop.execute { channel.close(promise: nil) }
    }
}

import NIOCore

/// Sits next to the socket of an HTTP/2 connection and turns the flushes of one event-loop tick into one: each
/// stream's response (or request) ends with a flush, and without this every one of them was its own `writev`.
/// Envoy writes a connection's buffer once per event-loop iteration for the same reason. Event-loop bound.
final class FlushCoalescingHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = Any

    private var flushScheduled = false

    func flush(context: ChannelHandlerContext) {
        guard !flushScheduled else { return }
        flushScheduled = true
        // Tasks run after the tick's I/O events, so every flush asked for in this tick is served by this one.
        context.eventLoop.assumeIsolated().execute {
            self.flushScheduled = false
            context.flush()
        }
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        // What was written must not wait for a tick that may not come.
        if flushScheduled { context.flush() }
        context.close(mode: mode, promise: promise)
    }
}

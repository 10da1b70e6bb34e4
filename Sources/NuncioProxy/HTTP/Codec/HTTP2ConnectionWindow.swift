import NIOCore
import NIOHTTP2

/// `initial_connection_window_size` on either side of an HTTP/2 connection. SETTINGS cannot carry a connection
/// window, so Envoy's codec sends a WINDOW_UPDATE on stream 0 for the difference from RFC 9113's 65,535 right after
/// its SETTINGS, and tops the window up again once half of it is used (nghttp2's automatic window update). NIO's
/// multiplexer keeps a 65,535 window only, so this handler does both above that size. Sits after the multiplexer, so
/// its frames pass through `NIOHTTP2Handler` and it sees the window events. Event-loop bound.
final class HTTP2ConnectionWindow: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTP2Frame
    typealias InboundOut = HTTP2Frame
    typealias OutboundOut = HTTP2Frame

    /// RFC 9113 6.9.2: every connection starts with this window.
    static let defaultSize = 65_535

    private let size: Int
    private var sent = false

    init(size: UInt32) {
        self.size = Int(size)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { sendUpdate(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        // NIOHTTP2Handler, before this one, has written its preface and SETTINGS by now.
        sendUpdate(context)
        context.fireChannelActive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // Above half the window NIO's own manager (target 65,535) stays quiet, so only one of the two tops it up.
        if let event = event as? NIOHTTP2WindowUpdatedEvent, event.streamID == .rootStream, size > Self.defaultSize,
            let window = event.inboundWindowSize, window <= size / 2
        {
            increase(by: size - window, context)
        }
        context.fireUserInboundEventTriggered(event)
    }

    private func sendUpdate(_ context: ChannelHandlerContext) {
        guard !sent else { return }
        sent = true
        if size > Self.defaultSize { increase(by: size - Self.defaultSize, context) }
    }

    private func increase(by increment: Int, _ context: ChannelHandlerContext) {
        let update = HTTP2Frame(streamID: .rootStream, payload: .windowUpdate(windowSizeIncrement: increment))
        context.writeAndFlush(wrapOutboundOut(update), promise: nil)
    }
}

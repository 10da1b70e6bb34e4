import NIOCore
import NIOHTTP1

/// Reads responses on one keep-alive client connection of the traffic generator and reports each complete one.
/// Event-loop bound.
final class TrafficClientHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    enum Event {
        /// A whole response; `keepAlive` false when the server asked to close.
        case response(status: Int, keepAlive: Bool)
        case closed
    }

    private let onEvent: (Event) -> Void
    private var head: HTTPResponseHead?

    init(onEvent: @escaping (Event) -> Void) {
        self.onEvent = onEvent
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let responseHead):
            head = responseHead
        case .body:
            break
        case .end:
            guard let head = head.take() else { return }
            onEvent(.response(status: Int(head.status.code), keepAlive: head.isKeepAlive))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        onEvent(.closed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}

import NIOCore
import NIOHTTP1

/// Hands an HTTP/2 stream's request parts (from NIOHTTP2's HTTP/1 payload codec) to the stream's connection
/// manager by a direct call; `DownstreamHandler` itself reads bytes, as on HTTP/1.1. Event-loop bound.
final class HTTP2RequestPartForwarder: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart

    private let downstream: DownstreamHandler

    init(_ downstream: DownstreamHandler) {
        self.downstream = downstream
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        downstream.receive(unwrapInboundIn(data))
    }
}

import NIOCore

/// Hands the parts of an HTTP/2 stream channel (from NIOHTTP2's HTTP/1 payload codecs) to the handler that serves
/// the stream, by a direct call: `DownstreamHandler` and `UpstreamChannelHandler` read bytes themselves on
/// HTTP/1.1, so their inbound type is `ByteBuffer`. Event-loop bound.
final class HTTP2PartForwarder<Part>: ChannelInboundHandler {
    typealias InboundIn = Part

    private let deliver: (Part) -> Void

    init(_ deliver: @escaping (Part) -> Void) {
        self.deliver = deliver
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deliver(unwrapInboundIn(data))
    }
}

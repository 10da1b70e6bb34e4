import NIOCore
import NIOHTTP1
import NIOHTTP2

/// With `codec_type: AUTO`, tells HTTP/2 prior knowledge (the client preface) from HTTP/1.1 by the first bytes,
/// then builds the matching pipeline and removes itself. Event-loop bound.
public final class HTTPProtocolSniffer: ChannelInboundHandler, RemovableChannelHandler {
    public typealias InboundIn = ByteBuffer
    public typealias InboundOut = ByteBuffer

    private static let preface = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)
    private var buffered: ByteBuffer?
    private let configure: (Channel, Bool) throws -> Void

    /// `configure(channel, isHTTP2)` adds the codec and connection manager after this handler.
    public init(configure: @escaping (Channel, Bool) throws -> Void) {
        self.configure = configure
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        if buffered == nil {
            buffered = incoming
        } else {
            buffered!.writeBuffer(&incoming)
        }
        let bytes = buffered!.readableBytesView
        let count = min(bytes.count, Self.preface.count)
        let matches = bytes.prefix(count).elementsEqual(Self.preface.prefix(count))
        guard !matches || count == Self.preface.count else { return }
        decide(context: context, isHTTP2: matches)
    }

    private func decide(context: ChannelHandlerContext, isHTTP2: Bool) {
        do {
            try configure(context.channel, isHTTP2)
        } catch {
            context.close(promise: nil)
            return
        }
        let bytes = buffered.take()!
        context.fireChannelRead(wrapInboundOut(bytes))
        context.fireChannelReadComplete()
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    public func channelInactive(context: ChannelHandlerContext) {
        context.fireChannelInactive()
    }
}

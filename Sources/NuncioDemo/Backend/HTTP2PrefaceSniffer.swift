import NIOCore

/// Tells HTTP/2 prior knowledge (the client preface) from HTTP/1.1 by the first bytes, lets `configure` build the
/// matching pipeline after itself, then replays what it buffered and leaves. Event-loop bound.
/// The engine has its own sniffer; this module does not depend on the engine.
final class HTTP2PrefaceSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private static let preface = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)
    private var buffered: ByteBuffer?
    private let configure: (Channel, _ isHTTP2: Bool) throws -> Void

    init(configure: @escaping (Channel, _ isHTTP2: Bool) throws -> Void) {
        self.configure = configure
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        if buffered == nil {
            buffered = incoming
        } else {
            buffered!.writeBuffer(&incoming)
        }
        let bytes = buffered!.readableBytesView
        let count = min(bytes.count, Self.preface.count)
        let matches = bytes.prefix(count).elementsEqual(Self.preface.prefix(count))
        // Still a prefix of the preface: wait for more bytes before deciding.
        guard !matches || count == Self.preface.count else { return }
        do {
            try configure(context.channel, matches)
        } catch {
            context.close(promise: nil)
            return
        }
        let bytesSoFar = buffered.take()!
        context.fireChannelRead(wrapInboundOut(bytesSoFar))
        context.fireChannelReadComplete()
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}

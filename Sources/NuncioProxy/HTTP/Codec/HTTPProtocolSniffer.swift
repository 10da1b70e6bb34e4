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
    /// Until the first bytes pick a codec the connection is idle: its `idle_timeout` (or `request_headers_timeout`,
    /// if shorter) runs from accept, as Envoy's connection timers do.
    private let silenceLimit: TimeAmount?
    private let timedOut: () -> Void
    private var silenceTimer: Scheduled<Void>?

    /// `configure(channel, isHTTP2)` adds the codec and connection manager after this handler; `timedOut` counts
    /// a connection closed for sending nothing within `silenceLimit`.
    public init(
        silenceLimit: TimeAmount? = nil, timedOut: @escaping () -> Void = {},
        configure: @escaping (Channel, Bool) throws -> Void
    ) {
        self.silenceLimit = silenceLimit
        self.timedOut = timedOut
        self.configure = configure
    }

    public func channelActive(context: ChannelHandlerContext) {
        if let silenceLimit {
            silenceTimer = context.eventLoop.assumeIsolated().scheduleTask(in: silenceLimit) {
                guard self.buffered == nil else { return }
                self.timedOut()
                context.close(promise: nil)
            }
        }
        context.fireChannelActive()
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
        silenceTimer?.cancel()
        silenceTimer = nil
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
        silenceTimer?.cancel()
        context.fireChannelInactive()
    }
}

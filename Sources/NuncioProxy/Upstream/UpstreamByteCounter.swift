import NIOCore
import NuncioStats

/// Counts an HTTP/2 upstream connection's socket bytes into `upstream_cx_rx_bytes_total` and
/// `upstream_cx_tx_bytes_total`: one add per read and per write, next to the socket. (An HTTP/1.1 connection's
/// `UpstreamChannelHandler` counts its own, without this extra handler.) Event-loop bound.
final class UpstreamByteCounter: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = IOData

    private let rx: Counter
    private let tx: Counter

    init(rx: Counter, tx: Counter) {
        self.rx = rx
        self.tx = tx
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        rx.add(UInt64(unwrapInboundIn(data).readableBytes))
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        tx.add(UInt64(unwrapOutboundIn(data).readableBytes))
        context.write(data, promise: promise)
    }
}

import NIOCore

/// What one downstream connection did, for the connection manager's connection stats as Envoy counts them: bytes
/// each way (`downstream_cx_rx_bytes_total`, `downstream_cx_tx_bytes_total`, added per read and per write), who
/// closed it (`downstream_cx_destroy_local` / `_remote`) and whether a request was still active then
/// (`downstream_cx_destroy_*_active_rq`). Event-loop bound: touched only on the connection's loop.
final class DownstreamConnectionAccount {
    private let stats: ConnectionManagerStats
    /// Nuncio closed the connection (a response with `connection: close`, a timeout, a drain, a protocol error);
    /// otherwise the peer did.
    private(set) var closedLocally = false
    /// A request was in flight when the connection went inactive.
    var closedWithActiveRequest = false

    init(stats: ConnectionManagerStats) {
        self.stats = stats
    }

    func read(_ bytes: Int) {
        stats.downstreamCxRxBytesTotal.add(UInt64(bytes))
    }

    func wrote(_ bytes: Int) {
        stats.downstreamCxTxBytesTotal.add(UInt64(bytes))
    }

    func closingLocally() {
        closedLocally = true
    }

    /// Counts the close; called once, from the channel's close future.
    func closed() {
        if closedLocally {
            stats.downstreamCxDestroyLocal.inc()
            if closedWithActiveRequest { stats.downstreamCxDestroyLocalActiveRq.inc() }
        } else {
            stats.downstreamCxDestroyRemote.inc()
            if closedWithActiveRequest { stats.downstreamCxDestroyRemoteActiveRq.inc() }
        }
        if closedWithActiveRequest { stats.downstreamCxDestroyActiveRq.inc() }
    }
}

/// At the socket's end of an HTTP/2 connection: its bytes each way and its local closes, for the account. Event-loop
/// bound.
final class DownstreamConnectionAccounting: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let account: DownstreamConnectionAccount

    init(account: DownstreamConnectionAccount) {
        self.account = account
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        account.read(unwrapInboundIn(data).readableBytes)
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        account.wrote(unwrapOutboundIn(data).readableBytes)
        context.write(data, promise: promise)
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        account.closingLocally()
        context.close(mode: mode, promise: promise)
    }
}

import NIOCore
import NIOHTTP2

/// An HTTP/1.1 upstream connection: one request at a time, back to the pool when the response allows reuse and the
/// connection has requests left (`max_requests_per_connection`). Event-loop bound.
final class UpstreamHTTP1Connection {
    let channel: Channel
    let handler: UpstreamChannelHandler
    private unowned let pool: HostConnectionPool
    /// Requests this connection may still carry; nil without a limit.
    private var remainingRequests: UInt32?
    /// When it last went back to the pool (for `idle_timeout`).
    var idleSince = NIODeadline.uptimeNanoseconds(0)

    init(channel: Channel, pool: HostConnectionPool, maxRequests: UInt32?) {
        self.channel = channel
        self.pool = pool
        self.remainingRequests = maxRequests
        self.handler = try! channel.pipeline.syncOperations.handler(type: UpstreamChannelHandler.self)
    }

    func stream(reused: Bool) -> UpstreamStream {
        // Envoy's `attachStreamToClient`: the request that uses up the connection drains it (and counts it).
        var last = false
        if let remaining = remainingRequests {
            remainingRequests = remaining - 1
            last = remaining == 1
            if last { pool.cluster.poolStats.upstreamCxMaxRequests.inc() }
        }
        // Strong: while a request runs, its stream is what keeps this connection object alive.
        return UpstreamStream(handler: handler, channel: channel, reused: reused) { reusable in
            if reusable && !last && !self.handler.closed {
                self.pool.release(self)
            } else {
                self.channel.close(promise: nil)
            }
        }
    }
}

/// An HTTP/2 upstream connection; each request gets its own stream channel. After `max_requests_per_connection`
/// streams it drains: no new streams, closed once its last one ends. Event-loop bound.
final class UpstreamHTTP2Connection {
    let channel: Channel
    let multiplexer: HTTP2StreamMultiplexer
    private unowned let pool: HostConnectionPool
    private var remainingStreams: UInt32?
    private(set) var draining = false
    private(set) var activeStreams = 0
    /// When its last stream ended (for `idle_timeout`).
    private(set) var idleSince = NIODeadline.uptimeNanoseconds(0)

    init(channel: Channel, multiplexer: HTTP2StreamMultiplexer, pool: HostConnectionPool, maxStreams: UInt32?) {
        self.channel = channel
        self.multiplexer = multiplexer
        self.pool = pool
        self.remainingStreams = maxStreams
    }

    var isUsable: Bool { channel.isActive && !draining }

    func openStream() -> EventLoopFuture<UpstreamStream> {
        if let remaining = remainingStreams {
            remainingStreams = remaining - 1
            if remaining == 1 {
                draining = true
                pool.cluster.poolStats.upstreamCxMaxRequests.inc()
            }
        }
        activeStreams += 1
        let promise = channel.eventLoop.makePromise(of: Channel.self)
        multiplexer.createStreamChannel(promise: promise) { streamChannel in
            streamChannel.eventLoop.makeCompletedFuture {
                let handler = UpstreamChannelHandler(http1: false)
                try streamChannel.pipeline.syncOperations.addHandlers(HTTP2ClientStreamCodec(handler: handler), handler)
            }
        }
        return promise.futureResult.flatMapThrowing { streamChannel in
            let handler = try streamChannel.pipeline.syncOperations.handler(type: UpstreamChannelHandler.self)
            return UpstreamStream(handler: handler, channel: streamChannel, reused: false) { reusable in
                self.streamEnded()
                guard reusable else {
                    streamChannel.close(promise: nil)
                    return
                }
                // A stream that ended both ways closes itself right after its last frame; closing it before that would
                // reset it (RST_STREAM), which upstreams count against us. Whatever is still open on the next tick (an
                // unused stream, or one the upstream has not finished) is closed then, so none is left behind.
                streamChannel.eventLoop.execute { streamChannel.close(promise: nil) }
            }
        }.flatMapErrorThrowing { _ in
            self.streamEnded()
            throw UpstreamConnectError(reason: .connectionTermination)
        }
    }

    /// No new streams; closed once the last one ends.
    func drain() {
        draining = true
        if activeStreams == 0 { channel.close(promise: nil) }
    }

    private func streamEnded() {
        activeStreams -= 1
        guard activeStreams == 0 else { return }
        if draining {
            // On the next tick, after the last stream's own close.
            let channel = self.channel
            channel.eventLoop.execute { channel.close(promise: nil) }
        } else {
            idleSince = pool.idleTimeout == nil ? idleSince : .now()
            pool.connectionIdle()
        }
    }
}

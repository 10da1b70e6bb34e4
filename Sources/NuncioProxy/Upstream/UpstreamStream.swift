import NIOCore
import NIOHTTP1

/// One request's hold on an upstream: write the request, get the response through the handler, then release.
final class UpstreamStream {
    let handler: UpstreamChannelHandler
    let channel: Channel
    /// A pooled connection that served earlier requests: it may have been closed by the upstream meanwhile.
    let reused: Bool
    private var onRelease: ((Bool) -> Void)?

    init(handler: UpstreamChannelHandler, channel: Channel, reused: Bool, onRelease: @escaping (Bool) -> Void) {
        self.handler = handler
        self.channel = channel
        self.reused = reused
        self.onRelease = onRelease
    }

    func attach(_ receiver: UpstreamResponseReceiver) {
        handler.receiver = receiver
        // Strong on purpose: the stream must outlive its proxy stream until released; release breaks the cycle.
        handler.onResponseComplete = { keepAlive in
            self.release(reusable: keepAlive)
        }
    }

    func write(_ part: HTTPClientRequestPart, flush: Bool) {
        handler.write(part, flush: flush)
    }

    /// Gives the connection back (or closes it). Safe to call more than once.
    func release(reusable: Bool) {
        handler.receiver = nil
        handler.onResponseComplete = nil
        handler.resumeReading()
        let onRelease = self.onRelease
        self.onRelease = nil
        onRelease?(reusable)
    }

    /// Abandons the request: the connection cannot be reused mid-response.
    func cancel() {
        release(reusable: false)
        channel.close(promise: nil)
    }
}

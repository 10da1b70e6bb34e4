import NIOConcurrencyHelpers
import NIOCore

/// The open downstream connections, so a drain can tell each to finish its current request and close.
/// Touched once per connection open and close, never per request.
final class DownstreamConnections: Sendable {
    private let channels = NIOLockedValueBox<[ObjectIdentifier: Channel]>([:])

    func add(_ channel: Channel) {
        channels.withLockedValue { $0[ObjectIdentifier(channel)] = channel }
        channel.closeFuture.whenComplete { _ in
            self.channels.withLockedValue { $0[ObjectIdentifier(channel)] = nil }
        }
    }

    var count: Int { channels.withLockedValue { $0.count } }

    var all: [Channel] { channels.withLockedValue { Array($0.values) } }

    /// Asks every connection to close once its in-flight request completes (idle ones close now).
    func drain() {
        for channel in all {
            channel.pipeline.fireUserInboundEventTriggered(DrainRequested())
        }
    }

    func closeAll() {
        for channel in all { channel.close(promise: nil) }
    }
}

/// Sent through a downstream pipeline when the server drains.
struct DrainRequested: Sendable {}

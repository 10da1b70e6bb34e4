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

    /// A drain sequence with Envoy's `--drain-strategy`: `immediate` asks every connection now; `gradual` asks each
    /// at a random moment within `drainTime`, so the share asked grows linearly (Envoy's drain manager closes with
    /// probability elapsed / drain time).
    func drain(strategy: DrainStrategy, over drainTime: TimeAmount, closeIdle: Bool = true) {
        let event = DrainRequested(closeIdle: closeIdle)
        guard strategy == .gradual, drainTime.nanoseconds > 0 else {
            for channel in all { channel.pipeline.fireUserInboundEventTriggered(event) }
            return
        }
        for channel in all {
            let delay = TimeAmount.nanoseconds(Int64.random(in: 0..<drainTime.nanoseconds))
            channel.eventLoop.scheduleTask(in: delay) {
                channel.pipeline.fireUserInboundEventTriggered(event)
            }
        }
    }

    func closeAll() {
        for channel in all { channel.close(promise: nil) }
    }
}

/// Envoy's `--drain-strategy`: how a drain sequence spreads the connections' closes over the drain time.
public enum DrainStrategy: String, Sendable, CaseIterable {
    case gradual, immediate
}

/// Sent through a downstream pipeline when the server drains.
struct DrainRequested: Sendable {
    /// False for a listener update's drain: as in Envoy, an idle HTTP/1 connection is not closed under a client
    /// that may be sending its next request; that response carries `connection: close` instead.
    var closeIdle = true
}

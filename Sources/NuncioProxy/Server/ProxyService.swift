import Foundation
import ServiceLifecycle

/// The engine as one service of the process's swift-service-lifecycle group (the model of Hummingbird's
/// `Application`): started before the group runs, so that a bind error fails the launch; on the group's graceful
/// shutdown (SIGTERM, SIGINT, `/quitquitquit`, the dashboard's quit) it stops accepting, quiesces every connection
/// and waits up to the drain time for them, then stops its event loops.
public struct ProxyService: Service {
    public let server: ProxyServer

    public init(server: ProxyServer) {
        self.server = server
    }

    public func run() async throws {
        // Cancellation (the group giving up) stops the engine just the same, without waiting for the drain.
        let cancelled = (try? await gracefulShutdown()) == nil
        let server = self.server
        // `shutdown` blocks until the drain is over: on a thread of its own, not the cooperative pool.
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                server.shutdown(drainTime: cancelled ? .zero : nil)
                continuation.resume()
            }
            thread.name = "nuncio.drain"
            thread.start()
        }
    }
}

import Atomics
import Foundation

/// The server-wide switches the admin API flips: health check failed (DRAINING), listeners draining, shutting down.
public final class ServerState: Sendable {
    private let healthCheckFailedFlag = ManagedAtomic<Bool>(false)
    private let shuttingDownFlag = ManagedAtomic<Bool>(false)
    public let startTime = Date()

    public init() {}

    /// After `POST /healthcheck/fail`: `/ready` says DRAINING, HTTP/1.1 responses carry `connection: close`.
    public var healthCheckFailed: Bool {
        get { healthCheckFailedFlag.load(ordering: .relaxed) }
        set { healthCheckFailedFlag.store(newValue, ordering: .relaxed) }
    }

    public var shuttingDown: Bool {
        get { shuttingDownFlag.load(ordering: .relaxed) }
        set { shuttingDownFlag.store(newValue, ordering: .relaxed) }
    }

    /// Envoy's `server.state`: 0 LIVE, 1 DRAINING, 2 PRE_INITIALIZING, 3 INITIALIZING.
    public var stateName: String { healthCheckFailed || shuttingDown ? "DRAINING" : "LIVE" }
}

/// Whether the admin source answered the last poll.
public enum ConnectionState: Sendable, Equatable {
    case connecting
    case connected
    /// The last poll failed; the next try comes after `retryIn` seconds (growing with each failure).
    case disconnected(reason: String, retryIn: Double)
}

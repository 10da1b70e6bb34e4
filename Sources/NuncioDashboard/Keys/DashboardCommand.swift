import NuncioAdminClient

/// What a key asks the run loop to do beyond changing the model: side effects that need the admin source.
public enum DashboardCommand: Sendable, Equatable {
    case perform(AdminAction)
    /// Read the logger list (`POST /logging` with no arguments), for the `L` picker and the header.
    case fetchLoggers
    /// Poll now rather than at the next tick (after an action, or a changed interval).
    case refreshNow
    case quit
}

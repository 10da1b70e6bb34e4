/// Ends a running dashboard from another thread, as Ctrl-C would: its loop sees it within one key timeout and gives
/// the terminal back.
public final class DashboardStop: Sendable {
    let flag = Flag()

    public init() {}

    public func stop() {
        flag.raise()
    }
}

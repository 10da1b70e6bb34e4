/// Why the dashboard could not start.
public enum DashboardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal, or curses does not know `TERM`.
    case noTerminal(term: String)

    public var description: String {
        switch self {
        case .noTerminal(let term): return "the dashboard needs a terminal (TERM=\(term.isEmpty ? "unset" : term))"
        }
    }
}

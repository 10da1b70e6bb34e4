/// Where the dashboard draws: curses on a real terminal, or a character grid in tests.
/// Drawing is clipped to the size; nothing shows until `refresh()`.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    /// Whether to draw colours; false for monochrome terminals and `NO_COLOR`.
    var supportsColor: Bool { get }
    /// The glyphs for bars, sparklines and lines: Unicode, or ASCII when the locale is not UTF-8.
    var glyphs: Glyphs { get }

    /// Blanks the next frame (not the screen: that changes only at `refresh`).
    func erase()
    /// Blanks the screen for real; used after a resize, when the old frame cannot be trusted.
    func clearAll()
    func draw(_ text: String, row: Int, column: Int, style: TextStyle)
    func refresh()
    /// Waits up to `timeoutMilliseconds` for a key; nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Picks up a new window size after SIGWINCH.
    func handleResize()
}

extension Terminal {
    public func handleResize() {}
}

public struct TerminalSize: Sendable, Equatable {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}

/// A terminal that draws into a grid of characters, for tests: render, then read `lines` or `text`.
public final class InMemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public var supportsColor: Bool
    public var glyphs: Glyphs
    /// Keys `readKey` hands out, first to last; nil once empty.
    public var pendingKeys: [Key] = []
    public private(set) var refreshCount = 0
    public private(set) var clearCount = 0

    private var frame: [[Character]]
    private var frameStyles: [[TextStyle]]
    /// The grid as of the last `refresh()`, like a real screen.
    private var shown: [[Character]]
    private var shownStyles: [[TextStyle]]

    public init(rows: Int = 24, columns: Int = 80, supportsColor: Bool = true, glyphs: Glyphs = .unicode) {
        size = TerminalSize(rows: rows, columns: columns)
        self.supportsColor = supportsColor
        self.glyphs = glyphs
        frame = Self.blank(size)
        frameStyles = Self.blankStyles(size)
        shown = frame
        shownStyles = frameStyles
    }

    public func resize(rows: Int, columns: Int) {
        size = TerminalSize(rows: rows, columns: columns)
        frame = Self.blank(size)
        frameStyles = Self.blankStyles(size)
    }

    public func erase() {
        frame = Self.blank(size)
        frameStyles = Self.blankStyles(size)
    }

    public func clearAll() {
        clearCount += 1
        erase()
        shown = frame
        shownStyles = frameStyles
    }

    public func draw(_ text: String, row: Int, column: Int, style: TextStyle) {
        guard row >= 0, row < size.rows else { return }
        var col = column
        for character in text {
            guard col < size.columns else { break }
            if col >= 0 {
                frame[row][col] = character
                frameStyles[row][col] = style
            }
            col += 1
        }
    }

    public func refresh() {
        refreshCount += 1
        shown = frame
        shownStyles = frameStyles
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// The screen as of the last refresh, one string per row, trailing blanks trimmed.
    public var lines: [String] {
        shown.map { row in
            var line = String(row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    /// The first row containing `fragment`, or nil.
    public func row(containing fragment: String) -> Int? {
        lines.firstIndex { $0.contains(fragment) }
    }

    /// The style of the cell at a position on the shown screen.
    public func style(row: Int, column: Int) -> TextStyle {
        shownStyles[row][column]
    }

    private static func blank(_ size: TerminalSize) -> [[Character]] {
        Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
    }

    private static func blankStyles(_ size: TerminalSize) -> [[TextStyle]] {
        Array(repeating: Array(repeating: .plain, count: size.columns), count: size.rows)
    }
}

/// A key press, decoded from curses or scripted in tests.
public enum Key: Sendable, Equatable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case resize

    /// Builds keys from a string, one per character; handy in tests (`Key.typing("/rq")`).
    public static func typing(_ text: String) -> [Key] {
        text.map { $0 == "\n" ? .enter : .character($0) }
    }
}

import Foundation

/// The `/` filter: a regular expression over row names, case-insensitive; a leading `!` keeps the rows that do
/// not match. A pattern that does not compile matches as plain text, so typing `(` never empties the screen.
struct RowFilter: Sendable {
    let pattern: String
    let inverted: Bool
    private let expression: NSRegularExpression?

    init?(_ text: String) {
        var pattern = text
        inverted = pattern.hasPrefix("!")
        if inverted { pattern.removeFirst() }
        guard !pattern.isEmpty else { return nil }
        self.pattern = pattern
        expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    func matches(_ name: String) -> Bool {
        let found: Bool
        if let expression {
            found = expression.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        } else {
            found = name.localizedCaseInsensitiveContains(pattern)
        }
        return found != inverted
    }
}

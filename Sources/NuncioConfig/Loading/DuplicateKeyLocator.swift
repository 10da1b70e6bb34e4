import Foundation
import Yams

/// Yams rejects a duplicate mapping key before any tree exists, naming only the first occurrence's position.
/// The user needs the second one (the line to delete) and its field path, so both are recovered here: the second
/// occurrence is found in the text, renamed in place (same length, so every position holds), and the renamed
/// document is read again for the path.
extension ConfigDocument {
    static func duplicateKeyError(key: String, firstMark: Yams.Mark, file: String, text: String) -> ConfigError {
        let message = "duplicate key '\(key)'"
        guard let second = secondOccurrence(of: key, after: firstMark, in: text) else {
            return ConfigError(
                file: file, line: firstMark.line, column: firstMark.column, path: "", message: message,
                snippet: snippet(text, line: firstMark.line, column: firstMark.column))
        }
        var path = ""
        var renamed = text.utf16.map { $0 }
        renamed[second.keyOffset] = UInt16(UInt8(ascii: "~"))
        if let root = try? Yams.compose(yaml: String(decoding: renamed, as: UTF16.self)),
            let tree = try? convert(root, file: file, text: text),
            let parent = parentPath(ofKeyAt: second.line, second.column, in: tree, prefix: "")
        {
            path = parent.isEmpty ? key : "\(parent).\(key)"
        }
        return ConfigError(
            file: file, line: second.line, column: second.column, path: path, message: message,
            snippet: snippet(text, line: second.line, column: second.column))
    }

    /// The next `key:` (plain or quoted) after the first one: its line and column (at the quote, as Yams marks
    /// quoted keys), and the UTF-16 offset of the key's first character.
    private static func secondOccurrence(
        of key: String, after mark: Yams.Mark, in text: String
    ) -> (line: Int, column: Int, keyOffset: Int)? {
        let escaped = NSRegularExpression.escapedPattern(for: key)
        guard let pattern = try? NSRegularExpression(
            pattern: "(^|[\\s{,])([\"']?)(\(escaped))\\2[ \\t]*:", options: [.anchorsMatchLines])
        else { return nil }
        let source = text as NSString
        var lineStart = 0
        for _ in 1..<max(1, mark.line) {
            lineStart = NSMaxRange(source.lineRange(for: NSRange(location: lineStart, length: 0)))
        }
        let searchStart = min(source.length, lineStart + mark.column)
        let range = NSRange(location: searchStart, length: source.length - searchStart)
        guard let match = pattern.firstMatch(in: text, range: range) else { return nil }
        let markOffset = match.range(at: 2).location
        let (line, column) = position(ofUTF16Offset: markOffset, in: source)
        return (line, column, match.range(at: 3).location)
    }

    private static func position(ofUTF16Offset offset: Int, in text: NSString) -> (Int, Int) {
        let before = text.substring(to: offset)
        let line = before.utf16.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let lastNewline = (before as NSString).range(of: "\n", options: .backwards)
        let column = lastNewline.location == NSNotFound ? offset + 1 : offset - lastNewline.location
        return (line, column)
    }

    /// The field path of the mapping that holds the key at `line`:`column`.
    private static func parentPath(ofKeyAt line: Int, _ column: Int, in node: ConfigNode, prefix: String) -> String? {
        switch node.kind {
        case .mapping(let entries):
            for entry in entries {
                if entry.keyLine == line && entry.keyColumn == column { return prefix }
                let child = prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)"
                if let found = parentPath(ofKeyAt: line, column, in: entry.value, prefix: child) { return found }
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                if let found = parentPath(ofKeyAt: line, column, in: item, prefix: "\(prefix)[\(index)]") {
                    return found
                }
            }
        case .scalar, .null:
            break
        }
        return nil
    }
}

import Foundation
import Yams

/// Parses YAML (and JSON, which YAML reads as flow style) into a positioned `ConfigNode` tree.
public enum ConfigDocument {
    public static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigNode {
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            throw duplicateKeyError(key: duplicates.first ?? "", firstMark: context.mark, file: file, text: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file, text: text)
        } catch {
            throw ConfigError(file: file, line: 1, column: 1, path: "", message: "cannot parse: \(error)")
        }
        guard let node else {
            throw ConfigError(file: file, line: 1, column: 1, path: "", message: "the file is empty")
        }
        return try convert(node, file: file, text: text)
    }

    static func convert(_ node: Yams.Node, file: String, text: String) throws(ConfigError) -> ConfigNode {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style != .plain && scalar.style != .any
            if !quoted && (scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty) {
                return ConfigNode(kind: .null, line: line, column: column)
            }
            return ConfigNode(kind: .scalar(scalar.string, quoted: quoted), line: line, column: column)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try convert(item, file: file, text: text))
            }
            return ConfigNode(kind: .sequence(items), line: line, column: column)
        case .mapping(let mapping):
            var entries: [ConfigNode.Entry] = []
            var seen = Set<String>()
            for (key, value) in mapping {
                let keyLine = key.mark?.line ?? line
                let keyColumn = key.mark?.column ?? column
                guard case .scalar(let keyScalar) = key else {
                    throw ConfigError(
                        file: file, line: keyLine, column: keyColumn, path: "",
                        message: "a mapping key must be a plain string")
                }
                if !seen.insert(keyScalar.string).inserted {
                    throw ConfigError(
                        file: file, line: keyLine, column: keyColumn, path: "",
                        message: "duplicate key '\(keyScalar.string)'",
                        snippet: snippet(text, line: keyLine, column: keyColumn))
                }
                entries.append(.init(
                    key: keyScalar.string, keyLine: keyLine, keyColumn: keyColumn,
                    value: try convert(value, file: file, text: text)))
            }
            return ConfigNode(kind: .mapping(entries), line: line, column: column)
        case .alias:
            throw ConfigError(file: file, line: line, column: column, path: "", message: "unresolved YAML alias")
        }
    }

    private static func syntaxError(_ error: YamlError, file: String, text: String) -> ConfigError {
        // JSON is read as YAML flow style, but a user who wrote JSON should be told so.
        let language = file.lowercased().hasSuffix(".json") ? "JSON" : "YAML"
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "\(language) syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return ConfigError(
                file: file, line: mark.line, column: mark.column, path: "", message: message,
                snippet: snippet(text, line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            let (line, column) = position(ofOffset: offset ?? 0, in: text)
            return ConfigError(file: file, line: line, column: column, path: "", message: "cannot read: \(problem)")
        default:
            return ConfigError(file: file, line: 1, column: 1, path: "", message: "YAML error: \(error)")
        }
    }

    static func position(ofOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The source line and a caret under the column, for error messages.
    static func snippet(_ text: String, line: Int, column: Int) -> String? {
        // `\r\n` is one Character in Swift, so split on any line break rather than on "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard line >= 1, line <= lines.count else { return nil }
        let source = String(lines[line - 1]).replacingOccurrences(of: "\t", with: " ")
        return source + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
    }
}

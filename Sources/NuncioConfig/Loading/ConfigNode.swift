/// A YAML or JSON document as a tree whose every node knows its line and column.
///
/// The loader reads Envoy's bootstrap through this tree rather than `Codable` so that every error can name the
/// field path and the position in the file.
public struct ConfigNode: Sendable {
    public enum Kind: Sendable {
        case mapping([Entry])
        case sequence([ConfigNode])
        /// `quoted` is true for quoted and block scalars: those are always strings, never numbers or booleans.
        case scalar(String, quoted: Bool)
        case null
    }

    public struct Entry: Sendable {
        public var key: String
        public var keyLine: Int
        public var keyColumn: Int
        public var value: ConfigNode
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// What a user would call this node's type, for "expected X, got Y" messages.
    var typeDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .null: return "null"
        case .scalar(let text, let quoted):
            if quoted { return "the string \"\(text)\"" }
            if Int(text) != nil { return "the number \(text)" }
            if text == "true" || text == "false" { return "the boolean \(text)" }
            return "\"\(text)\""
        }
    }
}

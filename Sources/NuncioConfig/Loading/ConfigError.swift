/// A configuration error that names where it is: the file, line and column, and the field path.
///
/// The message says what was expected; `description` is the one line a user sees.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// Dotted field path such as `static_resources.clusters[1].connect_timeout`; empty for the document itself.
    public var path: String
    public var message: String
    /// The offending source line with a caret under the column, when the source is known.
    public var snippet: String?

    public init(file: String, line: Int, column: Int, path: String, message: String, snippet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.snippet = snippet
    }

    public var description: String {
        // Line 0 means the file itself (unreadable, wrong kind), not a place in it.
        let location = line == 0 ? file : "\(file):\(line):\(column)"
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(path): \(message)"
    }
}

/// Several independent errors found in one pass (for example every undefined cluster a route names).
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigError]

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

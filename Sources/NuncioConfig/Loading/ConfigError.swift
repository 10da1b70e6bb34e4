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

/// Several errors found in one load, in file order: the first `LoadContext.maxReportedErrors` of `total`.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigError]
    /// How many were found; more than `errors.count` when some were left out.
    public var total: Int

    public init(errors: [ConfigError], total: Int? = nil) {
        self.errors = errors
        self.total = total ?? errors.count
    }

    /// One error a line, then how many were left out.
    public var description: String {
        var lines = errors.map(\.description)
        if total > errors.count { lines.append("(\(total - errors.count) more errors not shown)") }
        return lines.joined(separator: "\n")
    }
}

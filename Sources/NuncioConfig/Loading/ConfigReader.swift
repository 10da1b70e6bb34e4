/// What every reader of one load shares: the file for messages, its text for snippets, and what was noticed.
final class LoadContext {
    let file: String
    let text: String
    var warnings: [ConfigWarning] = []
    /// Set when a v2-only spelling was read (`config:`, `hosts:`, v2 filter names, ...).
    var sawV2 = false
    /// Set when a value had the wrong kind (see `ValueReader.typeError`).
    var sawTypeError = false
    /// Positions kept for the checks that span the document (clusters named by routes, duplicate names).
    var clusterReferences: [(name: String, reader: ValueReader)] = []
    /// Every error found so far; the load goes on past each one so that a user sees them all at once.
    var errors: [ConfigError] = []
    /// Names of clusters whose reading failed: routes naming them are not also told the cluster is undefined.
    /// nil when a failed cluster has no readable name: then no route is told its cluster is undefined.
    var failedClusterNames: Set<String>? = []
    /// For each listener and cluster in the model, its index in the file (failed ones are left out of the model).
    var listenerIndexes: [Int] = []
    var clusterIndexes: [Int] = []
    /// The enclosing route configuration's `max_direct_response_body_size_bytes`.
    var directResponseBodyLimit: UInt32 = 4096

    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    func error(at node: ConfigNode, path: String, _ message: String) -> ConfigError {
        ConfigError(
            file: file, line: node.line, column: node.column, path: path, message: message,
            snippet: ConfigDocument.snippet(text, line: node.line, column: node.column))
    }

    func warn(at node: ConfigNode, path: String, _ message: String) {
        warnings.append(ConfigWarning(file: file, line: node.line, column: node.column, path: path, message: message))
    }
}

/// A non-fatal note about the config, such as a deprecated v2 spelling that was accepted.
public struct ConfigWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var path: String
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(path): \(message)" }
}

/// One value of the document at a known field path, with typed accessors that fail with a `ConfigError`.
struct ValueReader {
    let node: ConfigNode
    let path: String
    let context: LoadContext

    func error(_ message: String) -> ConfigError {
        context.error(at: node, path: path, message)
    }

    func warn(_ message: String) {
        context.warn(at: node, path: path, message)
    }

    /// A value of the wrong kind: what protobuf's JSON parser refuses before any validation (Envoy's
    /// `update_failure` for a resource file, where other errors are `update_rejected`).
    func typeError(_ message: String) -> ConfigError {
        context.sawTypeError = true
        return error(message)
    }

    var isNull: Bool {
        if case .null = node.kind { return true }
        return false
    }

    func mapping() throws -> MappingReader {
        switch node.kind {
        case .mapping(let entries):
            return MappingReader(node: node, entries: entries, path: path, context: context)
        case .null:
            // `http2_protocol_options:` with nothing after it means an empty message, as in Envoy's YAML.
            return MappingReader(node: node, entries: [], path: path, context: context)
        default:
            throw typeError("expected a mapping, got \(node.typeDescription)")
        }
    }

    func list() throws -> [ValueReader] {
        switch node.kind {
        case .sequence(let items):
            return items.enumerated().map { index, item in
                ValueReader(node: item, path: "\(path)[\(index)]", context: context)
            }
        case .null:
            return []
        case .mapping, .scalar:
            // Envoy's YAML loading (protobuf's JSON parser) reads one value given for a repeated field as a list
            // of that one value: `filter_chains:` or `resources:` written as a mapping, `domains: "*"`.
            return [ValueReader(node: node, path: "\(path)[0]", context: context)]
        }
    }

    func string() throws -> String {
        guard case .scalar(let text, _) = node.kind else {
            throw typeError("expected a string, got \(node.typeDescription)")
        }
        return text
    }

    func nonEmptyString() throws -> String {
        let text = try string()
        if text.isEmpty { throw error("expected a non-empty string") }
        return text
    }

    /// A boolean as Envoy 1.40 reads one from YAML: yaml-cpp makes plain `yes`/`on`/`y` (and their negatives)
    /// booleans, and a string is parsed like `absl::SimpleAtob` (`true`, `t`, `yes`, `y`, `1`, any case).
    /// A plain `1` or `0` is a number, which Envoy rejects.
    func bool() throws -> Bool {
        guard case .scalar(let text, let quoted) = node.kind else {
            throw typeError("expected true or false, got \(node.typeDescription)")
        }
        var trueWords: Set = ["true", "t", "yes", "y"]
        var falseWords: Set = ["false", "f", "no", "n"]
        if quoted {
            trueWords.insert("1")
            falseWords.insert("0")
        } else {
            trueWords.insert("on")
            falseWords.insert("off")
        }
        let word = text.lowercased()
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        throw typeError("expected true or false, got \(node.typeDescription)")
    }

    /// An unsigned integer; proto JSON also accepts a quoted number.
    func unsigned(max: UInt64 = UInt64(UInt32.max), what: String = "a non-negative integer") throws -> UInt64 {
        guard case .scalar(let text, _) = node.kind else {
            throw typeError("expected \(what), got \(node.typeDescription)")
        }
        guard let value = UInt64(text) else {
            if let negative = Int64(text), negative < 0 {
                throw typeError("expected \(what), got \(text)")
            }
            throw typeError("expected \(what), got \(node.typeDescription)")
        }
        guard value <= max else {
            throw error("\(value) is out of range: at most \(max)")
        }
        return value
    }

    func uint32() throws -> UInt32 {
        UInt32(try unsigned())
    }

    func port() throws -> UInt16 {
        guard case .scalar(let text, _) = node.kind, let value = Int(text) else {
            throw typeError("expected a port number from 0 to 65535, got \(node.typeDescription)")
        }
        guard (0...65535).contains(value) else {
            throw error("port \(value) is out of range: expected 0 to 65535")
        }
        return UInt16(value)
    }

    func duration() throws -> ConfigDuration {
        guard case .scalar(let text, _) = node.kind else {
            throw typeError("expected a duration such as \"0.25s\", got \(node.typeDescription)")
        }
        guard let duration = ConfigDuration(parsing: text) else {
            throw typeError("expected a duration such as \"0.25s\" or \"15s\", got \"\(text)\"")
        }
        return duration
    }

    func enumValue<E: ConfigEnum>(_ type: E.Type) throws -> E {
        guard case .scalar(let text, _) = node.kind else {
            throw typeError("expected one of \(E.allCases.map(\.rawValue).joined(separator: ", ")), got \(node.typeDescription)")
        }
        // v2 wrote enums in lower case (`strict_dns`); v3 in upper case (`STRICT_DNS`).
        let upper = text.uppercased()
        if let value = E(rawValue: upper) {
            if text != upper { context.sawV2 = true }
            return value
        }
        if E.unsupportedValues.contains(upper) {
            throw error("\(upper) is not supported by nuncio; supported: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let known = E.allCases.map(\.rawValue)
        var message = "unknown value \"\(text)\"; expected one of \(known.joined(separator: ", "))"
        if let guess = closestMatch(to: upper, in: known) { message += " (did you mean \(guess)?)" }
        throw error(message)
    }

    /// A flat list of strings.
    func strings() throws -> [String] {
        try list().map { try $0.string() }
    }
}

/// An Envoy enum read from its name; upper case as v3 writes it.
protocol ConfigEnum: CaseIterable, RawRepresentable where RawValue == String {
    /// Real Envoy values that Nuncio does not implement: named as such rather than as unknown.
    static var unsupportedValues: Set<String> { get }
}

extension ConfigEnum {
    static var unsupportedValues: Set<String> { [] }
}

/// One mapping (a protobuf message) of the document. Every key must be read or rejected: `finish` names the rest.
final class MappingReader {
    let node: ConfigNode
    let entries: [ConfigNode.Entry]
    let path: String
    let context: LoadContext
    private var known: [String] = []

    init(node: ConfigNode, entries: [ConfigNode.Entry], path: String, context: LoadContext) {
        self.node = node
        self.entries = entries
        self.path = path
        self.context = context
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func error(_ message: String) -> ConfigError {
        context.error(at: node, path: path, message)
    }

    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value under `key`, or nil when absent (a YAML null counts as absent, as in proto JSON).
    func optional(_ key: String) -> ValueReader? {
        known.append(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        let reader = ValueReader(node: entry.value, path: childPath(key), context: context)
        return reader.isNull && !isMessageKey(key) ? nil : reader
    }

    /// Keys whose null value means an empty message (`http2_protocol_options:`), not "absent".
    private func isMessageKey(_ key: String) -> Bool {
        key.hasSuffix("_options") || key == "config" || key == "typed_config" || key == "admin_layer"
    }

    func required(_ key: String) throws -> ValueReader {
        guard let value = optional(key) else {
            throw error("missing required field '\(key)'")
        }
        return value
    }

    /// At most one of `keys` may be present (a protobuf oneof); returns the one that is.
    func oneOf(_ keys: [String], required: Bool, what: String) throws -> (String, ValueReader)? {
        let present = keys.compactMap { key in optional(key).map { (key, $0) } }
        if present.count > 1 {
            let names = present.map { "'\($0.0)'" }.joined(separator: " and ")
            throw present[1].1.error("\(names) cannot both be set: \(what) takes only one of \(keys.joined(separator: ", "))")
        }
        if required && present.isEmpty {
            throw error("missing \(what): expected one of \(keys.joined(separator: ", "))")
        }
        return present.first
    }

    /// Declares keys that are accepted and deliberately without effect (documented in the README).
    func ignore(_ keys: String...) {
        known.append(contentsOf: keys)
    }

    /// Rejects every key that was not read: a real Envoy field Nuncio lacks, or an unknown one with a suggestion.
    /// Each is recorded in the context, not thrown: the mapping's other fields are still good.
    func finish(unsupported: Set<String> = []) throws {
        for entry in entries where !known.contains(entry.key) {
            let at = ConfigNode(kind: .null, line: entry.keyLine, column: entry.keyColumn)
            let path = childPath(entry.key)
            if unsupported.contains(entry.key) {
                context.record(context.error(at: at, path: path, "field '\(entry.key)' is not supported by nuncio"))
                continue
            }
            var message = "unknown field '\(entry.key)'"
            if let guess = closestMatch(to: entry.key, in: known + unsupported.sorted()) {
                message += " (did you mean '\(guess)'?)"
            }
            context.record(context.error(at: at, path: path, message))
        }
    }
}

/// The closest candidate by edit distance, when it is close enough to be a plausible typo.
///
/// Dotted extension names share long prefixes (`envoy.filters.http.`), so their allowance is measured on the last
/// component: `envoy.filters.http.routr` suggests the router, `envoy.filters.http.foo` suggests nothing.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    var best: (String, Int)?
    for candidate in Set(candidates) {
        let distance = editDistance(word.lowercased(), candidate.lowercased())
        if distance < (best?.1 ?? Int.max) || (distance == best?.1 && candidate < best!.0) {
            best = (candidate, distance)
        }
    }
    guard let (candidate, distance) = best else { return nil }
    let significant = word.split(separator: ".").last.map(String.init) ?? word
    return distance <= max(2, significant.count / 3) ? candidate : nil
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

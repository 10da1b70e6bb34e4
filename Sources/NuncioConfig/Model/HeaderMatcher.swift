import Foundation

/// `envoy.config.route.v3.HeaderMatcher`, in both the v3 `string_match` and the older `*_match` spellings.
public struct HeaderMatcher: Equatable, Sendable {
    public enum Rule: Equatable, Sendable {
        case exact(String)
        case prefix(String)
        case suffix(String)
        case contains(String)
        case safeRegex(String)
        case present(Bool)
    }

    /// Lower-cased, as header names are compared.
    public var name: String
    public var rule: Rule
    public var ignoreCase: Bool
    public var invertMatch: Bool

    public init(name: String, rule: Rule, ignoreCase: Bool = false, invertMatch: Bool = false) {
        self.name = name.lowercased()
        self.rule = rule
        self.ignoreCase = ignoreCase
        self.invertMatch = invertMatch
    }
}

extension HeaderMatcher {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        name = try mapping.required("name").nonEmptyString().lowercased()
        invertMatch = try mapping.optional("invert_match")?.bool() ?? false
        ignoreCase = false
        let choice = try mapping.oneOf(
            ["string_match", "exact_match", "prefix_match", "suffix_match", "contains_match", "safe_regex_match",
             "present_match"],
            required: false, what: "the header match")
        mapping.onlyDefault("treat_missing_header_as_empty", false)
        try mapping.finish(unsupported: ["range_match", "regex_match"])
        guard let (key, value) = choice else {
            rule = .present(true)
            return
        }
        switch key {
        case "string_match":
            let inner = try value.mapping()
            ignoreCase = try inner.optional("ignore_case")?.bool() ?? false
            let (kind, pattern) = try inner.oneOf(
                ["exact", "prefix", "suffix", "contains", "safe_regex"], required: true, what: "the string match")!
            try inner.finish()
            rule = try Self.rule(kind, pattern)
        case "present_match":
            rule = .present(try value.bool())
        default:
            value.warn("deprecated field '\(key)'; use string_match")
            rule = try Self.rule(String(key.dropLast("_match".count)), value)
        }
    }

    private static func rule(_ kind: String, _ value: ValueReader) throws -> Rule {
        switch kind {
        case "exact": return .exact(try value.string())
        case "prefix": return .prefix(try value.nonEmptyString())
        case "suffix": return .suffix(try value.nonEmptyString())
        case "contains": return .contains(try value.nonEmptyString())
        default: return .safeRegex(try RegexMatcher.read(value))
        }
    }
}

/// `envoy.type.matcher.v3.RegexMatcher`: `{google_re2: {}, regex: "..."}`, checked to compile at load.
enum RegexMatcher {
    static func read(_ reader: ValueReader) throws -> String {
        let mapping = try reader.mapping()
        let regexReader = try mapping.required("regex")
        let pattern = try regexReader.string()
        // `google_re2` only names the engine, Envoy's one; its one field is deprecated and without effect there.
        if let engine = mapping.optional("google_re2") {
            try engine.mapping().finish(unsupported: ["max_program_size"])
        }
        try mapping.finish()
        do {
            _ = try NSRegularExpression(pattern: pattern)
        } catch {
            throw regexReader.error("invalid regular expression \"\(pattern)\"")
        }
        return pattern
    }
}

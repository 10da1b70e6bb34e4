/// JSON with object keys kept in insertion order, printed as Envoy's admin prints it
/// (one-space indent, `"key": value`), since clients and our tests compare bodies byte for byte.
public indirect enum JSONValue: Equatable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    /// Envoy's pretty form: newline after `{`/`[`, one space of indent per level, empty containers as `{}`/`[]`.
    public func rendered(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, depth: 0, pretty: pretty)
        return out
    }

    private func write(into out: inout String, depth: Int, pretty: Bool) {
        let newline = pretty ? "\n" : ""
        let indent = pretty ? String(repeating: " ", count: depth + 1) : ""
        let closingIndent = pretty ? String(repeating: " ", count: depth) : ""
        switch self {
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{" + newline
            for (index, (key, value)) in members.enumerated() {
                out += indent + Self.quote(key) + (pretty ? ": " : ":")
                value.write(into: &out, depth: depth + 1, pretty: pretty)
                out += (index < members.count - 1 ? "," : "") + newline
            }
            out += closingIndent + "}"
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                out += indent
                item.write(into: &out, depth: depth + 1, pretty: pretty)
                out += (index < items.count - 1 ? "," : "") + newline
            }
            out += closingIndent + "]"
        case .string(let text):
            out += Self.quote(text)
        case .int(let value):
            out += String(value)
        case .double(let value):
            out += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .bool(let value):
            out += value ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

/// A protobuf `Duration` as Envoy writes it in YAML: `0.25s`, `15s`, `1.5s`.
public struct ConfigDuration: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    public static func seconds(_ seconds: Int64) -> ConfigDuration {
        ConfigDuration(nanoseconds: seconds * 1_000_000_000)
    }

    public static func milliseconds(_ milliseconds: Int64) -> ConfigDuration {
        ConfigDuration(nanoseconds: milliseconds * 1_000_000)
    }

    /// Parses `<seconds>[.<fraction>]s` with at most nine fraction digits, as proto JSON does.
    public init?(parsing text: String) {
        guard text.hasSuffix("s") else { return nil }
        let number = text.dropLast()
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, !wholeText.isEmpty, wholeText.allSatisfy(\.isASCIIDigit),
            let whole = Int64(wholeText), whole <= 315_576_000_000
        else { return nil }
        var nanos: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.count <= 9, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            nanos = Int64(fraction.padding(toLength: 9, withPad: "0", startingAt: 0))!
        }
        self.nanoseconds = whole * 1_000_000_000 + nanos
    }

    public var milliseconds: Int64 { nanoseconds / 1_000_000 }
    public var timeInterval: Double { Double(nanoseconds) / 1e9 }
    public var isZero: Bool { nanoseconds == 0 }

    /// As proto JSON prints it: `0.250s`, `15s`, `5s`.
    public var description: String {
        let seconds = nanoseconds / 1_000_000_000
        let nanos = nanoseconds % 1_000_000_000
        if nanos == 0 { return "\(seconds)s" }
        if nanos % 1_000_000 == 0 { return "\(seconds).\(pad(nanos / 1_000_000, 3))s" }
        if nanos % 1_000 == 0 { return "\(seconds).\(pad(nanos / 1_000, 6))s" }
        return "\(seconds).\(pad(nanos, 9))s"
    }

    private func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    public static func < (lhs: ConfigDuration, rhs: ConfigDuration) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation

/// Number spellings of Envoy's admin output (it formats with fmtlib).
enum NumberFormatting {
    /// fmt's `{}`: the shortest text that reads back to the same double, without a trailing `.0`
    /// (`0`, `1.05`, `1.0076923076923077`, `1800000`, `1e+16`).
    static func shortest(_ value: Double) -> String {
        if value.isNaN {
            return "nan"
        }
        if value == value.rounded(.towardZero) && abs(value) < 1e16 {
            return String(Int64(value))
        }
        return value.description
    }

    /// printf's `%g` (six significant digits): the bucket bounds of the text output, `B1.8e+06`.
    static func general(_ value: Double) -> String {
        String(format: "%g", value)
    }

    /// `%.32g`: how Envoy prints a Prometheus histogram `_sum` (`3.1428571428571432377907513000537`).
    static func long(_ value: Double) -> String {
        String(format: "%.32g", value)
    }
}

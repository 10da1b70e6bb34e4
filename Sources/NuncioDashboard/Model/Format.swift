/// Number formatting for narrow columns: metric prefixes like HATop (12, 1.2k, 3.4M).
enum Format {
    static func count(_ value: UInt64) -> String {
        scaled(Double(value), decimalsBelowThousand: 0)
    }

    /// Requests per second: one decimal under 100, prefixes above 1000, blank-free zero as `0`.
    static func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        if value == 0 { return "0" }
        if value < 100 { return fixed(value, decimals: 1) }
        return scaled(value, decimalsBelowThousand: 0)
    }

    /// Milliseconds from a histogram quantile; Envoy records whole milliseconds, so under 1 reads `<1ms`.
    static func millis(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        if value < 1 { return "<1ms" }
        if value >= 1000 { return fixed(value / 1000, decimals: value < 100_000 ? 1 : 0) + "s" }
        return fixed(value, decimals: value < 10 ? 1 : 0) + "ms"
    }

    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return value >= 99.95 ? "100%" : fixed(value, decimals: 1) + "%"
    }

    /// `45s`, `2m03s`, `3h04m`, `2d03h`.
    static func uptime(_ seconds: Int?) -> String {
        guard let seconds else { return "-" }
        let days = seconds / 86_400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60, secs = seconds % 60
        if days > 0 { return "\(days)d\(pad(hours))h" }
        if hours > 0 { return "\(hours)h\(pad(minutes))m" }
        if minutes > 0 { return "\(minutes)m\(pad(secs))s" }
        return "\(secs)s"
    }

    static func interval(_ seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded()))ms" }
        return fixed(seconds, decimals: seconds.rounded() == seconds ? 0 : 1) + "s"
    }

    static func fixed(_ value: Double, decimals: Int) -> String {
        guard decimals > 0 else { return String(Int(value.rounded())) }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = Int((abs(value) * factor).rounded())
        let whole = scaled / Int(factor), fraction = scaled % Int(factor)
        var fractionText = String(fraction)
        while fractionText.count < decimals { fractionText = "0" + fractionText }
        return (value < 0 ? "-" : "") + "\(whole).\(fractionText)"
    }

    private static func scaled(_ value: Double, decimalsBelowThousand: Int) -> String {
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")]
        for (size, suffix) in units where value >= size {
            let reduced = value / size
            return fixed(reduced, decimals: reduced < 10 ? 1 : 0) + suffix
        }
        return fixed(value, decimals: decimalsBelowThousand)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

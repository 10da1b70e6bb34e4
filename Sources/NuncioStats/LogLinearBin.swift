/// The bins of Envoy's histogram (libcircllhist): two significant decimal digits and a decimal exponent.
///
/// An integer sample `v` lands in bin `val × 10^exp / 10` with `val` in 10...99, so 1 → [1, 1.1),
/// 13 → [13, 14), 250 → [250, 260). 0 has a bin of its own. A `UInt64` needs exponents 0...19,
/// hence `count` = 1 + 20 × 90 dense bins, indexed so that index order is value order.
enum LogLinearBin {
    static let count = 1 + 20 * 90

    /// Exact powers of ten as doubles, like circllhist's `power_of_ten` table.
    private static let powersOfTen: [Double] = [
        1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    ]

    /// The bin of a sample: integer arithmetic only, no allocation (it runs on every `record`).
    @inline(__always)
    static func index(of value: UInt64) -> Int {
        if value == 0 {
            return 0
        }
        if value < 10 {
            return 1 + Int(value) * 10 - 10
        }
        var leading = value
        var exponent = 1
        while leading >= 100 {
            leading /= 10
            exponent += 1
        }
        return 1 + exponent * 90 + Int(leading) - 10
    }

    /// Lower edge of a bin (circllhist `hist_bucket_to_double`, same operation order for the same rounding).
    static func lowerBound(ofIndex index: Int) -> Double {
        if index == 0 {
            return 0
        }
        let (exponent, val) = (index - 1).quotientAndRemainder(dividingBy: 90)
        return Double(val + 10) / 10.0 * powersOfTen[exponent]
    }

    /// Width of a bin (circllhist `hist_bucket_to_double_bin_width`); the zero bin has width 0.
    static func width(ofIndex index: Int) -> Double {
        if index == 0 {
            return 0
        }
        return powersOfTen[(index - 1) / 90] / 10.0
    }
}

/// What Envoy computes from a histogram at each stats flush: quantiles, bucket counts, sample count and sum.
///
/// The arithmetic reproduces Envoy 1.40's output (checked against the reference captures):
/// * quantile q is the sample of rank `max(1, ceil(q × n))`; the `c` samples of a bin are taken to sit
///   evenly inside it, at `left + k / (c + 1) × width` for k in 1...c; samples in the zero bin read 0;
/// * the sum counts each sample at its bin's harmonic mean `2 × left × right / (left + right)`, computed as
///   `left + left × width / (2 × left + width)`: that spelling rounds like Envoy in the last bit;
/// * a bucket `le` counts the samples of the bins whose left edge is `<= le` (integer samples: those `<= le`).
public struct HistogramStatistics: Sendable, Equatable {
    /// Envoy's supported quantiles, in per mille so the rank is computed in exact integer arithmetic.
    static let quantilesPerMille: [UInt64] = [0, 250, 500, 750, 900, 950, 990, 995, 999, 1000]
    /// The quantile labels as Envoy prints them (`P25`, `P99.5`) and lists them in JSON.
    public static let supportedQuantiles: [Double] = [0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 100]
    /// Envoy's default histogram bucket bounds.
    public static let supportedBuckets: [Double] = [
        0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000,
        300_000, 600_000, 1_800_000, 3_600_000,
    ]

    public var sampleCount: UInt64
    public var sampleSum: Double
    /// One per `supportedQuantiles`; all 0 when there are no samples (Envoy prints 0 for an empty interval).
    public var quantiles: [Double]
    /// Cumulative counts, one per `supportedBuckets`.
    public var bucketCounts: [UInt64]
    /// The non-empty bins themselves, for `histogram_buckets=detailed`.
    public var bins: [HistogramBin]

    public static let empty = HistogramStatistics(
        sampleCount: 0,
        sampleSum: 0,
        quantiles: Array(repeating: 0, count: supportedQuantiles.count),
        bucketCounts: Array(repeating: 0, count: supportedBuckets.count),
        bins: []
    )

    public init(
        sampleCount: UInt64,
        sampleSum: Double,
        quantiles: [Double],
        bucketCounts: [UInt64],
        bins: [HistogramBin]
    ) {
        self.sampleCount = sampleCount
        self.sampleSum = sampleSum
        self.quantiles = quantiles
        self.bucketCounts = bucketCounts
        self.bins = bins
    }

    /// Statistics of non-empty bins given as `(bin index, count)` in increasing bin order.
    init(bins: [(index: Int, count: UInt64)], unit: HistogramUnit) {
        let total = bins.reduce(0) { $0 &+ $1.count }
        guard total > 0 else {
            self = .empty
            return
        }
        let scale = unit == .percent ? HistogramUnit.percentScale : 1
        var sum = 0.0
        for bin in bins where bin.index != 0 {
            let left = LogLinearBin.lowerBound(ofIndex: bin.index)
            let width = LogLinearBin.width(ofIndex: bin.index)
            sum += Double(bin.count) * (left + left * width / (2 * left + width))
        }
        self.init(
            sampleCount: total,
            sampleSum: sum / scale,
            quantiles: Self.quantiles(of: bins, total: total).map { $0 / scale },
            bucketCounts: Self.supportedBuckets.map { Self.count(of: bins, atMost: $0 * scale) },
            bins: bins.map { bin in
                HistogramBin(
                    lowerBound: LogLinearBin.lowerBound(ofIndex: bin.index) / scale,
                    width: LogLinearBin.width(ofIndex: bin.index) / scale,
                    count: bin.count
                )
            }
        )
    }

    private static func quantiles(of bins: [(index: Int, count: UInt64)], total: UInt64) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(quantilesPerMille.count)
        var binPosition = 0
        var below: UInt64 = 0  // samples in the bins before `binPosition`
        for perMille in quantilesPerMille {
            let rank = max(1, rank(perMille: perMille, of: total))
            while binPosition < bins.count - 1 && below + bins[binPosition].count < rank {
                below += bins[binPosition].count
                binPosition += 1
            }
            let bin = bins[binPosition]
            if bin.index == 0 {
                result.append(0)
                continue
            }
            let left = LogLinearBin.lowerBound(ofIndex: bin.index)
            let width = LogLinearBin.width(ofIndex: bin.index)
            result.append(left + Double(rank - below) / Double(bin.count + 1) * width)
        }
        return result
    }

    /// `ceil(perMille × total / 1000)`, exact even for huge totals.
    private static func rank(perMille: UInt64, of total: UInt64) -> UInt64 {
        let product = total.multipliedFullWidth(by: perMille)
        let (quotient, remainder) = UInt64(1000).dividingFullWidth(product)
        return remainder == 0 ? quotient : quotient + 1
    }

    private static func count(of bins: [(index: Int, count: UInt64)], atMost bound: Double) -> UInt64 {
        var count: UInt64 = 0
        for bin in bins {
            guard LogLinearBin.lowerBound(ofIndex: bin.index) <= bound else {
                break
            }
            count &+= bin.count
        }
        return count
    }
}

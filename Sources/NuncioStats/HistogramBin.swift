/// One non-empty bin of a histogram: `count` samples in `[lowerBound, lowerBound + width)`.
/// The zero bin has width 0.
public struct HistogramBin: Sendable, Equatable {
    public var lowerBound: Double
    public var width: Double
    public var count: UInt64

    public init(lowerBound: Double, width: Double, count: UInt64) {
        self.lowerBound = lowerBound
        self.width = width
        self.count = count
    }
}

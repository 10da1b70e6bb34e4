import Testing

@testable import NuncioStats

@Suite struct LogLinearBinTests {
    @Test(arguments: [
        (UInt64(0), 0.0, 0.0), (1, 1, 0.1), (7, 7, 0.1), (9, 9, 0.1), (10, 10, 1), (13, 13, 1), (99, 99, 1),
        (100, 100, 10), (109, 100, 10), (250, 250, 10), (1234, 1200, 100), (999_999, 990_000, 10_000),
    ])
    func samplesLandInTwoDigitBins(value: UInt64, lower: Double, width: Double) {
        let index = LogLinearBin.index(of: value)
        #expect(LogLinearBin.lowerBound(ofIndex: index) == lower)
        #expect(LogLinearBin.width(ofIndex: index) == width)
    }

    @Test func binIndexOrderIsValueOrder() {
        let values: [UInt64] = [0, 1, 2, 9, 10, 11, 99, 100, 110, 999, 1000, 123_456_789, .max]
        let indices = values.map(LogLinearBin.index(of:))
        #expect(indices == indices.sorted())
        #expect(Set(indices).count == indices.count)
        #expect(LogLinearBin.index(of: .max) < LogLinearBin.count)
    }
}

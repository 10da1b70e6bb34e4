import Benchmark

/// The configuration every Nuncio micro-benchmark uses: wall clock, throughput and mallocs (plus instructions where
/// the kernel lets the process read its performance counters), one second a benchmark.
///
/// The thresholds are what `baseline check` calls a regression. The machines are shared and small, so wall clock
/// and throughput may move 25 % at the median before they count; mallocs are exact and may not grow at all.
public func microConfiguration(
    scalingFactor: BenchmarkScalingFactor = .one,
    timeUnits: BenchmarkTimeUnits = .nanoseconds
) -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions],
        timeUnits: timeUnits,
        scalingFactor: scalingFactor,
        maxDuration: .seconds(1),
        thresholds: [
            .wallClock: .init(relative: [.p50: 25.0]),
            .throughput: .init(relative: [.p50: 25.0]),
            .mallocCountTotal: .init(absolute: [.p50: 0]),
            .instructions: .init(relative: [.p50: 5.0]),
        ]
    )
}

import Benchmark

/// The configuration every Nuncio micro-benchmark uses: wall clock, throughput and mallocs (plus instructions where
/// the kernel lets the process read its performance counters), one second a benchmark.
///
/// The thresholds are what `baseline check` calls a regression. The machines are shared and small (a median moved
/// 30 % between two runs of the same build while a test suite ran beside them), so wall clock and throughput are
/// read at the fastest quarter (p25) and may move 35 % before they count. Mallocs are nearly exact: the check reads
/// them per iteration (1,000 operations for the per-operation benchmarks), where the process's other threads add a
/// few (16 against 18 seen); 100 more at the median is a regression, one malloc more per operation is 1,000.
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
            .wallClock: .init(relative: [.p25: 35.0]),
            .throughput: .init(relative: [.p25: 35.0]),
            .mallocCountTotal: .init(absolute: [.p50: 100]),
            .instructions: .init(relative: [.p50: 5.0]),
        ]
    )
}

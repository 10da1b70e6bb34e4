import Atomics
import Foundation

/// Interim stats store: the API the engine records into. (The full store with Envoy's renderings replaces it.)
public final class StatsStore: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var counters: [String: Counter] = [:]
    nonisolated(unsafe) private var gauges: [String: Gauge] = [:]
    nonisolated(unsafe) private var histograms: [String: Histogram] = [:]

    public init() {}

    public func counter(_ name: String) -> Counter {
        lock.lock()
        defer { lock.unlock() }
        if let existing = counters[name] { return existing }
        let created = Counter()
        counters[name] = created
        return created
    }

    public func gauge(_ name: String, importMode: GaugeImportMode = .accumulate) -> Gauge {
        lock.lock()
        defer { lock.unlock() }
        if let existing = gauges[name] { return existing }
        let created = Gauge()
        gauges[name] = created
        return created
    }

    public func histogram(_ name: String, unit: HistogramUnit = .milliseconds) -> Histogram {
        lock.lock()
        defer { lock.unlock() }
        if let existing = histograms[name] { return existing }
        let created = Histogram()
        histograms[name] = created
        return created
    }

    public func resetCounters() {
        lock.lock()
        defer { lock.unlock() }
        for counter in counters.values { counter.reset() }
    }

    public func flushHistograms() {}

    public func removeStats(withPrefix prefix: String) {
        lock.lock()
        defer { lock.unlock() }
        counters = counters.filter { !$0.key.hasPrefix(prefix) }
        gauges = gauges.filter { !$0.key.hasPrefix(prefix) }
        histograms = histograms.filter { !$0.key.hasPrefix(prefix) }
    }

    /// Counters and gauges by name, for tests and the admin until the renderers land.
    public func values() -> [String: UInt64] {
        lock.lock()
        defer { lock.unlock() }
        var result: [String: UInt64] = [:]
        for (name, counter) in counters { result[name] = counter.value }
        for (name, gauge) in gauges { result[name] = gauge.value }
        return result
    }
}

public enum GaugeImportMode: Sendable {
    case accumulate, neverImport
}

public enum HistogramUnit: Sendable {
    case milliseconds, unspecified
}

public final class Counter: Sendable {
    private let atomic = ManagedAtomic<UInt64>(0)
    private let usedFlag = ManagedAtomic<Bool>(false)

    public func inc() { add(1) }

    public func add(_ n: UInt64) {
        atomic.wrappingIncrement(by: n, ordering: .relaxed)
        if !usedFlag.load(ordering: .relaxed) { usedFlag.store(true, ordering: .relaxed) }
    }

    public var value: UInt64 { atomic.load(ordering: .relaxed) }
    public var used: Bool { usedFlag.load(ordering: .relaxed) }

    func reset() { atomic.store(0, ordering: .relaxed) }
}

public final class Gauge: Sendable {
    private let atomic = ManagedAtomic<UInt64>(0)
    private let usedFlag = ManagedAtomic<Bool>(false)

    public func inc() { add(1) }
    public func dec() { sub(1) }

    public func add(_ n: UInt64) {
        atomic.wrappingIncrement(by: n, ordering: .relaxed)
        markUsed()
    }

    public func sub(_ n: UInt64) {
        atomic.wrappingDecrement(by: n, ordering: .relaxed)
        markUsed()
    }

    public func set(_ value: UInt64) {
        atomic.store(value, ordering: .relaxed)
        markUsed()
    }

    private func markUsed() {
        if !usedFlag.load(ordering: .relaxed) { usedFlag.store(true, ordering: .relaxed) }
    }

    public var value: UInt64 { atomic.load(ordering: .relaxed) }
    public var used: Bool { usedFlag.load(ordering: .relaxed) }
}

public final class Histogram: Sendable {
    private let count = ManagedAtomic<UInt64>(0)

    public func record(_ value: UInt64) {
        count.wrappingIncrement(ordering: .relaxed)
    }

    public var sampleCount: UInt64 { count.load(ordering: .relaxed) }
}

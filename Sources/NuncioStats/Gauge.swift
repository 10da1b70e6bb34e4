import Atomics

/// How a gauge carries over a hot restart (Envoy's `Gauge::ImportMode`). Stored for the admin output only.
public enum GaugeImportMode: Sendable {
    case accumulate
    case neverImport
    case uninitialized
}

/// A value that goes up and down, as Envoy's `Gauge`. Unsigned like Envoy's: `sub` below zero wraps.
public final class Gauge: Sendable {
    public let name: String
    public let importMode: GaugeImportMode
    private let storage = ManagedAtomic<UInt64>(0)
    private let usedFlag = ManagedAtomic<Bool>(false)

    init(name: String, importMode: GaugeImportMode) {
        self.name = name
        self.importMode = importMode
    }

    public func inc() {
        add(1)
    }

    public func dec() {
        sub(1)
    }

    public func add(_ n: UInt64) {
        storage.wrappingIncrement(by: n, ordering: .relaxed)
        markUsed()
    }

    public func sub(_ n: UInt64) {
        storage.wrappingDecrement(by: n, ordering: .relaxed)
        markUsed()
    }

    public func set(_ v: UInt64) {
        storage.store(v, ordering: .relaxed)
        markUsed()
    }

    public var value: UInt64 {
        storage.load(ordering: .relaxed)
    }

    public var used: Bool {
        usedFlag.load(ordering: .relaxed)
    }

    private func markUsed() {
        if !usedFlag.load(ordering: .relaxed) {
            usedFlag.store(true, ordering: .relaxed)
        }
    }
}

import Atomics

/// A monotonically increasing count, as Envoy's `Counter`. Increments are lock-free, relaxed and allocation-free.
public final class Counter: Sendable {
    public let name: String
    private let storage = ManagedAtomic<UInt64>(0)
    private let usedFlag = ManagedAtomic<Bool>(false)

    init(name: String) {
        self.name = name
    }

    public func inc() {
        add(1)
    }

    public func add(_ n: UInt64) {
        storage.wrappingIncrement(by: n, ordering: .relaxed)
        markUsed()
    }

    public var value: UInt64 {
        storage.load(ordering: .relaxed)
    }

    /// True once anything was added, even after a reset: that is what `?usedonly` shows.
    public var used: Bool {
        usedFlag.load(ordering: .relaxed)
    }

    /// `POST /reset_counters`: the value goes back to 0 but the stat stays used.
    func reset() {
        storage.store(0, ordering: .relaxed)
    }

    private func markUsed() {
        // A load first, so the hot path does not write the flag's cache line on every increment.
        if !usedFlag.load(ordering: .relaxed) {
            usedFlag.store(true, ordering: .relaxed)
        }
    }
}

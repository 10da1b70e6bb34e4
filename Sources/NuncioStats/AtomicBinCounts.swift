import Atomics

/// One relaxed atomic counter per histogram bin, in a single contiguous allocation.
///
/// `ManagedAtomic` per bin would be 1 801 objects per histogram; one buffer of atomic representations
/// addressed through `UnsafeAtomic(at:)` is the same lock-free increment without the objects.
final class AtomicBinCounts: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<UnsafeAtomic<UInt64>.Storage>

    init() {
        storage = .allocate(capacity: LogLinearBin.count)
        storage.initialize(repeating: UnsafeAtomic<UInt64>.Storage(0), count: LogLinearBin.count)
    }

    deinit {
        storage.deinitialize(count: LogLinearBin.count)
        storage.deallocate()
    }

    @inline(__always)
    func increment(binIndex: Int) {
        UnsafeAtomic<UInt64>(at: storage + binIndex).wrappingIncrement(ordering: .relaxed)
    }

    /// The non-empty bins, in increasing order. Concurrent increments may or may not be included.
    func nonEmptyBins() -> [(index: Int, count: UInt64)] {
        var bins: [(index: Int, count: UInt64)] = []
        for index in 0..<LogLinearBin.count {
            let count = UnsafeAtomic<UInt64>(at: storage + index).load(ordering: .relaxed)
            if count > 0 {
                bins.append((index, count))
            }
        }
        return bins
    }
}

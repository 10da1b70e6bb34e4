import NIOPosix

/// Envoy's `EdfScheduler` (`upstream/edf_scheduler.h`): weighted round robin by earliest deadline first. Each host
/// is due at `current time + 1 / weight`; a pick takes the earliest (ties in insertion order) and puts it back with
/// its weight at that moment, so weights may change between picks (least request's `weight / (active + 1)^bias`).
/// Items are hosts, or locality indices for `locality_weighted_lb_config`.
/// Event-loop bound: each worker has its own, as each Envoy worker has its own load balancer.
final class EdfScheduler<Item> {
    private struct Entry {
        var deadline: Double
        var order: UInt64
        var index: Int

        func before(_ other: Entry) -> Bool {
            deadline < other.deadline || (deadline == other.deadline && order < other.order)
        }
    }

    /// The host set this schedule was built from: when the cluster's set changes, the worker builds a new one.
    let owner: HostSet
    private let items: [Item]
    private var heap: [Entry] = []
    private var currentTime = 0.0
    private var nextOrder: UInt64 = 0

    init(owner: HostSet, items: [Item], weight: (Item) -> Double) {
        self.owner = owner
        self.items = items
        heap.reserveCapacity(items.count)
        for index in items.indices { add(index, weight: weight(items[index])) }
    }

    func pickAndAdd(weight: (Item) -> Double) -> Item {
        let top = heap[0]
        currentTime = top.deadline
        removeTop()
        add(top.index, weight: weight(items[top.index]))
        return items[top.index]
    }

    private func add(_ index: Int, weight: Double) {
        // A weight of 0 (least request with a huge active count) would never come due; keep it just schedulable.
        heap.append(Entry(deadline: currentTime + 1 / Swift.max(weight, 1e-9), order: nextOrder, index: index))
        nextOrder &+= 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].before(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func removeTop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var smallest = left
            if left + 1 < heap.count, heap[left + 1].before(heap[left]) { smallest = left + 1 }
            guard heap[smallest].before(heap[parent]) else { return }
            heap.swapAt(smallest, parent)
            parent = smallest
        }
    }
}

/// Each thread's EDF schedules, by load balancer, host source and locality. Thread-confined: a thread only ever
/// sees its own instance (through `current`), which is what makes the unchecked `Sendable` sound.
final class WorkerSchedules: @unchecked Sendable {
    struct Key: Hashable {
        var balancer: ObjectIdentifier
        var source: Int
        /// The locality whose hosts are scheduled, or `nil` for the source's hosts in every locality.
        var locality: Int?
    }

    private static let perThread = ThreadSpecificVariable<WorkerSchedules>()
    var schedules: [Key: EdfScheduler<Host>] = [:]
    /// Locality schedules (`locality` nil in their key), over the indices of localities with a positive weight.
    var localitySchedules: [Key: EdfScheduler<Int>] = [:]

    static var current: WorkerSchedules {
        if let schedules = perThread.currentValue { return schedules }
        let schedules = WorkerSchedules()
        perThread.currentValue = schedules
        return schedules
    }
}

import NIOCore

/// One worker's timers for requests that share a timeout length (a route's `timeout`): each request's deadline goes
/// at the tail of a FIFO, which keeps it in order since the length is the same, and one scheduled task fires at the
/// head's deadline, then re-arms for the next. Adding and removing a request cost no scheduling: a `scheduleTask`
/// and its `cancel` were about 5,000 instructions a request. Event-loop bound.
final class DeadlineQueue {
    /// What a queue holds: a request that wants `deadlinePassed()` at its deadline unless removed before.
    class Entry {
        fileprivate var deadline = NIODeadline.uptimeNanoseconds(0)
        fileprivate var next: Entry?
        // Unowned: the list's `next` links and `head` own the entries.
        fileprivate unowned(unsafe) var previous: Entry?
        fileprivate unowned(unsafe) var queue: DeadlineQueue?

        /// Whether the entry waits in a queue.
        var isQueued: Bool { queue != nil }

        /// Called on the worker's loop at the deadline; the entry has left its queue.
        func deadlinePassed() {}

        /// Leaves the queue, if in one.
        func leaveDeadlineQueue() {
            queue?.remove(self)
        }
    }

    private let timeout: TimeAmount
    private let eventLoop: EventLoop
    private var head: Entry?
    private unowned(unsafe) var tail: Entry?
    private var armed = false
    private var firing = false

    init(timeout: TimeAmount, eventLoop: EventLoop) {
        self.timeout = timeout
        self.eventLoop = eventLoop
    }

    /// Queues `entry` for now plus the timeout.
    func add(_ entry: Entry) {
        entry.leaveDeadlineQueue()
        entry.deadline = eventLoop.now + timeout
        entry.queue = self
        entry.previous = tail
        if let tail { tail.next = entry } else { head = entry }
        tail = entry
        if !armed && !firing { arm(at: entry.deadline) }
    }

    fileprivate func remove(_ entry: Entry) {
        if let previous = entry.previous { previous.next = entry.next } else { head = entry.next }
        if let next = entry.next { next.previous = entry.previous } else { tail = entry.previous }
        entry.next = nil
        entry.previous = nil
        entry.queue = nil
    }

    private func arm(at deadline: NIODeadline) {
        armed = true
        eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { self.fire() }
    }

    /// Ends the entries whose deadline passed; an entry removed since arming simply is not there.
    private func fire() {
        armed = false
        firing = true
        let now = eventLoop.now
        while let first = head, first.deadline <= now {
            remove(first)
            first.deadlinePassed()
        }
        firing = false
        if let first = head { arm(at: first.deadline) }
    }
}

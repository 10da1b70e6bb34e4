import NIOConcurrencyHelpers
import NIOCore

/// What each event loop (Envoy's worker) owns: its upstream connection pools, its date cache and its request
/// timers.
/// Event-loop bound: only touched from its own loop.
final class WorkerContext {
    let eventLoop: EventLoop
    let dateCache = HTTPDateCache()
    var requestIDs = RequestIDGenerator()
    private var pools: [ObjectIdentifier: HostConnectionPool] = [:]
    private var deadlineQueues: [Int64: DeadlineQueue] = [:]

    init(eventLoop: EventLoop) {
        self.eventLoop = eventLoop
    }

    func pool(for host: Host, cluster: UpstreamCluster) -> HostConnectionPool {
        let key = ObjectIdentifier(host)
        if let pool = pools[key] { return pool }
        let pool = HostConnectionPool(host: host, cluster: cluster, eventLoop: eventLoop)
        pools[key] = pool
        return pool
    }

    /// The queue of requests whose timeout is `nanoseconds` long.
    func deadlineQueue(nanoseconds: Int64) -> DeadlineQueue {
        if let queue = deadlineQueues[nanoseconds] { return queue }
        let queue = DeadlineQueue(timeout: .nanoseconds(nanoseconds), eventLoop: eventLoop)
        deadlineQueues[nanoseconds] = queue
        return queue
    }

    /// Removes the pools `shouldDrain` picks (a cluster or host that left): idle connections close now, busy ones
    /// after their current request, as Envoy's `drainConnections`.
    func drainPools(where shouldDrain: (HostConnectionPool) -> Bool) {
        for (key, pool) in pools where shouldDrain(pool) {
            pools[key] = nil
            pool.drain()
        }
    }

    /// How many host pools this worker holds (leak tests).
    var poolCount: Int { pools.count }

    /// Closes every pooled upstream connection (on shutdown).
    func closePools() {
        for pool in pools.values { pool.closeAll() }
        pools.removeAll()
    }
}

/// Finds the worker of an event loop. Built once at start; the contexts are only used on their own loops.
final class WorkerDirectory: Sendable {
    private let workers: [ObjectIdentifier: LoopOwned]
    /// Contexts for loops outside the group (an embedded channel's), made on first use; never on the data path.
    private let strays = NIOLockedValueBox<[ObjectIdentifier: LoopOwned]>([:])

    init(group: EventLoopGroup) {
        var workers: [ObjectIdentifier: LoopOwned] = [:]
        for loop in group.makeIterator() {
            workers[ObjectIdentifier(loop)] = LoopOwned(context: WorkerContext(eventLoop: loop))
        }
        self.workers = workers
    }

    /// Must be called on `loop`.
    func worker(for loop: EventLoop) -> WorkerContext {
        if let owned = workers[ObjectIdentifier(loop)] { return owned.context }
        return strays.withLockedValue { strays in
            if let owned = strays[ObjectIdentifier(loop)] { return owned.context }
            let owned = LoopOwned(context: WorkerContext(eventLoop: loop))
            strays[ObjectIdentifier(loop)] = owned
            return owned.context
        }
    }

    /// The pools held across every worker, counted on each worker's loop.
    func poolCount() -> EventLoopFuture<Int> {
        let futures = workers.values.map { owned in
            owned.context.eventLoop.submit { owned.context.poolCount }
        }
        return EventLoopFuture.reduce(0, futures, on: futures[0].eventLoop, +)
    }

    func forEach(_ body: @escaping @Sendable (WorkerContext) -> Void) {
        for owned in workers.values {
            owned.context.eventLoop.execute { body(owned.context) }
        }
    }

    /// A worker context made off its loop at start-up and from then on used only on its loop (which
    /// `NIOLoopBound` cannot express, as it must be created on the loop).
    private struct LoopOwned: @unchecked Sendable {
        let context: WorkerContext
    }
}

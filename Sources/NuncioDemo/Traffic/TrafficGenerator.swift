import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A steady stream of HTTP/1.1 GETs to a few loopback URLs — the front proxy's `/service/1` and `/service/2` —
/// so the dashboard has something to show. `requestsPerSecond` is shared by the targets in turn, one keep-alive
/// connection each, at most one request in flight per connection: a slow target makes ticks skip (counted),
/// never a growing queue. Responses are counted by status.
///
/// Thread-safe, and nothing here blocks: `start`, `stop` and `toggle` take effect on the generator's event loop
/// an instant later, so they may be called from anywhere, an event loop included.
public final class TrafficGenerator: Sendable {
    public static let maximumRequestsPerSecond = 10_000

    public let targets: [TrafficTarget]
    private let loop: EventLoop
    private let shared: NIOLockedValueBox<Shared>
    private let driver: NIOLoopBoundBox<TrafficDriver>

    /// What the caller wants and what the driver has counted.
    struct Shared {
        var running = false
        var requestsPerSecond: Int
        var counts: [TrafficCounts]
    }

    /// - Parameter responseTimeout: a request with no whole response by then counts as a failure and its
    ///   connection is closed.
    public init(
        targets: [TrafficTarget], requestsPerSecond: Int, responseTimeout: TimeAmount = .seconds(5),
        group: EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.targets = targets
        self.loop = group.next()
        let shared = NIOLockedValueBox(Shared(
            requestsPerSecond: Self.clamped(requestsPerSecond),
            counts: Array(repeating: TrafficCounts(), count: targets.count)))
        self.shared = shared
        self.driver = NIOLoopBoundBox.makeBoxSendingValue(
            TrafficDriver(loop: loop, targets: targets, shared: shared, responseTimeout: responseTimeout),
            eventLoop: loop)
    }

    /// Targets as URLs, such as `http://127.0.0.1:8000/service/1`; throws for a non-loopback or malformed one.
    public convenience init(
        urls: [String], requestsPerSecond: Int, responseTimeout: TimeAmount = .seconds(5),
        group: EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws {
        self.init(targets: try urls.map(TrafficTarget.init(url:)), requestsPerSecond: requestsPerSecond,
            responseTimeout: responseTimeout, group: group)
    }

    /// The ticker holds the driver, not the generator: without this, a generator dropped while running would
    /// keep sending.
    deinit {
        shared.withLockedValue { $0.running = false }
        reconcile()
    }

    public var isRunning: Bool { shared.withLockedValue { $0.running } }

    public var requestsPerSecond: Int { shared.withLockedValue { $0.requestsPerSecond } }

    /// Changes the rate, kept within 1 ... `maximumRequestsPerSecond`; a running generator follows at once.
    public func setRequestsPerSecond(_ rate: Int) {
        shared.withLockedValue { $0.requestsPerSecond = Self.clamped(rate) }
        reconcile()
    }

    public func start() {
        shared.withLockedValue { $0.running = true }
        reconcile()
    }

    /// Stops sending and closes the connections; a request in flight still gets counted when it ends.
    public func stop() {
        shared.withLockedValue { $0.running = false }
        reconcile()
    }

    /// Starts when stopped, stops when running; returns whether it now runs.
    @discardableResult
    public func toggle() -> Bool {
        let running = shared.withLockedValue { shared -> Bool in
            shared.running.toggle()
            return shared.running
        }
        reconcile()
        return running
    }

    /// All targets together.
    public var counts: TrafficCounts {
        shared.withLockedValue { shared in
            shared.counts.reduce(into: TrafficCounts()) { $0.add($1) }
        }
    }

    /// One count per target, in `targets` order.
    public var countsByTarget: [TrafficCounts] { shared.withLockedValue { $0.counts } }

    public func resetCounts() {
        shared.withLockedValue { $0.counts = Array(repeating: TrafficCounts(), count: $0.counts.count) }
    }

    private func reconcile() {
        let driver = self.driver
        loop.execute { driver.value.reconcile() }
    }

    private static func clamped(_ rate: Int) -> Int {
        min(max(rate, 1), maximumRequestsPerSecond)
    }
}

import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// The traffic generator's moving parts, all on one event loop: the ticker, and one keep-alive connection per
/// target with at most one request in flight. Reads the wanted state (running, rate) and writes the counts
/// through the generator's lock; everything else here is touched on the loop only.
final class TrafficDriver {
    enum Phase {
        case closed
        case connecting
        case idle(Channel)
        case busy(Channel, timeout: Scheduled<Void>)
    }

    private let loop: EventLoop
    private let targets: [TrafficTarget]
    private let shared: NIOLockedValueBox<TrafficGenerator.Shared>
    private let responseTimeout: TimeAmount
    private var phases: [Phase]
    private var ticker: RepeatedTask?
    private var tickerRate = 0
    private var nextTarget = 0

    init(loop: EventLoop, targets: [TrafficTarget], shared: NIOLockedValueBox<TrafficGenerator.Shared>,
        responseTimeout: TimeAmount)
    {
        self.loop = loop
        self.targets = targets
        self.shared = shared
        self.responseTimeout = responseTimeout
        self.phases = Array(repeating: .closed, count: targets.count)
    }

    private var isRunning: Bool { shared.withLockedValue { $0.running } }

    /// Brings the ticker and connections in line with what the generator wants now.
    func reconcile() {
        let (running, rate) = shared.withLockedValue { ($0.running, $0.requestsPerSecond) }
        guard running, !targets.isEmpty else {
            ticker?.cancel()
            ticker = nil
            closeIdle()
            return
        }
        guard ticker == nil || tickerRate != rate else { return }
        ticker?.cancel()
        let interval = TimeAmount.nanoseconds(1_000_000_000 / Int64(rate))
        let bound = NIOLoopBound(self, eventLoop: loop)
        ticker = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in bound.value.tick() }
        tickerRate = rate
    }

    /// One request's slot: to the next target in turn, if its connection is free.
    private func tick() {
        let index = nextTarget
        nextTarget = (nextTarget + 1) % targets.count
        switch phases[index] {
        case .idle(let channel):
            send(index, on: channel)
        case .busy, .connecting:
            count(index) { $0.skipped += 1 }
        case .closed:
            connect(index)
        }
    }

    private func connect(_ index: Int) {
        phases[index] = .connecting
        let target = targets[index]
        let bound = NIOLoopBound(self, eventLoop: loop)
        let bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(.seconds(1))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Best effort, as in DemoBackend: refused to unprivileged processes in some sandboxes.
                    try? channel.syncOptions?.setOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(TrafficClientHandler { event in
                        bound.value.handle(event, index: index, channel: channel)
                    })
                }
            }
        // An IP literal needs no resolver: connect straight away rather than through getaddrinfo on a thread.
        let connection: EventLoopFuture<Channel>
        if let address = try? SocketAddress(ipAddress: target.host, port: target.port) {
            connection = bootstrap.connect(to: address)
        } else {
            connection = bootstrap.connect(host: target.host, port: target.port)
        }
        connection.whenComplete { result in
            bound.value.connected(result, index: index)
        }
    }

    private func connected(_ result: Result<Channel, Error>, index: Int) {
        switch result {
        case .success(let channel) where !isRunning:
            phases[index] = .closed
            channel.close(promise: nil)
        case .success(let channel):
            phases[index] = .idle(channel)
            send(index, on: channel)
        case .failure:
            phases[index] = .closed
            count(index) { $0.failures += 1 }
        }
    }

    private func send(_ index: Int, on channel: Channel) {
        let target = targets[index]
        var headers = HTTPHeaders()
        headers.add(name: "host", value: target.authority)
        headers.add(name: "user-agent", value: "nuncio-demo-traffic")
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: target.path, headers: headers)
        let bound = NIOLoopBound(self, eventLoop: loop)
        let timeout = loop.scheduleTask(in: responseTimeout) {
            bound.value.timedOut(index, channel: channel)
        }
        phases[index] = .busy(channel, timeout: timeout)
        count(index) { $0.sent += 1 }
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
    }

    private func handle(_ event: TrafficClientHandler.Event, index: Int, channel: Channel) {
        switch (event, phases[index]) {
        case (.response(let status, let keepAlive), .busy(let current, let timeout)) where current === channel:
            timeout.cancel()
            count(index) { $0.responsesByStatus[status, default: 0] += 1 }
            if keepAlive && isRunning {
                phases[index] = .idle(channel)
            } else {
                phases[index] = .closed
                channel.close(promise: nil)
            }
        case (.closed, .busy(let current, let timeout)) where current === channel:
            timeout.cancel()
            phases[index] = .closed
            count(index) { $0.failures += 1 }
        case (.closed, .idle(let current)) where current === channel:
            phases[index] = .closed
        default:
            break  // an event of a connection already given up
        }
    }

    private func timedOut(_ index: Int, channel: Channel) {
        guard case .busy(let current, _) = phases[index], current === channel else { return }
        phases[index] = .closed
        count(index) { $0.failures += 1 }
        channel.close(promise: nil)
    }

    /// On stop: idle connections close now; a request in flight still gets its response (or its timeout), and
    /// a connect under way closes when done, so every request sent ends up counted.
    private func closeIdle() {
        for index in phases.indices {
            guard case .idle(let channel) = phases[index] else { continue }
            phases[index] = .closed
            channel.close(promise: nil)
        }
    }

    private func count(_ index: Int, _ change: (inout TrafficCounts) -> Void) {
        shared.withLockedValue { change(&$0.counts[index]) }
    }
}

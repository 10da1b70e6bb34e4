import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// The sandbox's back end without Docker: the services' instances, each a `DemoBackend` on its own loopback address,
/// and the `DemoDNSServer` that answers each service name with its instances, as Docker's embedded DNS does.
/// `scale` is `docker-compose scale`; `stopInstance` / `restartInstance` crash one instance and bring it back.
///
/// Every instance of every service listens on one port — the seed's 80 — since a cluster names one port per host
/// name. When 80 needs a privilege the process lacks, all instances use `fallbackBackendPort` instead, and
/// `backendPort` says which one is in use: render the proxy's config after `start()`.
///
/// Thread-safe. Operations block while sockets bind or close: never call them on an event loop.
public final class DemoTopology: Sendable {
    public struct Configuration: Sendable {
        /// Instances per service at start; the seed after `docker-compose scale service1=3`.
        public var initialInstances: [String: Int]
        /// 0 picks a free port (tests); the first instance's port is then used by all.
        public var backendPort: Int
        /// Used for every instance when binding `backendPort` is refused for lack of privilege; nil to fail instead.
        public var fallbackBackendPort: Int?
        public var dnsHost: String
        /// 0 picks a free port (tests).
        public var dnsPort: Int
        public var dnsTTL: UInt32

        public init(
            initialInstances: [String: Int] = ["service1": 3, "service2": 1], backendPort: Int = 80,
            fallbackBackendPort: Int? = 10080, dnsHost: String = "127.0.0.53", dnsPort: Int = 5353,
            dnsTTL: UInt32 = 1
        ) {
            self.initialInstances = initialInstances
            self.backendPort = backendPort
            self.fallbackBackendPort = fallbackBackendPort
            self.dnsHost = dnsHost
            self.dnsPort = dnsPort
            self.dnsTTL = dnsTTL
        }
    }

    /// The most instances one service can have: its addresses are 127.0.0.(10N+1) ... (10N+9).
    public static let maximumInstances = DemoServiceName.maximumInstances

    public let configuration: Configuration
    public let dns: DemoDNSServer
    private let group: EventLoopGroup
    private let state: NIOLockedValueBox<State>

    private struct State {
        var started = false
        /// Known once the first instance has bound.
        var backendPort: Int?
        /// Service name → instance index → backend. A stopped backend stays: its container still exists.
        var instances: [String: [Int: DemoBackend]] = [:]
    }

    /// Throws when a service name is not `service<N>` with N in 1...24.
    public init(
        configuration: Configuration = Configuration(), group: EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws {
        for (name, count) in configuration.initialInstances {
            _ = try Self.number(of: name)
            try Self.checkCount(count, service: name)
        }
        self.configuration = configuration
        self.group = group
        self.dns = DemoDNSServer(
            host: configuration.dnsHost, port: configuration.dnsPort, ttl: configuration.dnsTTL, group: group)
        self.state = NIOLockedValueBox(State())
    }

    /// The services, in name order.
    public var serviceNames: [String] { configuration.initialInstances.keys.sorted() }

    /// The port every instance listens on; nil until the first instance has bound.
    public var backendPort: Int? { state.withLockedValue { $0.backendPort } }

    /// What the traffic generator should ask the front proxy for: `/service/N` for each service, as in the seed.
    public func trafficTargets(listenerHost: String = "127.0.0.1", listenerPort: Int = 8000) throws
        -> [TrafficTarget]
    {
        try serviceNames.compactMap(DemoServiceName.number(of:)).map {
            try TrafficTarget(host: listenerHost, port: listenerPort, path: "/service/\($0)")
        }
    }

    /// The proxy's bootstrap with the ports this topology really uses (call after `start()`).
    public func frontEnvoyYAML(listenerPort: Int = 8000, adminPort: Int = 8001) -> String {
        DemoFrontEnvoyConfig.render(DemoFrontEnvoyConfig.Addresses(
            listenerPort: listenerPort, adminPort: adminPort, backendPort: backendPort ?? configuration.backendPort,
            dnsHost: dns.host, dnsPort: dns.port))
    }

    /// Starts the DNS server, then the initial instances, and publishes their addresses. Does nothing when
    /// started already. On failure, whatever had started is stopped again.
    public func start() throws {
        try state.withLockedValue { state in
            guard !state.started else { return }
            do {
                try dns.start()
                for name in serviceNames {
                    try scaleLocked(&state, service: name, to: configuration.initialInstances[name] ?? 0)
                }
                state.started = true
            } catch {
                stopLocked(&state)
                throw error
            }
        }
    }

    /// Stops every instance and the DNS server, and forgets the instances; `start()` begins afresh.
    public func stop() {
        state.withLockedValue { stopLocked(&$0) }
    }

    /// The instances of `service`, by index.
    public func instances(of service: String) -> [DemoInstance] {
        state.withLockedValue { state in
            (state.instances[service] ?? [:]).sorted { $0.key < $1.key }.map { index, backend in
                Self.snapshot(service: service, index: index, backend: backend)
            }
        }
    }

    /// `docker-compose scale service=count`: stopped instances come back, new ones get the lowest free indexes
    /// and fresh container ids, and when scaling down the highest indexes go first. DNS answers follow at once.
    /// Returns the service's instances afterwards.
    @discardableResult
    public func scale(service: String, to count: Int) throws -> [DemoInstance] {
        _ = try Self.number(of: service)
        try Self.checkCount(count, service: service)
        guard configuration.initialInstances[service] != nil else {
            let known = serviceNames.joined(separator: ", ")
            throw DemoError(.unknownService, "unknown demo service '\(service)'; known: \(known)")
        }
        try state.withLockedValue { state in
            guard state.started else { throw DemoError(.notStarted, "the demo is not running; start it first") }
            try scaleLocked(&state, service: service, to: count)
        }
        return instances(of: service)
    }

    /// Stops one instance abruptly, as a crash: its address stays in DNS, so the proxy keeps choosing it and its
    /// requests fail (503, host connect failures) until `restartInstance`.
    @discardableResult
    public func stopInstance(service: String, index: Int) throws -> DemoInstance {
        try state.withLockedValue { state in
            let backend = try Self.backend(in: state, service: service, index: index)
            backend.stop()
            return Self.snapshot(service: service, index: index, backend: backend)
        }
    }

    /// Brings a stopped instance back on its address and port, with its container id.
    @discardableResult
    public func restartInstance(service: String, index: Int) throws -> DemoInstance {
        try state.withLockedValue { state in
            let backend = try Self.backend(in: state, service: service, index: index)
            try backend.start()
            return Self.snapshot(service: service, index: index, backend: backend)
        }
    }

    /// The dashboard's failure key: restarts a stopped instance of `service` if there is one, otherwise stops the
    /// highest-indexed running one. With `address`, stops or restarts that instance (the host selected on the
    /// dashboard). Returns the instance it changed; nil when the service has no (such) instance.
    @discardableResult
    public func toggleFailure(service: String, address: String? = nil) throws -> DemoInstance? {
        let current = instances(of: service)
        if let address {
            guard let instance = current.first(where: { $0.address == address }) else { return nil }
            return instance.isRunning
                ? try stopInstance(service: service, index: instance.index)
                : try restartInstance(service: service, index: instance.index)
        }
        if let stopped = current.first(where: { !$0.isRunning }) {
            return try restartInstance(service: service, index: stopped.index)
        }
        guard let running = current.last(where: \.isRunning) else { return nil }
        return try stopInstance(service: service, index: running.index)
    }

    // MARK: Under the lock

    private func scaleLocked(_ state: inout State, service: String, to count: Int) throws {
        let number = try Self.number(of: service)
        var backends = state.instances[service] ?? [:]
        defer {
            state.instances[service] = backends
            publish(service: service, backends: backends)
        }
        // Down: the newest (highest) indexes leave DNS first, then stop.
        var leaving: [DemoBackend] = []
        for index in backends.keys.sorted().reversed() where backends.count > count {
            leaving.append(backends.removeValue(forKey: index)!)
        }
        publish(service: service, backends: backends)
        for backend in leaving { backend.stop() }
        // Up: crashed instances come back, then new containers at the lowest free indexes.
        for backend in backends.values where !backend.isRunning { try backend.start() }
        var index = 1
        while backends.count < count {
            if backends[index] == nil {
                backends[index] = try startInstance(&state, service: number, index: index)
            }
            index += 1
        }
    }

    private func startInstance(_ state: inout State, service number: Int, index: Int) throws -> DemoBackend {
        let address = DemoServiceName.address(service: number, index: index)
        if let port = state.backendPort {
            let backend = DemoBackend(service: number, address: address, port: port, group: group)
            try backend.start()
            return backend
        }
        // The first instance settles the port for all: the configured one, or the fallback without privilege.
        var backend = DemoBackend(service: number, address: address, port: configuration.backendPort, group: group)
        do {
            try backend.start()
        } catch let error as DemoError where error.kind == .permissionDenied {
            guard let fallback = configuration.fallbackBackendPort else { throw error }
            backend = DemoBackend(service: number, address: address, port: fallback, group: group)
            try backend.start()
        }
        state.backendPort = backend.port
        return backend
    }

    private func publish(service: String, backends: [Int: DemoBackend]) {
        dns.setAddresses(backends.sorted { $0.key < $1.key }.map { $0.value.address }, for: service)
    }

    private func stopLocked(_ state: inout State) {
        for (service, backends) in state.instances {
            dns.removeName(service)
            for backend in backends.values { backend.stop() }
        }
        state.instances = [:]
        state.backendPort = nil
        state.started = false
        dns.stop()
    }

    // MARK: Helpers

    private static func number(of service: String) throws -> Int {
        guard let number = DemoServiceName.number(of: service) else {
            throw DemoError(.unknownService, "'\(service)' is not a demo service name: expected service1 ... service24")
        }
        return number
    }

    private static func checkCount(_ count: Int, service: String) throws {
        guard (0...maximumInstances).contains(count) else {
            throw DemoError(.tooManyInstances,
                "\(service) can have 0 to \(maximumInstances) instances, not \(count)")
        }
    }

    private static func backend(in state: State, service: String, index: Int) throws -> DemoBackend {
        guard let backend = state.instances[service]?[index] else {
            throw DemoError(.noSuchInstance, "\(service) has no instance \(index)")
        }
        return backend
    }

    private static func snapshot(service: String, index: Int, backend: DemoBackend) -> DemoInstance {
        DemoInstance(service: service, index: index, address: backend.address, port: backend.port,
            hostname: backend.hostname, isRunning: backend.isRunning, requestsServed: backend.requestsServed)
    }
}

import Atomics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NuncioConfig
import NuncioStats

/// The listeners as they run, as Envoy's `ListenerManagerImpl`: static ones from the bootstrap, and LDS updates
/// that add, modify and remove dynamic ones. A modified listener at the same address keeps its socket and new
/// connections get the new config; one at a new address gets a new socket. Either way the connections accepted
/// under the old config drain over the drain time, and a removed listener stops accepting at once and drains.
final class ListenerManager: Sendable {
    /// A listen socket and the config its new connections get.
    final class ActiveListener: Sendable {
        let slot: ManagedAtomic<ListenerRuntime>
        let channel: Channel
        /// The configured port, or the kernel's pick for port 0.
        let port: Int

        init(slot: ManagedAtomic<ListenerRuntime>, channel: Channel, configuredPort: Int) {
            self.slot = slot
            self.channel = channel
            self.port = channel.localAddress?.port ?? configuredPort
        }

        var runtime: ListenerRuntime { slot.load(ordering: .acquiring) }
    }

    private let statics: [ListenerRuntime]
    private let active = NIOLockedValueBox<[ActiveListener]>([])
    /// Configs replaced or removed whose connections are still draining, by identity.
    private let draining = NIOLockedValueBox<[ObjectIdentifier: ListenerRuntime]>([:])
    private let updateLock = NIOLock()
    private let lastVersion = NIOLockedValueBox<String?>(nil)
    private let stoppedAccepting = ManagedAtomic<Bool>(false)
    private let socket: ListenerSocket
    private let makeRuntime: @Sendable (Listener, String?) -> ListenerRuntime
    /// Run once an update's configs are built, before any serves: starts the RDS subscriptions they need.
    private let prepare: @Sendable () throws -> Void
    private let drainTime: TimeAmount
    private let drainStrategy: DrainStrategy
    private let stats: ListenerManagerStats
    private let log: EngineLog

    init(
        statics: [ListenerRuntime], socket: ListenerSocket, drainTime: TimeAmount, drainStrategy: DrainStrategy,
        store: StatsStore, log: EngineLog, makeRuntime: @escaping @Sendable (Listener, String?) -> ListenerRuntime,
        prepare: @escaping @Sendable () throws -> Void = {}
    ) {
        self.prepare = prepare
        self.statics = statics
        self.socket = socket
        self.drainTime = drainTime
        self.drainStrategy = drainStrategy
        self.stats = ListenerManagerStats(store: store)
        self.log = log
        self.makeRuntime = makeRuntime
    }

    /// The listeners serving now, static first, then dynamic ones in the order they were added.
    var listeners: [ActiveListener] { active.withLockedValue { $0 } }

    /// The version of the last LDS update applied; nil before the first.
    var versionInfo: String? { lastVersion.withLockedValue { $0 } }

    /// Configs still draining after an update replaced or removed them.
    var drainingRuntimes: [ListenerRuntime] {
        draining.withLockedValue { Array($0.values) }.sorted { $0.lastUpdated < $1.lastUpdated }
    }

    /// Every config this manager knows: serving and draining (for flushing their access logs at shutdown).
    var allRuntimes: [ListenerRuntime] { listeners.map(\.runtime) + drainingRuntimes }

    /// Listener `index`'s config, before start too (the static ones are built at init).
    func runtime(at index: Int) -> ListenerRuntime {
        let serving = listeners
        return index < serving.count ? serving[index].runtime : statics[index]
    }

    /// Binds the bootstrap's listeners. Throws when an address cannot be bound.
    func startStatics() throws {
        try updateLock.withLock {
            for runtime in statics {
                let listener = try bind(runtime)
                active.withLockedValue { $0.append(listener) }
            }
        }
        stats.listenerAdded.add(UInt64(statics.count))
        stats.listenerCreateSuccess.add(UInt64(statics.count))
        publishGauges()
    }

    private func bind(_ runtime: ListenerRuntime) throws -> ActiveListener {
        let slot = ManagedAtomic(runtime)
        let channel = try socket.bind(slot)
        return ActiveListener(slot: slot, channel: channel, configuredPort: Int(runtime.config.address.port))
    }

    /// An LDS update (state of the world): the dynamic listeners become `listeners`. Rejected whole, changing
    /// nothing, when it names a listener twice, renames a static one, gives two listeners one address, or a
    /// new address cannot be bound.
    func applyUpdate(_ listeners: [Listener], versionInfo: String) throws {
        try updateLock.withLock {
            guard !stoppedAccepting.load(ordering: .relaxed) else { throw ListenerUpdateError.stopped }
            let current = active.withLockedValue { $0 }
            let staticNames = Set(current.filter { $0.runtime.versionInfo == nil }.map(\.runtime.name))
            try validate(listeners, staticNames: staticNames, current: current)
            let byName = Dictionary(current.map { ($0.runtime.name, $0) }, uniquingKeysWith: { first, _ in first })
            // Build the new configs and bind every new socket first: a failure leaves everything as it was.
            var built: [String: ListenerRuntime] = [:]
            for config in listeners where byName[config.name]?.runtime.config != config {
                built[config.name] = makeRuntime(config, versionInfo)
            }
            try prepare()
            var bound: [String: ActiveListener] = [:]
            do {
                for config in listeners {
                    let existing = byName[config.name]
                    if let existing, existing.runtime.config.address == config.address { continue }
                    bound[config.name] = try bind(built[config.name] ?? makeRuntime(config, versionInfo))
                }
            } catch {
                for listener in bound.values { listener.channel.close(promise: nil) }
                stats.listenerCreateFailure.inc()
                throw error
            }
            var next = current.filter { $0.runtime.versionInfo == nil }
            for config in listeners {
                if let fresh = bound[config.name] {
                    if let old = byName[config.name] {
                        old.channel.close(promise: nil)
                        retire(old.runtime)
                        stats.listenerModified.inc()
                    } else {
                        stats.listenerAdded.inc()
                    }
                    stats.listenerCreateSuccess.inc()
                    next.append(fresh)
                    continue
                }
                guard let existing = byName[config.name] else { continue }
                next.append(existing)
                if existing.runtime.config != config {
                    let fresh = built[config.name] ?? makeRuntime(config, versionInfo)
                    let old = existing.slot.exchange(fresh, ordering: .acquiringAndReleasing)
                    retire(old)
                    stats.listenerModified.inc()
                    stats.listenerInPlaceUpdated.inc()
                    stats.listenerCreateSuccess.inc()
                }
            }
            let kept = Set(listeners.map(\.name))
            for listener in current where listener.runtime.versionInfo != nil && !kept.contains(listener.runtime.name) {
                listener.channel.close(promise: nil)
                retire(listener.runtime)
                stats.listenerRemoved.inc()
            }
            active.withLockedValue { $0 = next }
            lastVersion.withLockedValue { $0 = versionInfo }
            publishGauges()
        }
    }

    private func validate(_ listeners: [Listener], staticNames: Set<String>, current: [ActiveListener]) throws {
        var names = Set<String>()
        var addresses: [NuncioConfig.SocketAddress: String] = [:]
        // Port 0 asks the kernel for a fresh port each time, so it clashes with nothing.
        for listener in current where listener.runtime.versionInfo == nil && listener.runtime.config.address.port != 0 {
            addresses[listener.runtime.config.address] = listener.runtime.name
        }
        for listener in listeners {
            guard !listener.name.isEmpty else { throw ListenerUpdateError.unnamed }
            guard names.insert(listener.name).inserted else { throw ListenerUpdateError.duplicateName(listener.name) }
            guard !staticNames.contains(listener.name) else { throw ListenerUpdateError.staticName(listener.name) }
            guard listener.address.port != 0 else { continue }
            if let other = addresses[listener.address] {
                throw ListenerUpdateError.addressInUse(listener.name, address: listener.address.description, other)
            }
            addresses[listener.address] = listener.name
        }
    }

    /// A config an update replaced or removed: its connections close after their next response, all within the
    /// drain time (`--drain-strategy` spreads the asks); whatever is still open then is closed.
    private func retire(_ runtime: ListenerRuntime) {
        runtime.startDraining(over: drainTime, strategy: drainStrategy)
        let channels = runtime.connections.all
        guard !channels.isEmpty else { return }
        let key = ObjectIdentifier(runtime)
        draining.withLockedValue { $0[key] = runtime }
        runtime.connections.drain(strategy: drainStrategy, over: drainTime, closeIdle: false)
        let loop = channels[0].eventLoop
        let deadline = loop.scheduleTask(in: drainTime) { runtime.connections.closeAll() }
        EventLoopFuture.andAllComplete(channels.map(\.closeFuture), on: loop).whenComplete { _ in
            deadline.cancel()
            self.draining.withLockedValue { $0[key] = nil }
            self.publishGauges()
            self.log.log(.debug, "config", "listener '\(runtime.name)' drained")
        }
    }

    /// Stops accepting on every listener (drain and shutdown); they stay listed.
    func stopListening() {
        stoppedAccepting.store(true, ordering: .relaxed)
        let onEventLoop = MultiThreadedEventLoopGroup.currentEventLoop != nil
        for listener in listeners {
            if onEventLoop {
                listener.channel.close(promise: nil)
            } else {
                try? listener.channel.close().wait()
            }
        }
    }

    private func publishGauges() {
        stats.totalListenersActive.set(UInt64(active.withLockedValue { $0.count }))
        stats.totalListenersDraining.set(UInt64(draining.withLockedValue { $0.count }))
        stats.totalListenersWarming.set(0)
    }
}

/// Envoy's `listener_manager.*` stats.
struct ListenerManagerStats: Sendable {
    let listenerAdded: Counter
    let listenerModified: Counter
    let listenerRemoved: Counter
    let listenerInPlaceUpdated: Counter
    let listenerCreateSuccess: Counter
    let listenerCreateFailure: Counter
    let totalListenersActive: Gauge
    let totalListenersDraining: Gauge
    let totalListenersWarming: Gauge

    init(store: StatsStore) {
        listenerAdded = store.counter("listener_manager.listener_added")
        listenerModified = store.counter("listener_manager.listener_modified")
        listenerRemoved = store.counter("listener_manager.listener_removed")
        listenerInPlaceUpdated = store.counter("listener_manager.listener_in_place_updated")
        listenerCreateSuccess = store.counter("listener_manager.listener_create_success")
        listenerCreateFailure = store.counter("listener_manager.listener_create_failure")
        totalListenersActive = store.gauge("listener_manager.total_listeners_active")
        totalListenersDraining = store.gauge("listener_manager.total_listeners_draining")
        totalListenersWarming = store.gauge("listener_manager.total_listeners_warming")
    }
}

public enum ListenerUpdateError: Error, CustomStringConvertible {
    case unnamed
    case duplicateName(String)
    case staticName(String)
    case addressInUse(String, address: String, String)
    case stopped

    public var description: String {
        switch self {
        case .unnamed: return "a dynamic listener must have a name"
        case .duplicateName(let name): return "duplicate listener \(name) found"
        case .staticName(let name): return "listener '\(name)' is static and cannot be updated"
        case .addressInUse(let name, let address, let other):
            return "error adding listener '\(name)': address \(address) is already used by listener '\(other)'"
        case .stopped: return "listeners are draining; no update is applied"
        }
    }
}

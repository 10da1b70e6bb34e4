import NIOConcurrencyHelpers
import NuncioConfig
import NuncioStats

/// The EDS clusters' file subscriptions, one per cluster name, with the assignment each last delivered.
/// A cluster replaced by CDS keeps its subscription; a removed one loses it.
final class EdsSubscriptions: Sendable {
    private struct Entry {
        let subscription: PathConfigSubscription
        var assignment: ClusterLoadAssignment?
        var version: String?
    }

    private let entries = NIOLockedValueBox<[String: Entry]>([:])
    private let store: StatsStore
    private let log: EngineLog
    /// Told the name of a cluster whose assignment changed after its first one.
    private let updated = NIOLockedValueBox<(@Sendable (String) -> Void)?>(nil)

    init(store: StatsStore, log: EngineLog) {
        self.store = store
        self.log = log
    }

    func onUpdate(_ body: @escaping @Sendable (String) -> Void) {
        updated.withLockedValue { $0 = body }
    }

    /// `config` with the assignment its subscription holds: subscribes on first use (the file is read before this
    /// returns). Throws when the file does not exist.
    func withAssignment(_ config: Cluster) throws -> Cluster {
        guard let eds = config.edsClusterConfig else { return config }
        let name = config.name
        if entries.withLockedValue({ $0[name] }) == nil {
            let serviceName = eds.serviceName ?? name
            let log = self.log
            let callbacks = SubscriptionCallbacks(apply: { [weak self] resources, version in
                guard case .clusterLoadAssignments(let assignments) = resources, let assignment = assignments.first,
                    let self
                else { return }
                let known = self.entries.withLockedValue { entries -> Bool in
                    let known = entries[name]?.assignment != nil
                    entries[name]?.assignment = assignment
                    entries[name]?.version = version
                    return known
                }
                if known { self.updated.withLockedValue { $0 }?(name) }
            }, failed: { error in
                log.log(.warning, "upstream", "eds: cluster '\(name)' update rejected: \(error)")
            })
            let subscription = PathConfigSubscription(
                source: eds.edsConfig, type: .clusterLoadAssignment, resourceName: serviceName,
                statPrefix: SubscriptionStats.Prefix.eds(clusterStatName: config.altStatName ?? name), store: store,
                callbacks: callbacks)
            entries.withLockedValue { $0[name] = Entry(subscription: subscription) }
            do {
                try subscription.start()
            } catch {
                entries.withLockedValue { $0[name] = nil }
                throw error
            }
        }
        var config = config
        if let assignment = entries.withLockedValue({ $0[name]?.assignment }) { config.loadAssignment = assignment }
        return config
    }

    func assignment(of name: String) -> ClusterLoadAssignment? {
        entries.withLockedValue { $0[name]?.assignment }
    }

    /// The assignments delivered so far, for `/config_dump?include_eds`.
    var assignments: [(assignment: ClusterLoadAssignment, version: String)] {
        entries.withLockedValue { entries in
            entries.keys.sorted().compactMap { name in
                guard let entry = entries[name], let assignment = entry.assignment else { return nil }
                return (assignment, entry.version ?? "")
            }
        }
    }

    func remove(_ name: String) {
        entries.withLockedValue { $0.removeValue(forKey: name) }?.subscription.stop()
    }

    func stopAll() {
        for entry in entries.withLockedValue({ Array($0.values) }) { entry.subscription.stop() }
    }
}

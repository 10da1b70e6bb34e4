import Atomics

/// An immutable list of a cluster's hosts, swapped whole when DNS answers change so readers never lock.
public final class HostSet: AtomicReference, Sendable {
    public let hosts: [Host]
    public let healthyHosts: [Host]

    public init(hosts: [Host]) {
        self.hosts = hosts
        self.healthyHosts = hosts.filter(\.isHealthy)
    }

    /// A set with the same hosts whose healthy subset is computed again (after a health flag changed).
    public func refreshedHealth() -> HostSet {
        HostSet(hosts: hosts)
    }
}

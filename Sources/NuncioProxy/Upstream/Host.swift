import Atomics
import NIOCore
import NuncioConfig

/// One upstream host of a cluster: its address, health and the per-host counters `/clusters` prints.
///
/// Shared by every event loop, so all state is atomic. Hosts that survive a DNS refresh keep their object and
/// therefore their counts.
public final class Host: Sendable {
    public let address: NuncioConfig.SocketAddress
    /// The DNS name this host came from (`service1`), or the endpoint's `hostname`.
    public let hostname: String
    public let weight: UInt32
    /// The endpoint's `locality` (nil when unset), as `/clusters` prints it.
    public let locality: Node.Locality?
    /// The index of the host's locality in its cluster (`UpstreamCluster.endpoints`), which
    /// `locality_weighted_lb_config` weighs.
    public let localityIndex: Int
    public let socketAddress: NIOCore.SocketAddress

    public let stats = HostStats()
    let outlier = HostOutlierState()
    /// Bits of `HealthFlag`; zero means healthy.
    private let healthBits = ManagedAtomic<UInt32>(0)

    public init(
        address: NuncioConfig.SocketAddress, hostname: String, weight: UInt32 = 1, locality: Node.Locality? = nil,
        localityIndex: Int = 0
    ) throws {
        self.address = address
        self.hostname = hostname
        self.weight = weight
        self.locality = locality
        self.localityIndex = localityIndex
        self.socketAddress = try NIOCore.SocketAddress(ipAddress: address.address, port: Int(address.port))
    }

    public var healthFlags: HealthFlags { HealthFlags(rawValue: healthBits.load(ordering: .relaxed)) }
    /// Healthy and not degraded: no flag at all.
    public var isHealthy: Bool { healthBits.load(ordering: .relaxed) == 0 }
    /// Degraded only (Envoy's coarse health `Degraded`): used when too few hosts are healthy.
    public var isDegraded: Bool { healthBits.load(ordering: .relaxed) == HealthFlags.degradedEdsHealth.rawValue }
    /// Left out of the load balancer's host counts (an EDS `DRAINING` host), as Envoy's excluded hosts.
    public var isExcluded: Bool { healthFlags.contains(.edsStatusDraining) }

    /// `/clusters?format=json`'s `eds_health_status`, from the flags as Envoy derives it (TIMEOUT shows UNHEALTHY).
    public var edsHealthStatus: String {
        let flags = healthFlags
        if flags.contains(.failedEdsHealth) { return "UNHEALTHY" }
        if flags.contains(.edsStatusDraining) { return "DRAINING" }
        if flags.contains(.degradedEdsHealth) { return "DEGRADED" }
        return "HEALTHY"
    }

    public func setHealthFlag(_ flag: HealthFlags, _ on: Bool) {
        if on {
            _ = healthBits.loadThenBitwiseOr(with: flag.rawValue, ordering: .relaxed)
        } else {
            _ = healthBits.loadThenBitwiseAnd(with: ~flag.rawValue, ordering: .relaxed)
        }
    }
}

/// Envoy's host health flags as `/clusters` spells them.
public struct HealthFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let failedActiveHealthCheck = HealthFlags(rawValue: 1 << 0)
    public static let failedOutlierCheck = HealthFlags(rawValue: 1 << 1)
    public static let pendingDynamicRemoval = HealthFlags(rawValue: 1 << 2)
    /// The endpoint's `health_status` is UNHEALTHY or TIMEOUT.
    public static let failedEdsHealth = HealthFlags(rawValue: 1 << 3)
    /// The endpoint's `health_status` is DRAINING.
    public static let edsStatusDraining = HealthFlags(rawValue: 1 << 4)
    /// The endpoint's `health_status` is DEGRADED.
    public static let degradedEdsHealth = HealthFlags(rawValue: 1 << 5)

    /// The flags an endpoint's `health_status` sets, as Envoy's `setEdsHealthFlag`.
    public init(edsHealthStatus status: LbEndpoint.HealthStatus) {
        switch status {
        case .UNHEALTHY, .TIMEOUT: self = .failedEdsHealth
        case .DRAINING: self = .edsStatusDraining
        case .DEGRADED: self = .degradedEdsHealth
        case .UNKNOWN, .HEALTHY: self = []
        }
    }

    static let eds: HealthFlags = [.failedEdsHealth, .edsStatusDraining, .degradedEdsHealth]

    /// `healthy`, or the flags joined by `|` such as `/failed_active_hc`.
    public var description: String {
        if isEmpty { return "healthy" }
        var parts: [String] = []
        if contains(.failedActiveHealthCheck) { parts.append("/failed_active_hc") }
        if contains(.failedOutlierCheck) { parts.append("/failed_outlier_check") }
        if contains(.failedEdsHealth) { parts.append("/failed_eds_health") }
        if contains(.degradedEdsHealth) { parts.append("/degraded_eds_health") }
        if contains(.pendingDynamicRemoval) { parts.append("/pending_dynamic_removal") }
        if contains(.edsStatusDraining) { parts.append("/eds_status_draining") }
        return parts.joined(separator: "|")
    }
}

/// Per-host counters and gauges (Envoy's `HostStats`); not reset by `/reset_counters`, as in Envoy.
public final class HostStats: Sendable {
    public let cxActive = ManagedAtomic<Int64>(0)
    public let cxConnectFail = ManagedAtomic<UInt64>(0)
    public let cxTotal = ManagedAtomic<UInt64>(0)
    public let rqActive = ManagedAtomic<Int64>(0)
    public let rqError = ManagedAtomic<UInt64>(0)
    public let rqPendingActive = ManagedAtomic<Int64>(0)
    public let rqSuccess = ManagedAtomic<UInt64>(0)
    public let rqTimeout = ManagedAtomic<UInt64>(0)
    public let rqTotal = ManagedAtomic<UInt64>(0)

    /// In Envoy's `/clusters` order.
    public var snapshot: [(name: String, value: Int64, isGauge: Bool)] {
        [
            ("cx_active", cxActive.load(ordering: .relaxed), true),
            ("cx_connect_fail", Int64(cxConnectFail.load(ordering: .relaxed)), false),
            ("cx_total", Int64(cxTotal.load(ordering: .relaxed)), false),
            ("rq_active", rqActive.load(ordering: .relaxed), true),
            ("rq_error", Int64(rqError.load(ordering: .relaxed)), false),
            ("rq_pending_active", rqPendingActive.load(ordering: .relaxed), true),
            ("rq_success", Int64(rqSuccess.load(ordering: .relaxed)), false),
            ("rq_timeout", Int64(rqTimeout.load(ordering: .relaxed)), false),
            ("rq_total", Int64(rqTotal.load(ordering: .relaxed)), false),
        ]
    }
}

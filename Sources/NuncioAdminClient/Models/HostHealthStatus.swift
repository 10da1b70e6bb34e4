/// Envoy's `envoy.admin.v3.HostHealthStatus`: the flags that take a host out of load balancing.
/// Every field is omitted when false, so all are optional in the JSON and default to false here.
public struct HostHealthStatus: Codable, Sendable, Equatable {
    public var failedActiveHealthCheck: Bool
    public var failedOutlierCheck: Bool
    public var failedActiveDegradedCheck: Bool
    public var pendingDynamicRemoval: Bool
    public var pendingActiveHc: Bool
    public var excludedViaImmediateHcFail: Bool
    public var activeHcTimeout: Bool
    /// `UNKNOWN`, `HEALTHY`, `UNHEALTHY`, `DRAINING`, `TIMEOUT` or `DEGRADED`.
    public var edsHealthStatus: String?

    public init(
        failedActiveHealthCheck: Bool = false, failedOutlierCheck: Bool = false,
        failedActiveDegradedCheck: Bool = false, pendingDynamicRemoval: Bool = false, pendingActiveHc: Bool = false,
        excludedViaImmediateHcFail: Bool = false, activeHcTimeout: Bool = false, edsHealthStatus: String? = "HEALTHY"
    ) {
        self.failedActiveHealthCheck = failedActiveHealthCheck
        self.failedOutlierCheck = failedOutlierCheck
        self.failedActiveDegradedCheck = failedActiveDegradedCheck
        self.pendingDynamicRemoval = pendingDynamicRemoval
        self.pendingActiveHc = pendingActiveHc
        self.excludedViaImmediateHcFail = excludedViaImmediateHcFail
        self.activeHcTimeout = activeHcTimeout
        self.edsHealthStatus = edsHealthStatus
    }

    enum CodingKeys: String, CodingKey {
        case failedActiveHealthCheck = "failed_active_health_check"
        case failedOutlierCheck = "failed_outlier_check"
        case failedActiveDegradedCheck = "failed_active_degraded_check"
        case pendingDynamicRemoval = "pending_dynamic_removal"
        case pendingActiveHc = "pending_active_hc"
        case excludedViaImmediateHcFail = "excluded_via_immediate_hc_fail"
        case activeHcTimeout = "active_hc_timeout"
        case edsHealthStatus = "eds_health_status"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func flag(_ key: CodingKeys) throws -> Bool { try container.decodeIfPresent(Bool.self, forKey: key) ?? false }
        failedActiveHealthCheck = try flag(.failedActiveHealthCheck)
        failedOutlierCheck = try flag(.failedOutlierCheck)
        failedActiveDegradedCheck = try flag(.failedActiveDegradedCheck)
        pendingDynamicRemoval = try flag(.pendingDynamicRemoval)
        pendingActiveHc = try flag(.pendingActiveHc)
        excludedViaImmediateHcFail = try flag(.excludedViaImmediateHcFail)
        activeHcTimeout = try flag(.activeHcTimeout)
        edsHealthStatus = try container.decodeIfPresent(String.self, forKey: .edsHealthStatus)
    }

    /// Envoy's text `/clusters` health flags: `healthy`, or a list such as `/failed_active_hc/failed_outlier_check`.
    public var flags: [String] {
        var flags: [String] = []
        if failedActiveHealthCheck { flags.append("/failed_active_hc") }
        if failedOutlierCheck { flags.append("/failed_outlier_check") }
        if failedActiveDegradedCheck { flags.append("/degraded_active_hc") }
        if pendingDynamicRemoval { flags.append("/pending_dynamic_removal") }
        if pendingActiveHc { flags.append("/pending_active_hc") }
        if excludedViaImmediateHcFail { flags.append("/excluded_via_immediate_hc_fail") }
        if activeHcTimeout { flags.append("/active_hc_timeout") }
        switch edsHealthStatus {
        case "UNHEALTHY", "TIMEOUT": flags.append("/failed_eds_health")
        case "DEGRADED": flags.append("/degraded_eds_health")
        case "DRAINING": flags.append("/eds_status_draining")
        default: break
        }
        return flags.isEmpty ? ["healthy"] : flags
    }

    /// The summary a dashboard colours by.
    public var health: HostHealth {
        if failedActiveHealthCheck || failedOutlierCheck || excludedViaImmediateHcFail || activeHcTimeout
            || edsHealthStatus == "UNHEALTHY" || edsHealthStatus == "TIMEOUT"
        {
            return .unhealthy
        }
        if failedActiveDegradedCheck || edsHealthStatus == "DEGRADED" || edsHealthStatus == "DRAINING"
            || pendingDynamicRemoval
        {
            return .degraded
        }
        if pendingActiveHc || edsHealthStatus == "UNKNOWN" { return .unknown }
        return .healthy
    }
}

/// A host's health in one word, for colour and sorting.
public enum HostHealth: String, Sendable, Comparable, CaseIterable {
    case healthy, degraded, unknown, unhealthy

    public static func < (lhs: HostHealth, rhs: HostHealth) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

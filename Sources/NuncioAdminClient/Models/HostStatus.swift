/// One upstream host of a cluster in `/clusters?format=json`.
public struct HostStatus: Codable, Sendable, Equatable {
    public var address: EnvoyAddress
    public var stats: [HostStat]
    public var healthStatus: HostHealthStatus
    public var weight: Int?
    public var hostname: String?
    public var priority: Int?
    /// Set only when outlier detection computes it; Envoy prints `{"value": 97.5}`.
    public var successRate: Percent?
    /// `region`, `zone`, `sub_zone` when set (Envoy prints `{}` without one).
    public var locality: [String: String]?
    /// Outlier detection's success rate of locally originated errors, when it computes one.
    public var localOriginSuccessRate: Percent?

    public init(
        address: EnvoyAddress, stats: [HostStat], healthStatus: HostHealthStatus, weight: Int? = 1,
        hostname: String? = nil, priority: Int? = nil, successRate: Percent? = nil
    ) {
        self.address = address
        self.stats = stats
        self.healthStatus = healthStatus
        self.weight = weight
        self.hostname = hostname
        self.priority = priority
        self.successRate = successRate
    }

    public struct Percent: Codable, Sendable, Equatable {
        public var value: Double?

        public init(value: Double?) {
            self.value = value
        }
    }

    enum CodingKeys: String, CodingKey {
        case address, stats, weight, hostname, priority
        case healthStatus = "health_status"
        case successRate = "success_rate"
        case locality
        case localOriginSuccessRate = "local_origin_success_rate"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        address = try container.decode(EnvoyAddress.self, forKey: .address)
        stats = try container.decodeIfPresent([HostStat].self, forKey: .stats) ?? []
        healthStatus = try container.decodeIfPresent(HostHealthStatus.self, forKey: .healthStatus) ?? HostHealthStatus()
        weight = try container.decodeIfPresent(Int.self, forKey: .weight)
        hostname = try container.decodeIfPresent(String.self, forKey: .hostname)
        priority = try container.decodeIfPresent(Int.self, forKey: .priority)
        successRate = try container.decodeIfPresent(Percent.self, forKey: .successRate)
        locality = try? container.decodeIfPresent([String: String].self, forKey: .locality)
        localOriginSuccessRate = try? container.decodeIfPresent(Percent.self, forKey: .localOriginSuccessRate)
    }

    /// The value of a host stat such as `rq_total` or `cx_active`; Envoy omits zero values, so a missing stat is 0.
    public func stat(_ name: String) -> UInt64 {
        stats.first { $0.name == name }?.value ?? 0
    }
}

/// One `{"name": "rq_total", "value": "4"}` entry. Envoy prints values as strings (proto `uint64`), leaves out
/// `value` when it is zero, and leaves out `type` for counters.
public struct HostStat: Codable, Sendable, Equatable {
    public var name: String
    public var value: UInt64
    public var isGauge: Bool

    public init(name: String, value: UInt64, isGauge: Bool = false) {
        self.name = name
        self.value = value
        self.isGauge = isGauge
    }

    enum CodingKeys: String, CodingKey {
        case name, value, type
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        if let text = try? container.decodeIfPresent(String.self, forKey: .value) {
            value = UInt64(text) ?? 0
        } else {
            value = try container.decodeIfPresent(UInt64.self, forKey: .value) ?? 0
        }
        isGauge = try container.decodeIfPresent(String.self, forKey: .type) == "GAUGE"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if value != 0 { try container.encode(String(value), forKey: .value) }
        if isGauge { try container.encode("GAUGE", forKey: .type) }
    }
}

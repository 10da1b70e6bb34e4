/// Envoy's response flags, as `%RESPONSE_FLAGS%` prints them.
public struct ResponseFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let failedLocalHealthCheck = ResponseFlags(rawValue: 1 << 0)  // LH
    public static let noHealthyUpstream = ResponseFlags(rawValue: 1 << 1)  // UH
    public static let upstreamRequestTimeout = ResponseFlags(rawValue: 1 << 2)  // UT
    public static let localReset = ResponseFlags(rawValue: 1 << 3)  // LR
    public static let upstreamRemoteReset = ResponseFlags(rawValue: 1 << 4)  // UR
    public static let upstreamConnectionFailure = ResponseFlags(rawValue: 1 << 5)  // UF
    public static let upstreamConnectionTermination = ResponseFlags(rawValue: 1 << 6)  // UC
    public static let upstreamOverflow = ResponseFlags(rawValue: 1 << 7)  // UO
    public static let noRouteFound = ResponseFlags(rawValue: 1 << 8)  // NR
    public static let downstreamConnectionTermination = ResponseFlags(rawValue: 1 << 10)  // DC
    public static let upstreamRetryLimitExceeded = ResponseFlags(rawValue: 1 << 11)  // URX
    public static let downstreamProtocolError = ResponseFlags(rawValue: 1 << 12)  // DPE
    public static let upstreamProtocolError = ResponseFlags(rawValue: 1 << 13)  // UPE
    public static let noClusterFound = ResponseFlags(rawValue: 1 << 14)  // NC
    public static let streamIdleTimeout = ResponseFlags(rawValue: 1 << 15)  // SI
    public static let durationTimeout = ResponseFlags(rawValue: 1 << 16)  // DT
    public static let downstreamRemoteReset = ResponseFlags(rawValue: 1 << 17)  // DR

    private static let codes: [(ResponseFlags, String)] = [
        (.failedLocalHealthCheck, "LH"), (.noHealthyUpstream, "UH"), (.upstreamRequestTimeout, "UT"),
        (.localReset, "LR"), (.upstreamRemoteReset, "UR"), (.upstreamConnectionFailure, "UF"),
        (.upstreamConnectionTermination, "UC"), (.upstreamOverflow, "UO"), (.noRouteFound, "NR"),
        (.downstreamConnectionTermination, "DC"), (.upstreamRetryLimitExceeded, "URX"),
        (.streamIdleTimeout, "SI"), (.downstreamProtocolError, "DPE"), (.upstreamProtocolError, "UPE"),
        (.noClusterFound, "NC"), (.durationTimeout, "DT"), (.downstreamRemoteReset, "DR"),
    ]

    /// `-` when empty, else the codes joined by commas in Envoy's order.
    public var description: String {
        if isEmpty { return "-" }
        return Self.codes.filter { contains($0.0) }.map(\.1).joined(separator: ",")
    }
}

import Foundation
import NIOCore

/// What a stream records as it runs, for stats and the access log (Envoy's `StreamInfo`).
struct StreamInfo {
    let startTime = Date()
    let startUptime = NIODeadline.now()
    var flags: ResponseFlags = []
    var bytesReceived: UInt64 = 0
    var bytesSent: UInt64 = 0
    var responseStatus = 0
    /// Formatted only for the access log: describing an address costs thousands of instructions.
    var upstreamHost: Host?
    var upstreamCluster: String?
    /// The client address from `x-forwarded-for` the connection manager trusts, logged instead of the peer's.
    var downstreamRemoteAddress: String?
}

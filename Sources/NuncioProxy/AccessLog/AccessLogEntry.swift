import Foundation
import NIOHTTP1

/// What one request leaves for the access log, gathered as the stream runs.
struct AccessLogEntry {
    var startTime: Date
    var method: String
    var path: String
    var originalPath: String?
    var httpProtocol: String
    var requestHeaders: HTTPHeaders
    var authority: String
    var responseCode: Int
    var responseHeaders: HTTPHeaders?
    var flags: ResponseFlags
    var bytesReceived: UInt64
    var bytesSent: UInt64
    var durationMs: Int64
    var upstreamHost: String?
    var upstreamCluster: String?
    var downstreamRemoteAddress: String?
    var downstreamLocalAddress: String?
    /// The peer's address (`%DOWNSTREAM_DIRECT_REMOTE_ADDRESS%`), when `x-forwarded-for` named the remote one.
    var downstreamDirectRemoteAddress: String? = nil
}

import Foundation
import NIOHTTP1

/// One admin request as `admin.access_log` records it.
public struct AdminRequestRecord: Sendable {
    public var startTime: Date
    public var method: String
    /// The request target with its query, as Envoy's `:path`.
    public var path: String
    public var httpProtocol: String
    public var requestHeaders: HTTPHeaders
    public var responseCode: Int
    public var responseHeaders: HTTPHeaders
    public var bytesReceived: Int
    public var bytesSent: Int
    public var durationMs: Int64
    public var downstreamRemoteAddress: String?
    public var downstreamLocalAddress: String?

    public init(
        startTime: Date, method: String, path: String, httpProtocol: String, requestHeaders: HTTPHeaders,
        responseCode: Int, responseHeaders: HTTPHeaders, bytesReceived: Int, bytesSent: Int, durationMs: Int64,
        downstreamRemoteAddress: String?, downstreamLocalAddress: String?
    ) {
        self.startTime = startTime
        self.method = method
        self.path = path
        self.httpProtocol = httpProtocol
        self.requestHeaders = requestHeaders
        self.responseCode = responseCode
        self.responseHeaders = responseHeaders
        self.bytesReceived = bytesReceived
        self.bytesSent = bytesSent
        self.durationMs = durationMs
        self.downstreamRemoteAddress = downstreamRemoteAddress
        self.downstreamLocalAddress = downstreamLocalAddress
    }
}

extension ProxyServer {
    /// Whether the admin listener has access loggers (so it need not gather a record otherwise).
    public var hasAdminAccessLogs: Bool { !adminAccessLogs.isEmpty }

    /// `admin.access_log`: one line per admin request, in each logger's format (no upstream: `%UPSTREAM_HOST%`
    /// and the flags are empty).
    public func logAdminRequest(_ record: AdminRequestRecord) {
        guard !adminAccessLogs.isEmpty else { return }
        let entry = AccessLogEntry(
            startTime: record.startTime, method: record.method, path: record.path, originalPath: nil,
            httpProtocol: record.httpProtocol, requestHeaders: record.requestHeaders,
            authority: record.requestHeaders.first(name: "host") ?? "", responseCode: record.responseCode,
            responseHeaders: record.responseHeaders, flags: [], bytesReceived: UInt64(record.bytesReceived),
            bytesSent: UInt64(record.bytesSent), durationMs: record.durationMs, upstreamHost: nil,
            upstreamCluster: nil, downstreamRemoteAddress: record.downstreamRemoteAddress,
            downstreamLocalAddress: record.downstreamLocalAddress)
        for writer in adminAccessLogs { writer.log(entry) }
    }
}

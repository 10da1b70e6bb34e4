import NIOCore
import NIOHTTP1

/// A response Envoy makes itself (no route, no host, timeouts, bad requests), with its exact bodies and headers.
struct LocalReply {
    var status: HTTPResponseStatus
    var body: String
    var flags: ResponseFlags
    var closeConnection = false
    /// Headers after Envoy's own (a redirect's `location`).
    var extraHeaders: [(String, String)] = []

    static let noRoute = LocalReply(status: .notFound, body: "", flags: .noRouteFound)
    static let noHealthyUpstream = LocalReply(
        status: .serviceUnavailable, body: "no healthy upstream", flags: .noHealthyUpstream)
    static let upstreamTimeout = LocalReply(
        status: .gatewayTimeout, body: "upstream request timeout", flags: .upstreamRequestTimeout)
    static let badRequest = LocalReply(
        status: .badRequest, body: "Bad Request", flags: .downstreamProtocolError, closeConnection: true)
    static let missingHost = LocalReply(
        status: .badRequest, body: "", flags: .downstreamProtocolError, closeConnection: true)
    /// A `#` fragment in the path: the connection manager refuses it (Envoy's `http_reject_path_with_fragment`).
    static let pathWithFragment = LocalReply(
        status: .badRequest, body: "", flags: .downstreamProtocolError, closeConnection: true)
    /// A transfer coding other than a lone `chunked`.
    static let notImplemented = LocalReply(
        status: .notImplemented, body: "Not Implemented", flags: .downstreamProtocolError, closeConnection: true)
    /// An upgrade (WebSocket and the like) with no `upgrade_configs` for it.
    static let upgradeForbidden = LocalReply(status: .forbidden, body: "", flags: [], closeConnection: true)
    static let upgradeRequired = LocalReply(
        status: .upgradeRequired, body: "Upgrade Required", flags: .downstreamProtocolError, closeConnection: true)
    static let headersTooLarge = LocalReply(
        status: .requestHeaderFieldsTooLarge, body: "Request Header Fields Too Large",
        flags: .downstreamProtocolError, closeConnection: true)
    /// A buffering filter's data outgrew the decoder buffer limit.
    static let payloadTooLarge = LocalReply(status: .payloadTooLarge, body: "Payload Too Large", flags: [])
    static let overflow = LocalReply(status: .serviceUnavailable, body: "upstream connect error or disconnect/reset "
        + "before headers. reset reason: overflow", flags: .upstreamOverflow)

    /// `upstream connect error or disconnect/reset before headers. reset reason: <reason>`, as Envoy words it.
    static func upstreamReset(_ reason: UpstreamResetReason) -> LocalReply {
        LocalReply(
            status: .serviceUnavailable,
            body: "upstream connect error or disconnect/reset before headers. reset reason: \(reason.text)",
            flags: reason.flag)
    }

    /// Headers in Envoy's order: with a body `content-length, content-type, date, server`; without one
    /// `date, server, content-length: 0`; `connection: close` after `server` when closing. No `server` without a name.
    func head(date: String, serverName: String?, version: HTTPVersion) -> HTTPResponseHead {
        var headers = HTTPHeaders()
        // Envoy's redirect puts `location` first.
        for (name, value) in extraHeaders { headers.add(name: name, value: value) }
        if body.isEmpty {
            headers.add(name: "date", value: date)
            if let serverName { headers.add(name: "server", value: serverName) }
            if closeConnection && version.major == 1 { headers.add(name: "connection", value: "close") }
            headers.add(name: "content-length", value: "0")
        } else {
            headers.add(name: "content-length", value: String(body.utf8.count))
            headers.add(name: "content-type", value: "text/plain")
            headers.add(name: "date", value: date)
            if let serverName { headers.add(name: "server", value: serverName) }
            if closeConnection && version.major == 1 { headers.add(name: "connection", value: "close") }
        }
        return HTTPResponseHead(version: version.major == 2 ? version : .http1_1, status: status, headers: headers)
    }
}

/// Why an upstream request ended before a response, in Envoy's words and flags.
public enum UpstreamResetReason: Sendable, Equatable {
    case connectionFailure
    case connectionTimeout
    case connectionTermination
    case remoteReset
    case localReset
    case overflow
    case protocolError

    var text: String {
        switch self {
        case .connectionFailure: return "remote connection failure"
        case .connectionTimeout: return "connection timeout"
        case .connectionTermination: return "connection termination"
        case .remoteReset: return "remote reset"
        case .localReset: return "local reset"
        case .overflow: return "overflow"
        case .protocolError: return "protocol error"
        }
    }

    var flag: ResponseFlags {
        switch self {
        case .connectionFailure, .connectionTimeout: return .upstreamConnectionFailure
        case .connectionTermination: return .upstreamConnectionTermination
        case .remoteReset: return .upstreamRemoteReset
        case .localReset: return .localReset
        case .overflow: return .upstreamOverflow
        case .protocolError: return .upstreamProtocolError
        }
    }

    var isConnectFailure: Bool { self == .connectionFailure || self == .connectionTimeout }
}

import NIOHTTP1
import NuncioConfig

/// The replies a route makes without an upstream: `direct_response` and `redirect` (Envoy's
/// `DirectResponseEntry`).
enum RouterReplies {
    /// A 201 or 3xx carries `location`: the request's own URL, as Envoy's `newUri` makes it for a route with no
    /// redirect (RFC 9110 10.2.2).
    static func directResponse(_ response: DirectResponseAction, stream: ActiveStream) -> LocalReply {
        // The loader reads a file's or an environment variable's body once, at load: it is inline here.
        let body: String
        switch response.body {
        case .inlineString(let text): body = text
        case .inlineBytes(let bytes): body = String(decoding: bytes, as: UTF8.self)
        case .filename, .environmentVariable, nil: body = ""
        }
        var reply = LocalReply(status: HTTPResponseStatus(statusCode: response.status), body: body, flags: [])
        if response.status == 201 || (300..<400).contains(response.status) {
            reply.extraHeaders = [("location", "\(scheme(stream))://\(stream.authority)\(stream.requestHead.uri)")]
        }
        return reply
    }

    /// The scheme Envoy's `newUri` uses without a redirect of its own: the request's `x-forwarded-proto`, which the
    /// connection manager has set by now.
    static func scheme(_ stream: ActiveStream) -> String {
        stream.requestHead.headers.first(name: "x-forwarded-proto") ?? "http"
    }

    static func redirect(_ redirect: RedirectAction, route: CompiledRoute, stream: ActiveStream) -> LocalReply {
        let scheme = redirect.scheme ?? scheme(stream)
        var hostPart = redirect.host ?? stream.authority
        if let port = redirect.port {
            if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
                hostPart = String(hostPart[..<colon])
            }
            hostPart += ":\(port)"
        }
        var path = stream.requestHead.uri
        if let newPath = redirect.path {
            path = newPath
        } else if let prefixRewrite = redirect.prefixRewrite, case .prefix(let prefix) = route.config.match.path {
            path = prefixRewrite + path.dropFirst(min(prefix.count, path.count))
        }
        if redirect.stripQuery, let question = path.firstIndex(of: "?") { path = String(path[..<question]) }
        var reply = LocalReply(status: HTTPResponseStatus(statusCode: redirect.responseCode.status), body: "", flags: [])
        reply.extraHeaders = [("location", "\(scheme)://\(hostPart)\(path)")]
        return reply
    }
}

import NIOHTTP1
import NuncioConfig

/// The connection manager's path sanitizing before routing (Envoy's `ConnectionManagerUtility::maybeNormalizePath`
/// with `PathUtil`): escaped slashes as `path_with_escaped_slashes_action` says, then `normalize_path` (RFC 3986
/// dot segments, as the URL library Envoy uses canonicalizes a path), then `merge_slashes`. The query is never
/// touched. Made once per listener: a listener that sets none of the fields has no normalizer.
struct PathNormalizer: Sendable {
    enum Outcome: Equatable {
        case `continue`
        /// 400: an escaped slash under `REJECT_REQUEST`, or a path that cannot be normalized (a `%00`).
        case reject
        /// 307 to the edited path: escaped slashes were decoded under `UNESCAPE_AND_REDIRECT`.
        case redirect
    }

    private let escapedSlashes: HttpConnectionManager.PathWithEscapedSlashesAction
    private let normalize: Bool
    private let mergeSlashes: Bool

    init?(_ manager: HttpConnectionManager) {
        let action = manager.pathWithEscapedSlashesAction
        escapedSlashes = action == .IMPLEMENTATION_SPECIFIC_DEFAULT ? .KEEP_UNCHANGED : action
        normalize = manager.normalizePath
        mergeSlashes = manager.mergeSlashes
        if escapedSlashes == .KEEP_UNCHANGED && !normalize && !mergeSlashes { return nil }
    }

    /// Edits `uri` (path and query) in place; what the connection manager does next.
    func apply(to uri: inout String) -> Outcome {
        var bytes = Array(uri.utf8)
        // Origin form only: `*` and CONNECT's authority have no path to normalize.
        guard bytes.first == UInt8(ascii: "/") else { return .continue }
        let queryStart = bytes.firstIndex(of: UInt8(ascii: "?")) ?? bytes.endIndex
        var path = Array(bytes[..<queryStart])
        var outcome = Outcome.continue
        if escapedSlashes != .KEEP_UNCHANGED, Self.unescapeSlashes(&path) {
            switch escapedSlashes {
            case .REJECT_REQUEST: return .reject
            case .UNESCAPE_AND_REDIRECT: outcome = .redirect
            default: break
            }
        }
        if normalize {
            guard let canonical = PathCanonicalizer.canonicalize(path) else { return .reject }
            path = canonical
        }
        if mergeSlashes { Self.mergeSlashes(&path) }
        bytes.replaceSubrange(..<queryStart, with: path)
        uri = String(decoding: bytes, as: UTF8.self)
        return outcome
    }

    /// `%2F`, `%2f` become `/` and `%5C`, `%5c` become `\` (Envoy's `PathUtil::unescapeSlashes`); true when any did.
    static func unescapeSlashes(_ path: inout [UInt8]) -> Bool {
        guard path.contains(UInt8(ascii: "%")) else { return false }
        var out: [UInt8] = []
        out.reserveCapacity(path.count)
        var i = 0
        while i < path.count {
            if path[i] == UInt8(ascii: "%"), i + 2 < path.count {
                let high = path[i + 1]
                let low = path[i + 2] | 0x20
                if high == UInt8(ascii: "2") && low == UInt8(ascii: "f") {
                    out.append(UInt8(ascii: "/"))
                    i += 3
                    continue
                }
                if high == UInt8(ascii: "5") && low == UInt8(ascii: "c") {
                    out.append(UInt8(ascii: "\\"))
                    i += 3
                    continue
                }
            }
            out.append(path[i])
            i += 1
        }
        let decoded = out.count != path.count
        path = out
        return decoded
    }

    /// Runs of `/` become one (Envoy's `PathTransformer::mergeSlashes`, which keeps a path of slashes alone as `//`).
    static func mergeSlashes(_ path: inout [UInt8]) {
        if path.count > 1 && path.allSatisfy({ $0 == UInt8(ascii: "/") }) {
            path = Array("//".utf8)
            return
        }
        var previousSlash = false
        path.removeAll { byte in
            let slash = byte == UInt8(ascii: "/")
            defer { previousSlash = slash }
            return slash && previousSlash
        }
    }
}

extension PathNormalizer {
    /// The request's path sanitized, counted as Envoy counts it; a reply when the request ends here (400 with no
    /// body, which closes an HTTP/1 connection as Envoy's 400s do, or 307 to the decoded path).
    func sanitize(_ head: inout HTTPRequestHead, stats: ConnectionManagerStats) -> LocalReply? {
        switch apply(to: &head.uri) {
        case .continue:
            return nil
        case .reject:
            stats.downstreamRqFailedPathNormalization.inc()
            return LocalReply(status: .badRequest, body: "", flags: [], closeConnection: true)
        case .redirect:
            // gRPC clients cannot follow redirects: Envoy refuses those instead.
            if head.headers.first(name: "content-type")?.lowercased().hasPrefix("application/grpc") == true {
                stats.downstreamRqFailedPathNormalization.inc()
                return LocalReply(status: .badRequest, body: "", flags: [], closeConnection: true)
            }
            stats.downstreamRqRedirectedWithNormalizedPath.inc()
            return LocalReply(
                status: .temporaryRedirect, body: "", flags: [], extraHeaders: [("location", head.uri)])
        }
    }
}

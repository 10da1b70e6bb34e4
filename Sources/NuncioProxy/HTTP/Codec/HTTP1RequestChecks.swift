import Foundation
import NIOHTTP1

/// The checks Envoy's HTTP/1 codec and connection manager make on a request head that NIOHTTP1's parser does not,
/// and the edits Envoy makes before routing: absolute-form targets become a path and a Host, h2c upgrades are
/// dropped. Answers as real Envoy 1.40 does (see `Tests/Fixtures/hostile/corpus.json`).
enum HTTP1RequestChecks {
    /// Validates and normalizes `head`; a reply means the request is refused with it.
    static func apply(
        to head: inout HTTPRequestHead, acceptHTTP10: Bool, underscores: HeadersWithUnderscores? = nil
    ) -> LocalReply? {
        // Envoy's codec looks at each name as it parses it, before the checks of the whole head: a name with `_`
        // refuses the request as a codec error, or is dropped.
        if let underscores {
            var fields = head.headers.map { ($0.name, $0.value) }
            guard underscores.apply(to: &fields) else { return .badRequest }
            if fields.count != head.headers.count { head.headers = HTTPHeaders(fields) }
        }
        // The codec's checks first: Envoy answers these with its `Bad Request`-style bodies.
        if head.version != .http1_1 && !(head.version == .http1_0 && acceptHTTP10) { return .upgradeRequired }
        // One pass over the names for what the checks below need (this runs on every request).
        var codings = 0
        var firstCoding = ""
        var hosts = 0
        var hostsValid = true
        var upgradeOffered = false
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 4 where HeaderName.equals(name, "host"):
                hosts += 1
                if hostsValid { hostsValid = isValidAuthority(value) }
            case 7 where HeaderName.equals(name, "upgrade"):
                upgradeOffered = true
            case 17 where HeaderName.equals(name, "transfer-encoding"):
                codings += 1
                if codings == 1 { firstCoding = value }
            default:
                break
            }
        }
        if codings > 0, codings > 1 || firstCoding.lowercased() != "chunked" || head.method == .CONNECT {
            return .notImplemented
        }
        var hostReplaced = false
        if let reply = resolveTarget(&head, hostReplaced: &hostReplaced) { return reply }
        if hostReplaced {
            hosts = 1
            hostsValid = true
        }
        if !hostsValid { return .badRequest }
        // Then the connection manager's, with empty bodies.
        if hosts == 0 && head.version == .http1_1 { return .missingHost }
        if head.uri.utf8.contains(UInt8(ascii: "#")) { return .pathWithFragment }
        return upgradeOffered ? checkUpgrade(&head) : nil
    }

    /// Origin form passes; absolute form (`GET http://host/path`) routes on its path with its authority as Host,
    /// which replaces any Host header (RFC 9112 §3.2.2). Any other target is a bad request. CONNECT's
    /// authority form is left to routing.
    private static func resolveTarget(_ head: inout HTTPRequestHead, hostReplaced: inout Bool) -> LocalReply? {
        let uri = head.uri
        if head.method == .CONNECT || uri.hasPrefix("/") || (head.method == .OPTIONS && uri.hasPrefix("*")) {
            return nil
        }
        guard let separator = uri.range(of: "://") else { return .badRequest }
        let scheme = uri[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return .badRequest }
        let rest = uri[separator.upperBound...]
        let pathStart = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<pathStart]
        guard !authority.isEmpty, isValidAuthority(authority) else { return .badRequest }
        let path = rest[pathStart...]
        head.uri = path.isEmpty ? "/" : path.hasPrefix("?") ? "/" + path : String(path)
        head.headers.replaceOrAdd(name: "host", value: String(authority))
        hostReplaced = true
        return nil
    }

    /// The characters nghttp2's `check_authority` allows, which Envoy applies to Host.
    private static func isValidAuthority<S: StringProtocol>(_ authority: S) -> Bool {
        authority.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"),
                UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
                UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "%"):
                return true
            default:
                return false
            }
        }
    }

    /// Without `upgrade_configs`, Envoy refuses upgrades with 403, except h2c, whose offer it drops and answers
    /// over HTTP/1.1.
    private static func checkUpgrade(_ head: inout HTTPRequestHead) -> LocalReply? {
        guard let upgrade = head.headers.first(name: "upgrade"), connectionTokens(head).contains("upgrade") else {
            return nil
        }
        guard upgrade.trimmingCharacters(in: .whitespaces).lowercased() == "h2c" else { return .upgradeForbidden }
        head.headers.remove(name: "upgrade")
        head.headers.remove(name: "http2-settings")
        let kept = connectionTokens(head).filter { $0 != "upgrade" && $0 != "http2-settings" }
        head.headers.remove(name: "connection")
        if !kept.isEmpty { head.headers.add(name: "connection", value: kept.joined(separator: ", ")) }
        return nil
    }

    private static func connectionTokens(_ head: HTTPRequestHead) -> [String] {
        head.headers["connection"].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }
}

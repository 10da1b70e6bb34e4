import Foundation
import NIOHTTP1

/// Headers that describe one hop's connection and must not be forwarded (RFC 9110 §7.6.1, as Envoy strips them):
/// connection, keep-alive, proxy-connection, transfer-encoding, upgrade, te, trailer, proxy-authenticate,
/// http2-settings.
enum HopByHopHeaders {
    static func isHopByHop(_ name: String) -> Bool {
        switch name.utf8.count {
        case 2: return HeaderName.equals(name, "te")
        case 7: return HeaderName.equals(name, "upgrade") || HeaderName.equals(name, "trailer")
        case 10: return HeaderName.equals(name, "connection") || HeaderName.equals(name, "keep-alive")
        case 14: return HeaderName.equals(name, "http2-settings")
        case 16: return HeaderName.equals(name, "proxy-connection")
        case 17: return HeaderName.equals(name, "transfer-encoding")
        case 18: return HeaderName.equals(name, "proxy-authenticate")
        default: return false
        }
    }

    /// The headers to forward from `headers`, in order, as a list to build new headers from: hop-by-hop ones, any
    /// header the `connection` header names, and those `drop` returns true for are left out; `te: trailers`
    /// survives, at the end, as Envoy keeps it. `drop` sees every other header once. One pass in the common case:
    /// editing `HTTPHeaders` in place costs a search per removal and an ASCII check per `add` (~530 instructions).
    static func forwarded(
        _ headers: HTTPHeaders, reserving extra: Int, drop: (String, String) -> Bool = { _, _ in false }
    ) -> [(String, String)] {
        // The names `connection` lists beyond close and keep-alive, and whether `te: trailers` is kept.
        var named: [String] = []
        var keepTE = false
        for (name, value) in headers {
            if name.utf8.count == 10 && HeaderName.equals(name, "connection") {
                for token in value.split(separator: ",") {
                    let token = token.trimmingCharacters(in: .whitespaces).lowercased()
                    if token != "close" && token != "keep-alive" && token != "content-length" && token != "host" {
                        named.append(token)
                    }
                }
            } else if name.utf8.count == 2 && HeaderName.equals(name, "te") {
                keepTE = keepTE || value.lowercased() == "trailers"
            }
        }
        var fields: [(String, String)] = []
        fields.reserveCapacity(headers.count + extra + 1)
        for (name, value) in headers where !isHopByHop(name) {
            if !named.isEmpty && named.contains(name.lowercased()) { continue }
            if drop(name, value) { continue }
            fields.append((name, value))
        }
        if keepTE { fields.append(("te", "trailers")) }
        return fields
    }
}

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

    /// Removes hop-by-hop headers, and any header the `connection` header names. `te: trailers` survives, as Envoy
    /// keeps it.
    static func strip(_ headers: inout HTTPHeaders) {
        // One pass over the names first: most messages carry none, or only `connection`.
        var present: [String] = []
        for (name, _) in headers where isHopByHop(name) { present.append(name) }
        guard !present.isEmpty else { return }
        var extra: [String] = []
        for value in headers["connection"] {
            for token in value.split(separator: ",") {
                extra.append(token.trimmingCharacters(in: .whitespaces).lowercased())
            }
        }
        let keepTE = headers["te"].contains { $0.lowercased() == "trailers" }
        for name in present { headers.remove(name: name) }
        for name in extra where !["content-length", "host"].contains(name) { headers.remove(name: name) }
        if keepTE { headers.add(name: "te", value: "trailers") }
    }
}

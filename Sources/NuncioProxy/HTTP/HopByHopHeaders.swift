import Foundation
import NIOHTTP1

/// Headers that describe one hop's connection and must not be forwarded (RFC 9110 §7.6.1, as Envoy strips them).
enum HopByHopHeaders {
    static let names: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer",
        "proxy-authenticate", "http2-settings",
    ]

    /// Removes hop-by-hop headers, and any header the `connection` header names. `te: trailers` survives as Envoy keeps it.
    static func strip(_ headers: inout HTTPHeaders) {
        var extra: [String] = []
        for value in headers["connection"] {
            for token in value.split(separator: ",") {
                extra.append(token.trimmingCharacters(in: .whitespaces).lowercased())
            }
        }
        let keepTE = headers["te"].contains { $0.lowercased() == "trailers" }
        // Case-insensitive lookups, no lower-cased copies: this runs twice a request.
        guard !extra.isEmpty || names.contains(where: { headers.contains(name: $0) }) else { return }
        for name in names { headers.remove(name: name) }
        for name in extra where !["content-length", "host"].contains(name) { headers.remove(name: name) }
        if keepTE { headers.add(name: "te", value: "trailers") }
    }
}

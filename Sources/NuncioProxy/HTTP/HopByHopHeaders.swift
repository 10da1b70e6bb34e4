import Foundation
import NIOHTTP1

/// Headers that describe one hop's connection and must not be forwarded (RFC 9110 §7.6.1, as Envoy strips them).
enum HopByHopHeaders {
    static let names: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer",
        "proxy-authenticate", "http2-settings",
    ]

    private static let lengths: Set<Int> = Set(names.map(\.utf8.count))

    static func isHopByHop(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard lengths.contains(utf8.count) else { return false }
        return names.contains { candidate in
            candidate.utf8.count == utf8.count
                && zip(candidate.utf8, utf8).allSatisfy { $0 == $1 | ($1 >= 65 && $1 <= 90 ? 0x20 : 0) }
        }
    }

    /// Removes hop-by-hop headers, and any header the `connection` header names. `te: trailers` survives as Envoy keeps it.
    static func strip(_ headers: inout HTTPHeaders) {
        var extra: [String] = []
        for value in headers["connection"] {
            for token in value.split(separator: ",") {
                extra.append(token.trimmingCharacters(in: .whitespaces).lowercased())
            }
        }
        let keepTE = headers["te"].contains { $0.lowercased() == "trailers" }
        // One pass over the names by length first, no lower-cased copies: this runs twice a request.
        guard !extra.isEmpty || headers.contains(where: { isHopByHop($0.name) }) else { return }
        for name in names { headers.remove(name: name) }
        for name in extra where !["content-length", "host"].contains(name) { headers.remove(name: name) }
        if keepTE { headers.add(name: "te", value: "trailers") }
    }
}

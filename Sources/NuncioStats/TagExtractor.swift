/// A tag Envoy pulls out of a stat name, e.g. `envoy_cluster_name="service1"`.
public struct StatTag: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A stat name with its tags taken out: `cluster.service1.upstream_rq_200` is
/// `cluster.upstream_rq` with `envoy_response_code="200"` and `envoy_cluster_name="service1"`.
public struct TagExtractedName: Sendable, Equatable {
    public var name: String
    public var tags: [StatTag]

    public init(name: String, tags: [StatTag]) {
        self.name = name
        self.tags = tags
    }
}

/// Envoy's default tag extractors (`well_known_names.cc`) for the stat families Nuncio has, hand-written
/// instead of regular expressions: the Prometheus endpoint runs them over every stat on every scrape.
///
/// Tags come out in Envoy's order: the extractors that are not keyed by the first name segment
/// (response code, response code class) first, then those of the name's first segment in registration order.
/// Each extractor looks at the original name; the parts they match are removed together at the end.
public enum TagExtractor {
    public static func extract(_ statName: String) -> TagExtractedName {
        let bytes = Array(statName.utf8)
        var tags: [StatTag] = []
        var removed = [Bool](repeating: false, count: bytes.count)
        for extractor in extractors {
            guard let match = extractor.match(bytes) else {
                continue
            }
            tags.append(StatTag(name: extractor.tagName, value: String(decoding: bytes[match.value], as: UTF8.self)))
            for index in match.removed {
                removed[index] = true
            }
        }
        guard !tags.isEmpty else {
            return TagExtractedName(name: statName, tags: [])
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !removed[index] {
            kept.append(byte)
        }
        return TagExtractedName(name: String(decoding: kept, as: UTF8.self), tags: tags)
    }

    private struct Match: Sendable {
        var removed: Range<Int>
        var value: Range<Int>
    }

    private struct Extractor: Sendable {
        var tagName: String
        var match: @Sendable ([UInt8]) -> Match?
    }

    private static let extractors: [Extractor] = [
        // <prefix>_rq(_<code>)  e.g. upstream_rq_200
        Extractor(tagName: "envoy_response_code", match: responseCode),
        // <prefix>_rq_(<class>)xx  e.g. downstream_rq_2xx
        Extractor(tagName: "envoy_response_code_class", match: responseCodeClass),
        // cluster.(<cluster_name>.)*
        Extractor(tagName: "envoy_cluster_name") { segmentAfter("cluster.", in: $0) },
        // listener.[<address>.]http.(<stat_prefix>.)*
        Extractor(tagName: "envoy_http_conn_manager_prefix", match: listenerConnectionManagerPrefix),
        // http.(<stat_prefix>.)*
        Extractor(tagName: "envoy_http_conn_manager_prefix") { segmentAfter("http.", in: $0) },
        // listener.[<address>.]worker_(<id>.)*
        Extractor(tagName: "envoy_worker_id", match: listenerWorker),
        // server.worker_(<id>.)*  and  thread_local_cluster_manager.worker_(<id>.)*
        Extractor(tagName: "envoy_worker_id") { workerID(in: $0, at: "server.worker_".utf8.count, after: "server.") },
        Extractor(tagName: "envoy_worker_id") { bytes in
            let prefix = "thread_local_cluster_manager."
            return workerID(in: bytes, at: prefix.utf8.count + "worker_".utf8.count, after: prefix)
        },
        // listener.(<address>.)*  where the address is digits, `.` and `_`, or an IPv6 form
        Extractor(tagName: "envoy_listener_address", match: listenerAddress),
    ]

    private static let underscore = UInt8(ascii: "_")
    private static let dot = UInt8(ascii: ".")

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `[_.[:digit:]]`: an IPv4 listener address such as `127.0.0.1_18000`.
    private static func isIPv4AddressByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == underscore || byte == dot
    }

    /// `[_\[\]aAbBcCdDeEfF[:digit:]]`: an IPv6 listener address such as `[__1]_18000`.
    private static func isIPv6AddressByte(_ byte: UInt8) -> Bool {
        if isDigit(byte) || byte == underscore || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") {
            return true
        }
        return (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static func hasPrefix(_ prefix: String, _ bytes: [UInt8], at offset: Int = 0) -> Bool {
        let prefix = Array(prefix.utf8)
        return bytes.count >= offset + prefix.count && bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    private static func firstDot(in bytes: [UInt8], from start: Int) -> Int? {
        bytes[start...].firstIndex(of: dot)
    }

    /// `^<prefix>((.*?)\.)`: the segment right after `prefix`, if another segment follows it.
    private static func segmentAfter(_ prefix: String, in bytes: [UInt8]) -> Match? {
        guard hasPrefix(prefix, bytes) else {
            return nil
        }
        let start = prefix.utf8.count
        guard let end = firstDot(in: bytes, from: start) else {
            return nil
        }
        return Match(removed: start..<end + 1, value: start..<end)
    }

    private static func responseCode(_ bytes: [UInt8]) -> Match? {
        let count = bytes.count
        guard count >= 7, hasPrefix("_rq_", bytes, at: count - 7), bytes[(count - 3)...].allSatisfy(isDigit) else {
            return nil
        }
        return Match(removed: count - 4..<count, value: count - 3..<count)
    }

    private static func responseCodeClass(_ bytes: [UInt8]) -> Match? {
        let count = bytes.count
        guard count >= 7, hasPrefix("_rq_", bytes, at: count - 7), isDigit(bytes[count - 3]),
            hasPrefix("xx", bytes, at: count - 2)
        else {
            return nil
        }
        return Match(removed: count - 3..<count - 2, value: count - 3..<count - 2)
    }

    /// `^listener(?=\.).*?\.http\.((.*?)\.)`
    private static func listenerConnectionManagerPrefix(_ bytes: [UInt8]) -> Match? {
        guard hasPrefix("listener.", bytes) else {
            return nil
        }
        let marker = ".http.".utf8.count
        var position = "listener".utf8.count
        while position + marker <= bytes.count {
            if hasPrefix(".http.", bytes, at: position), let end = firstDot(in: bytes, from: position + marker) {
                return Match(removed: position + marker..<end + 1, value: position + marker..<end)
            }
            position += 1
        }
        return nil
    }

    /// `worker_(\d+)\.` at `offset`, when the name starts with `prefix`.
    private static func workerID(in bytes: [UInt8], at offset: Int, after prefix: String) -> Match? {
        guard hasPrefix(prefix, bytes), hasPrefix("worker_", bytes, at: offset - "worker_".utf8.count) else {
            return nil
        }
        var end = offset
        while end < bytes.count && isDigit(bytes[end]) {
            end += 1
        }
        guard end > offset, end < bytes.count, bytes[end] == dot else {
            return nil
        }
        return Match(removed: offset..<end + 1, value: offset..<end)
    }

    /// `^listener\.(?:(?:[_.[:digit:]]*|[_\[\]aAbBcCdDeEfF[:digit:]]*)\.)?worker_((\d+)\.)`, trying the
    /// alternatives in the regular expression's order (optional address first, longest first).
    private static func listenerWorker(_ bytes: [UInt8]) -> Match? {
        let start = "listener.".utf8.count
        guard hasPrefix("listener.", bytes) else {
            return nil
        }
        let worker = "worker_".utf8.count
        for isAddressByte in [isIPv4AddressByte, isIPv6AddressByte] {
            var end = start
            while end < bytes.count && isAddressByte(bytes[end]) {
                end += 1
            }
            // The address ends at a dot inside the run (longest first); `worker_` follows that dot.
            var dotIndex = min(end, bytes.count - 1)
            while dotIndex >= start {
                if bytes[dotIndex] == dot,
                    let match = workerID(in: bytes, at: dotIndex + 1 + worker, after: "listener.")
                {
                    return match
                }
                dotIndex -= 1
            }
        }
        return workerID(in: bytes, at: start + worker, after: "listener.")
    }

    /// `^listener\.(((?:[_.[:digit:]]*|[_\[\]aAbBcCdDeEfF[:digit:]]*))\.)`
    private static func listenerAddress(_ bytes: [UInt8]) -> Match? {
        let start = "listener.".utf8.count
        guard hasPrefix("listener.", bytes) else {
            return nil
        }
        var end = start
        while end < bytes.count && isIPv4AddressByte(bytes[end]) {
            end += 1
        }
        if let lastDot = bytes[start..<end].lastIndex(of: dot) {
            return Match(removed: start..<lastDot + 1, value: start..<lastDot)
        }
        end = start
        while end < bytes.count && isIPv6AddressByte(bytes[end]) {
            end += 1
        }
        guard end < bytes.count, bytes[end] == dot else {
            return nil
        }
        return Match(removed: start..<end + 1, value: start..<end)
    }
}

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

/// Envoy's default tag extractors (`source/common/config/well_known_names.cc`) for the stat families Nuncio
/// has, hand-written instead of regular expressions: the Prometheus endpoint runs them over every stat on
/// every scrape.
///
/// Tags come out in Envoy's order. Envoy first runs the extractors that no first name segment selects
/// (response code, response code class, worker id), then those registered for the name's first segment:
/// regular-expression ones before tokenized ones. Each extractor looks at the original name; the parts they
/// match are removed together at the end.
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
        // *_rq(_<response_code>)
        Extractor(tagName: "envoy_response_code", match: responseCode),
        // *_rq_(<response_code_class>)xx
        Extractor(tagName: "envoy_response_code_class", match: responseCodeClass),
        // listener.<address|stat_prefix>.(worker_<id>.)*, server.(worker_<id>.)*, listener_manager.… and
        // thread_local_cluster_manager.…
        Extractor(tagName: "envoy_worker_id", match: workerID),
        // cluster.(<cluster_name>.)*
        Extractor(tagName: "envoy_cluster_name") { segmentAfter("cluster.", in: $0) },
        // listener.[<address>.]http.(<stat_prefix>.)*
        Extractor(tagName: "envoy_http_conn_manager_prefix", match: listenerConnectionManagerPrefix),
        // listener.(<address|stat_prefix>.)*, except `admin`
        Extractor(tagName: "envoy_listener_address", match: listenerAddress),
        // http.(<stat_prefix>.)*
        Extractor(tagName: "envoy_http_conn_manager_prefix") { segmentAfter("http.", in: $0) },
        // vhost.[<virtual host name>.]vcluster.(<virtual_cluster_name>.)*
        Extractor(tagName: "envoy_virtual_cluster_name", match: virtualCluster),
        // vhost.(<virtual host name>.)*
        Extractor(tagName: "envoy_virtual_host_name") { segmentAfter("vhost.", in: $0) },
    ]

    private static let dot = UInt8(ascii: ".")

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigitOrUnderscore(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static func hasPrefix(_ prefix: String, _ bytes: [UInt8], at offset: Int = 0) -> Bool {
        let prefix = Array(prefix.utf8)
        return offset >= 0 && bytes.count >= offset + prefix.count
            && bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    /// End of the non-empty run of `accepted` bytes starting at `start`, or nil when there is none.
    private static func run(in bytes: [UInt8], from start: Int, while accepted: (UInt8) -> Bool) -> Int? {
        var end = start
        while end < bytes.count && accepted(bytes[end]) {
            end += 1
        }
        return end > start ? end : nil
    }

    /// End of one name segment (`[^.]+`) starting at `start`.
    private static func segmentEnd(in bytes: [UInt8], from start: Int) -> Int? {
        run(in: bytes, from: start) { $0 != dot }
    }

    /// `^<prefix>((<segment>)\.)`: the segment right after `prefix`, if another segment follows it.
    private static func segmentAfter(_ prefix: String, in bytes: [UInt8]) -> Match? {
        let start = prefix.utf8.count
        guard hasPrefix(prefix, bytes), let end = segmentEnd(in: bytes, from: start), end < bytes.count else {
            return nil
        }
        return Match(removed: start..<end + 1, value: start..<end)
    }

    /// `<ADDRESS>`: `\d{1,3}(\.\d{1,3}){3}_\d+` or `\[[a-fA-F_\d]+\]_\d+`, e.g. `127.0.0.1_18000`, `[__1]_80`.
    private static func addressEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var position = start
        if position < bytes.count && bytes[position] == UInt8(ascii: "[") {
            guard let end = run(in: bytes, from: position + 1, while: isHexDigitOrUnderscore),
                end < bytes.count, bytes[end] == UInt8(ascii: "]")
            else {
                return nil
            }
            position = end + 1
        } else {
            for octet in 0..<4 {
                guard let end = run(in: bytes, from: position, while: isDigit), end - position <= 3 else {
                    return nil
                }
                position = end
                if octet < 3 {
                    guard position < bytes.count && bytes[position] == dot else {
                        return nil
                    }
                    position += 1
                }
            }
        }
        guard position < bytes.count && bytes[position] == UInt8(ascii: "_") else {
            return nil
        }
        return run(in: bytes, from: position + 1, while: isDigit)
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

    /// `^(?:listener\.(?:<ADDRESS>|<TAG_VALUE>)|server|listener_manager|thread_local_cluster_manager)`
    /// followed by `\.worker_((\d+)\.)`
    private static func workerID(_ bytes: [UInt8]) -> Match? {
        var candidates: [Int] = []  // where `.worker_` may start
        if hasPrefix("listener.", bytes) {
            let start = "listener.".utf8.count
            candidates = [addressEnd(in: bytes, from: start), segmentEnd(in: bytes, from: start)].compactMap { $0 }
        } else {
            for owner in ["server", "listener_manager", "thread_local_cluster_manager"] where hasPrefix(owner, bytes) {
                candidates = [owner.utf8.count]
            }
        }
        for candidate in candidates where hasPrefix(".worker_", bytes, at: candidate) {
            let start = candidate + ".worker_".utf8.count
            if let end = run(in: bytes, from: start, while: isDigit), end < bytes.count, bytes[end] == dot {
                return Match(removed: start..<end + 1, value: start..<end)
            }
        }
        return nil
    }

    /// `^listener\..*?\.http\.((<TAG_VALUE>)\.)`
    private static func listenerConnectionManagerPrefix(_ bytes: [UInt8]) -> Match? {
        guard hasPrefix("listener.", bytes) else {
            return nil
        }
        var position = "listener.".utf8.count
        while position < bytes.count {
            let start = position + ".http.".utf8.count
            if hasPrefix(".http.", bytes, at: position), let end = segmentEnd(in: bytes, from: start),
                end < bytes.count
            {
                return Match(removed: start..<end + 1, value: start..<end)
            }
            position += 1
        }
        return nil
    }

    /// `^listener\.((<ADDRESS>|<TAG_VALUE>)\.)`, no tag when the value is `admin`.
    private static func listenerAddress(_ bytes: [UInt8]) -> Match? {
        let start = "listener.".utf8.count
        guard hasPrefix("listener.", bytes) else {
            return nil
        }
        for end in [addressEnd(in: bytes, from: start), segmentEnd(in: bytes, from: start)].compactMap({ $0 })
        where end < bytes.count && bytes[end] == dot {
            if bytes[start..<end].elementsEqual("admin".utf8) {
                return nil
            }
            return Match(removed: start..<end + 1, value: start..<end)
        }
        return nil
    }

    /// Tokens `vhost.*.vcluster.$.**`
    private static func virtualCluster(_ bytes: [UInt8]) -> Match? {
        let hostStart = "vhost.".utf8.count
        guard hasPrefix("vhost.", bytes), let hostEnd = segmentEnd(in: bytes, from: hostStart),
            hasPrefix(".vcluster.", bytes, at: hostEnd)
        else {
            return nil
        }
        let start = hostEnd + ".vcluster.".utf8.count
        guard let end = segmentEnd(in: bytes, from: start), end < bytes.count else {
            return nil
        }
        return Match(removed: start..<end + 1, value: start..<end)
    }
}

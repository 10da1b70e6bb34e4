import Foundation

/// The search domains of `/etc/resolv.conf` (`search` or `domain`, the last one given wins; `options ndots:n`), which
/// c-ares applies to a cluster's names unless `no_default_search_domain` is set.
public struct DNSSearchList: Equatable, Sendable {
    public var domains: [String]
    /// A name with at least this many dots is asked as given first, before the search domains (resolv.conf(5)).
    public var ndots: Int

    public init(domains: [String] = [], ndots: Int = 1) {
        self.domains = domains
        self.ndots = ndots
    }

    /// The system's list, read once per resolver (c-ares reads it when its channel is made).
    public static func system(path: String = "/etc/resolv.conf") -> DNSSearchList {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return DNSSearchList() }
        return DNSSearchList(resolvConf: text)
    }

    public init(resolvConf text: String) {
        self.init()
        for line in text.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let keyword = words.first, !keyword.hasPrefix("#"), !keyword.hasPrefix(";") else { continue }
            switch keyword {
            case "search": domains = Array(words.dropFirst())
            case "domain": domains = Array(words.dropFirst().prefix(1))
            case "options":
                for option in words.dropFirst() where option.hasPrefix("ndots:") {
                    ndots = min(15, Int(option.dropFirst(6)) ?? ndots)
                }
            default: continue
            }
        }
        domains = domains.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }

    /// The names to ask for `name`, in c-ares' order: a name ending in a dot as given only; one with fewer than
    /// `ndots` dots with each search domain first, then as given; any other as given first.
    public func candidates(for name: String) -> [String] {
        if name.hasSuffix(".") { return [String(name.dropLast())] }
        let searched = domains.map { "\(name).\($0)" }
        let dots = name.reduce(0) { $0 + ($1 == "." ? 1 : 0) }
        return dots < ndots ? searched + [name] : [name] + searched
    }
}

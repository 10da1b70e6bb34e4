import Foundation
import NIOHTTP1
import NuncioConfig

/// A route configuration compiled for matching: virtual hosts indexed by domain kind, regexes compiled once.
public struct RouteTable: Sendable {
    struct CompiledVirtualHost: Sendable {
        let config: VirtualHost
        let routes: [CompiledRoute]
    }

    private let exact: [String: Int]
    /// `*.example.com` as the suffix `.example.com`, longest first (Envoy prefers the longest wildcard).
    private let suffixes: [(String, Int)]
    /// `www.example.*` as the prefix `www.example.`, longest first.
    private let prefixes: [(String, Int)]
    private let defaultHost: Int?
    private let hosts: [CompiledVirtualHost]

    public init(_ config: RouteConfiguration) {
        var exact: [String: Int] = [:]
        var suffixes: [(String, Int)] = []
        var prefixes: [(String, Int)] = []
        var defaultHost: Int?
        var hosts: [CompiledVirtualHost] = []
        for (index, host) in config.virtualHosts.enumerated() {
            hosts.append(CompiledVirtualHost(
                config: host, routes: host.routes.map { CompiledRoute($0, virtualHost: host) }))
            for domain in host.domains.map({ $0.lowercased() }) {
                if domain == "*" {
                    defaultHost = index
                } else if domain.hasPrefix("*") {
                    suffixes.append((String(domain.dropFirst()), index))
                } else if domain.hasSuffix("*") {
                    prefixes.append((String(domain.dropLast()), index))
                } else {
                    exact[domain] = index
                }
            }
        }
        self.exact = exact
        self.suffixes = suffixes.sorted { $0.0.count > $1.0.count }
        self.prefixes = prefixes.sorted { $0.0.count > $1.0.count }
        self.defaultHost = defaultHost
        self.hosts = hosts
    }

    /// The first route of the matching virtual host that matches the request, or nil (a 404 NR).
    public func route(for head: HTTPRequestHead, authority: String) -> CompiledRoute? {
        guard let host = virtualHost(for: authority) else { return nil }
        let path = head.uri
        for route in hosts[host].routes where route.matches(path: path, head: head, authority: authority) {
            return route
        }
        return nil
    }

    func virtualHost(for authority: String) -> Int? {
        // The common front-proxy table is `domains: ["*"]` alone: no need to look at the Host at all.
        if exact.isEmpty && suffixes.isEmpty && prefixes.isEmpty { return defaultHost }
        let host = authority.lowercased()
        if let index = exact[host] { return index }
        // Envoy's wildcard needs at least one character in place of `*`.
        for (suffix, index) in suffixes where host.count > suffix.count && host.hasSuffix(suffix) { return index }
        for (prefix, index) in prefixes where host.count > prefix.count && host.hasPrefix(prefix) { return index }
        return defaultHost
    }
}

/// One route, ready to match: lower-cased patterns when case-insensitive, compiled regexes.
public struct CompiledRoute: Sendable {
    public let config: Route
    public let retryPolicy: RetryPolicy?
    /// The virtual host's `typed_per_filter_config`, the level between the route's and the route table's.
    public let virtualHostPerFilterConfig: [String: FilterPerRouteConfig]
    private let caseSensitive: Bool
    private let pathPattern: String
    private let regex: NSRegularExpressionBox?
    private let headers: [CompiledHeaderMatcher]

    init(_ route: Route, virtualHost: VirtualHost) {
        config = route
        virtualHostPerFilterConfig = virtualHost.typedPerFilterConfig
        caseSensitive = route.match.caseSensitive
        switch route.match.path {
        case .prefix(let value), .path(let value), .pathSeparatedPrefix(let value):
            pathPattern = caseSensitive ? value : value.lowercased()
            regex = nil
        case .safeRegex(let pattern):
            pathPattern = ""
            regex = NSRegularExpressionBox(fullMatch: pattern, caseInsensitive: !caseSensitive)
        }
        headers = route.match.headers.map(CompiledHeaderMatcher.init)
        if case .forward(let action) = route.action {
            retryPolicy = action.retryPolicy ?? virtualHost.retryPolicy
        } else {
            retryPolicy = nil
        }
    }

    func matches(path fullPath: String, head: HTTPRequestHead, authority: String) -> Bool {
        let candidate = caseSensitive ? fullPath : fullPath.lowercased()
        switch config.match.path {
        case .prefix:
            guard candidate.hasPrefix(pathPattern) else { return false }
        case .path:
            guard Self.withoutQuery(candidate) == pathPattern else { return false }
        case .pathSeparatedPrefix:
            let path = Self.withoutQuery(candidate)
            guard path.hasPrefix(pathPattern) else { return false }
            let rest = path.dropFirst(pathPattern.count)
            guard rest.isEmpty || rest.hasPrefix("/") else { return false }
        case .safeRegex:
            guard let regex, regex.matches(Self.withoutQuery(fullPath)) else { return false }
        }
        for matcher in headers where !matcher.matches(head: head, authority: authority) {
            return false
        }
        return true
    }

    static func withoutQuery(_ path: String) -> Substring {
        let end = path.firstIndex { $0 == "?" || $0 == "#" } ?? path.endIndex
        return path[..<end]
    }
}

/// A header matcher with its regex compiled and pseudo-headers mapped to the request head.
struct CompiledHeaderMatcher: Sendable {
    let config: HeaderMatcher
    let regex: NSRegularExpressionBox?

    init(_ config: HeaderMatcher) {
        self.config = config
        if case .safeRegex(let pattern) = config.rule {
            regex = NSRegularExpressionBox(fullMatch: pattern, caseInsensitive: config.ignoreCase)
        } else {
            regex = nil
        }
    }

    func matches(head: HTTPRequestHead, authority: String) -> Bool {
        let value: String?
        switch config.name {
        case ":method": value = head.method.rawValue
        case ":path": value = head.uri
        case ":authority", "host": value = authority
        case ":scheme": value = "http"
        default:
            let values = head.headers[config.name]
            value = values.isEmpty ? nil : values.joined(separator: ",")
        }
        return evaluate(value) != config.invertMatch
    }

    private func evaluate(_ value: String?) -> Bool {
        if case .present(let expected) = config.rule { return (value != nil) == expected }
        guard let value else { return false }
        let subject = config.ignoreCase ? value.lowercased() : value
        func folded(_ text: String) -> String { config.ignoreCase ? text.lowercased() : text }
        switch config.rule {
        case .exact(let text): return subject == folded(text)
        case .prefix(let text): return subject.hasPrefix(folded(text))
        case .suffix(let text): return subject.hasSuffix(folded(text))
        case .contains(let text): return subject.contains(folded(text))
        case .safeRegex: return regex?.matches(Substring(value)) ?? false
        case .present: return true
        }
    }
}

/// NSRegularExpression is immutable and thread-safe once built; the box states that to the compiler.
final class NSRegularExpressionBox: @unchecked Sendable {
    private let regex: NSRegularExpression

    init?(fullMatch pattern: String, caseInsensitive: Bool) {
        guard let regex = try? NSRegularExpression(
            pattern: "^(?:\(pattern))$", options: caseInsensitive ? [.caseInsensitive] : [])
        else { return nil }
        self.regex = regex
    }

    func matches(_ text: Substring) -> Bool {
        let string = String(text)
        return regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }
}

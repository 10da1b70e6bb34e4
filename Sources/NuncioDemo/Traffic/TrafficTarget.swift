/// Where the traffic generator sends requests: `http://HOST:PORT/PATH` on this machine. Loopback only — the demo
/// never sends traffic anywhere else.
public struct TrafficTarget: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var path: String

    public init(host: String, port: Int, path: String) throws {
        guard Self.isLoopback(host) else {
            throw DemoError(.notLoopback, "traffic goes to loopback addresses only, not '\(host)'")
        }
        guard (1...65535).contains(port) else { throw DemoError(.badURL, "port \(port) is out of range") }
        guard path.hasPrefix("/") else { throw DemoError(.badURL, "a path must begin with '/', got '\(path)'") }
        self.host = host
        self.port = port
        self.path = path
    }

    /// Parses `http://127.0.0.1:8000/service/1` (`http` only; the port defaults to 80, the path to `/`).
    public init(url: String) throws {
        let scheme = "http://"
        guard url.lowercased().hasPrefix(scheme) else {
            throw DemoError(.badURL, "'\(url)' is not an http:// URL")
        }
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        var host = Substring(authority)
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw DemoError(.badURL, "'\(url)': unclosed '['") }
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() }
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty else { throw DemoError(.badURL, "'\(url)' names no host") }
        var port = 80
        if let portText {
            guard let number = Int(portText) else { throw DemoError(.badURL, "'\(url)': bad port '\(portText)'") }
            port = number
        }
        try self.init(host: String(host), port: port, path: path.isEmpty ? "/" : String(path))
    }

    /// What the `Host` header says.
    public var authority: String {
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        return port == 80 ? host : "\(host):\(port)"
    }

    public var description: String { "http://\(authority)\(path)" }

    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { UInt8($0) != nil } && octets[0] == "127"
    }
}

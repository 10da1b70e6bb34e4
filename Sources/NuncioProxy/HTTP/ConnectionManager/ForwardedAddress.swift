import Foundation

/// The client addresses Envoy works out from the connection and `x-forwarded-for` (Envoy's
/// `Utility::getLastAddressFromXFF`, `Network::Utility::getLocalAddress` and `isLoopbackAddress`).
enum ForwardedAddress {
    /// The address `num_to_skip` entries from the right of `x-forwarded-for`, trimmed, when it is an IP address.
    static func lastAddress(in forwardedFor: String, skipping skip: UInt32) -> String? {
        var rest = Substring(forwardedFor)
        for _ in 0..<skip {
            guard let comma = rest.lastIndex(of: ",") else { return nil }
            rest = rest[..<comma]
        }
        if let comma = rest.lastIndex(of: ",") { rest = rest[rest.index(after: comma)...] }
        let candidate = rest.trimmingCharacters(in: .whitespaces)
        return isIPAddress(candidate) ? candidate : nil
    }

    static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    /// `127.0.0.0/8` and `::1`.
    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1"
    }

    /// `ip:port` as Envoy prints an address (`[v6]:port`).
    static func withPort(_ address: String, port: Int) -> String {
        address.contains(":") ? "[\(address)]:\(port)" : "\(address):\(port)"
    }

    /// The machine's first non-loopback IPv4 address (Envoy's local address, which it appends to
    /// `x-forwarded-for` for a loopback peer), else `127.0.0.1`. Read once.
    static let local: String = {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return "127.0.0.1" }
        defer { freeifaddrs(list) }
        var found: String?
        var entry: UnsafeMutablePointer<ifaddrs>? = first
        while let current = entry {
            defer { entry = current.pointee.ifa_next }
            guard let address = current.pointee.ifa_addr, Int32(address.pointee.sa_family) == AF_INET else {
                continue
            }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                var raw = ipv4.pointee.sin_addr
                _ = inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN))
            }
            found = String(cString: text)
            if let found, !isLoopback(found) { return found }
        }
        return found ?? "127.0.0.1"
    }()
}

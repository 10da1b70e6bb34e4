/// `envoy.config.core.v3.SocketAddress`: an IP or a DNS name (for DNS clusters) and a port.
public struct SocketAddress: Hashable, Sendable, CustomStringConvertible {
    public var address: String
    public var port: UInt16

    public init(address: String, port: UInt16) {
        self.address = address
        self.port = port
    }

    /// `127.0.0.1:80`, or `[::1]:80` for IPv6, as Envoy prints host addresses.
    public var description: String {
        address.contains(":") ? "[\(address)]:\(port)" : "\(address):\(port)"
    }

    /// True when `address` is a literal IPv4 or IPv6 address rather than a name.
    public var isIPLiteral: Bool {
        Self.isIPv4(address) || Self.isIPv6(address)
    }

    /// True when `text` is a literal IPv4 or IPv6 address.
    public static func isIPLiteral(_ text: String) -> Bool {
        isIPv4(text) || isIPv6(text)
    }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= 255
        }
    }

    static func isIPv6(_ text: String) -> Bool {
        guard text.contains(":") else { return false }
        return text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." } && text.split(separator: ":").count <= 8
    }
}

extension SocketAddress {
    /// Reads `envoy.config.core.v3.Address`: `{socket_address: {address, port_value}}`.
    init(readingAddress reader: ValueReader) throws {
        let mapping = try reader.mapping()
        guard let socket = mapping.optional("socket_address") else {
            try mapping.finish(unsupported: ["pipe", "envoy_internal_address"])
            throw mapping.error("missing required field 'socket_address'")
        }
        try mapping.finish(unsupported: ["pipe", "envoy_internal_address"])
        try self.init(readingSocketAddress: socket)
    }

    init(readingSocketAddress reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let address = try mapping.required("address").nonEmptyString()
        guard let portReader = mapping.optional("port_value") else {
            if mapping.has("named_port") {
                _ = mapping.optional("named_port")
                throw mapping.error("field 'named_port' is not supported by nuncio; use port_value")
            }
            throw mapping.error("missing required field 'port_value'")
        }
        let port = try portReader.port()
        if let protocolReader = mapping.optional("protocol") {
            let value = try protocolReader.string().uppercased()
            guard value == "TCP" else { throw protocolReader.error("protocol \(value) is not supported by nuncio; only TCP") }
        }
        try mapping.finish(unsupported: ["resolver_name", "named_port", "network_namespace_filepath", "ipv4_compat"])
        self.init(address: address, port: port)
    }
}

/// Envoy's `address` object as the admin JSON prints it: `{"socket_address": {"address": ..., "port_value": ...}}`.
/// Pipe (unix socket) addresses carry a `pipe.path` instead.
public struct EnvoyAddress: Codable, Sendable, Equatable {
    public struct SocketAddress: Codable, Sendable, Equatable {
        public var address: String
        public var portValue: Int?

        public init(address: String, portValue: Int?) {
            self.address = address
            self.portValue = portValue
        }

        enum CodingKeys: String, CodingKey {
            case address
            case portValue = "port_value"
        }
    }

    public struct Pipe: Codable, Sendable, Equatable {
        public var path: String
    }

    public var socketAddress: SocketAddress?
    public var pipe: Pipe?

    public init(address: String, port: Int?) {
        socketAddress = SocketAddress(address: address, portValue: port)
        pipe = nil
    }

    enum CodingKeys: String, CodingKey {
        case socketAddress = "socket_address"
        case pipe
    }

    /// `127.0.0.1:18000`, or the pipe path.
    public var description: String {
        if let socketAddress {
            guard let port = socketAddress.portValue else { return socketAddress.address }
            return socketAddress.address.contains(":")
                ? "[\(socketAddress.address)]:\(port)" : "\(socketAddress.address):\(port)"
        }
        return pipe?.path ?? "-"
    }

    /// The form Envoy uses inside stat names: `127.0.0.1_18000`.
    public var statName: String {
        guard let socketAddress else { return pipe?.path ?? "" }
        guard let port = socketAddress.portValue else { return socketAddress.address }
        return "\(socketAddress.address)_\(port)"
    }
}

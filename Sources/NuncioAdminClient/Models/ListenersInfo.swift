/// `GET /listeners?format=json`: the active listeners and the addresses they are bound to.
public struct ListenersInfo: Codable, Sendable, Equatable {
    public struct ListenerStatus: Codable, Sendable, Equatable {
        /// The configured name; Envoy prints a UUID for listeners without one.
        public var name: String
        public var localAddress: EnvoyAddress?
        public var additionalLocalAddresses: [EnvoyAddress]?

        public init(name: String, localAddress: EnvoyAddress?, additionalLocalAddresses: [EnvoyAddress]? = nil) {
            self.name = name
            self.localAddress = localAddress
            self.additionalLocalAddresses = additionalLocalAddresses
        }

        enum CodingKeys: String, CodingKey {
            case name
            case localAddress = "local_address"
            case additionalLocalAddresses = "additional_local_addresses"
        }
    }

    public var listenerStatuses: [ListenerStatus]

    public init(listenerStatuses: [ListenerStatus]) {
        self.listenerStatuses = listenerStatuses
    }

    enum CodingKeys: String, CodingKey {
        case listenerStatuses = "listener_statuses"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        listenerStatuses = try container.decodeIfPresent([ListenerStatus].self, forKey: .listenerStatuses) ?? []
    }
}

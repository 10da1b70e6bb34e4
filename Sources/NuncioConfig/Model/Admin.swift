/// `envoy.config.bootstrap.v3.Admin`: where the admin API listens and where its requests are logged.
public struct Admin: Equatable, Sendable {
    public var address: SocketAddress
    /// v2's `access_log_path` becomes a file access log here, as Envoy does.
    public var accessLog: [AccessLog]

    public init(address: SocketAddress, accessLog: [AccessLog] = []) {
        self.address = address
        self.accessLog = accessLog
    }
}

extension Admin {
    /// The admin listener, or nil when `admin` names no address: Envoy then runs without an admin listener.
    static func read(_ reader: ValueReader) throws -> Admin? {
        let mapping = try reader.mapping()
        let address = try mapping.optional("address").map(SocketAddress.init(readingAddress:))
        var logs: [AccessLog] = []
        if let path = mapping.optional("access_log_path") {
            path.warn("deprecated field 'access_log_path'; use access_log")
            logs.append(AccessLog(sink: .file(path: try path.nonEmptyString())))
        }
        for item in try mapping.optional("access_log")?.list() ?? [] {
            logs.append(try AccessLog(reading: item))
        }
        try mapping.finish(unsupported: ["socket_options", "profile_path", "ignore_global_conn_limit"])
        return address.map { Admin(address: $0, accessLog: logs) }
    }
}

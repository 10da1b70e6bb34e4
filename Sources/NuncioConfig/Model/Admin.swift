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
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        address = try SocketAddress(readingAddress: try mapping.required("address"))
        var logs: [AccessLog] = []
        if let path = mapping.optional("access_log_path") {
            path.warn("deprecated field 'access_log_path'; use access_log")
            logs.append(AccessLog(sink: .file(path: try path.nonEmptyString())))
        }
        for item in try mapping.optional("access_log")?.list() ?? [] {
            logs.append(try AccessLog(reading: item))
        }
        accessLog = logs
        mapping.ignore("profile_path", "ignore_global_conn_limit")
        try mapping.finish(unsupported: ["socket_options"])
    }
}

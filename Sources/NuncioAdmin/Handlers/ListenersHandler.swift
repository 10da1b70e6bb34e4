import NuncioProxy

/// `/listeners`: `name::address` lines, or `{"listener_statuses": [...]}`.
enum ListenersHandler {
    static func handle(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let listeners = context.server.listenerStatuses
        if request.value("format") == "json" {
            let statuses = listeners.map { listener -> JSONValue in
                .object([
                    ("name", .string(listener.name)),
                    ("local_address", .object([("socket_address", .object([
                        ("address", .string(listener.address)), ("port_value", .int(Int64(listener.port))),
                    ]))])),
                ])
            }
            return .json(.object([("listener_statuses", .array(statuses))]))
        }
        let lines = listeners.map { listener -> String in
            let address = listener.address.contains(":") ? "[\(listener.address)]" : listener.address
            return "\(listener.name)::\(address):\(listener.port)\n"
        }
        return AdminResponse(body: lines.joined())
    }
}

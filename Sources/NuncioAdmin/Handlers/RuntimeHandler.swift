/// `/runtime` and `POST /runtime_modify`.
enum RuntimeHandler {
    static func show(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let runtime = context.server.runtime
        let entries = runtime.entries().map { entry -> (String, JSONValue) in
            (entry.key, .object([
                ("final_value", .string(entry.finalValue)),
                ("layer_values", .array(entry.layerValues.map { .string($0) })),
            ]))
        }
        return .json(.object([
            ("entries", .object(entries)),
            ("layers", .array(runtime.layerNames.map { .string($0) })),
        ]))
    }

    static let usage = """
        usage: /runtime_modify?key1=value1&key2=value2&keyN=valueN
               or send the parameters as form values
        use an empty value to remove a previously added override
        """

    static func modify(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        guard !request.query.isEmpty else { return AdminResponse(status: 400, body: usage) }
        guard context.server.runtime.modify(request.query) else {
            return AdminResponse(status: 503, body: "No admin layer specified")
        }
        return .ok()
    }
}

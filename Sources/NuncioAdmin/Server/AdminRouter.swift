/// Dispatches admin requests to endpoints as Envoy does: POST-only endpoints refuse GET with 405, an unknown
/// path gets 404 with the help.
public struct AdminRouter: Sendable {
    public let endpoints: [AdminEndpoint]
    private let byPath: [String: AdminEndpoint]

    public init(endpoints: [AdminEndpoint] = AdminEndpoints.all) {
        self.endpoints = endpoints.sorted { $0.path < $1.path }
        var byPath: [String: AdminEndpoint] = [:]
        for endpoint in endpoints { byPath[endpoint.path] = endpoint }
        self.byPath = byPath
    }

    public var helpText: String {
        "admin commands are:\n" + endpoints.map(\.helpLines).joined()
    }

    public func handle(_ request: AdminRequest, context: AdminContext) -> AdminResponse {
        guard let endpoint = byPath[request.path] else {
            return AdminResponse(status: 404, body: "invalid path. " + helpText)
        }
        if endpoint.postOnly && request.method != "POST" {
            context.server.log.log(.error, "admin",
                "admin path \"\(request.path)\" mutates state, method=\(request.method) rather than POST")
            return AdminResponse(status: 405, body: "Method \(request.method) not allowed, POST required.")
        }
        return endpoint.handler(request, context)
    }
}

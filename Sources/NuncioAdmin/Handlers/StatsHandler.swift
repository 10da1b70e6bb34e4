/// `/stats` and `/stats/prometheus` over the engine's stats store.
enum StatsHandler {
    static func stats(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let values = context.server.stats.values()
        let lines = values.keys.sorted().map { "\($0): \(values[$0]!)\n" }
        return AdminResponse(body: lines.joined())
    }

    static func prometheus(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        AdminResponse(status: 501, body: "prometheus rendering is not in this build yet")
    }
}

import NuncioStats

/// `/stats` (text or `format=json`) and `/stats/prometheus`, rendered from one snapshot of the store.
enum StatsHandler {
    static func stats(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let query: StatsQuery
        do {
            query = try StatsQuery(parameters: request.query.map { (name: $0.0, value: $0.1) })
        } catch {
            return AdminResponse(status: 400, body: error.message)
        }
        let snapshot = context.server.stats.snapshot()
        switch request.value("format") ?? "text" {
        case "json":
            return AdminResponse(contentType: AdminResponse.json, body: JSONStatsRenderer.render(snapshot, query: query))
        case "text":
            return AdminResponse(body: TextStatsRenderer.render(snapshot, query: query))
        case let other:
            return AdminResponse(status: 404, body: "usage: /stats?format=(html|active-html|json|text) "
                + "(\(other) is not supported by nuncio)\n")
        }
    }

    static func prometheus(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let query: StatsQuery
        do {
            query = try StatsQuery(parameters: request.query.map { (name: $0.0, value: $0.1) })
        } catch {
            return AdminResponse(status: 400, body: error.message)
        }
        let body = PrometheusStatsRenderer.render(context.server.stats.snapshot(), query: query)
        return AdminResponse(body: body)
    }
}

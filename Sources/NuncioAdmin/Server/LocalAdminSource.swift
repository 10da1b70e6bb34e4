import Foundation
import NuncioAdminClient
import NuncioProxy

/// The dashboard's view of the engine in the same process: every read and action goes through the admin
/// handlers themselves (the same bytes an HTTP client would get), decoded with the client's models. Handlers run on
/// the caller's task, never on a proxy event loop.
public final class LocalAdminSource: AdminSource {
    private let context: AdminContext
    private let router: AdminRouter
    private let logTail: (@Sendable () -> [String])?
    public let displayAddress: String
    private let rareReads = RareReads()

    public init(
        context: AdminContext, router: AdminRouter = AdminRouter(), displayAddress: String = "in-process",
        logTail: (@Sendable () -> [String])? = nil
    ) {
        self.context = context
        self.router = router
        self.displayAddress = displayAddress
        self.logTail = logTail
    }

    public func snapshot() async throws -> AdminSnapshot {
        let rare = await rareReads.current { Data(try call("GET", $0).utf8) }
        return AdminSnapshot(
            serverInfo: try decode(ServerInfo.self, "/server_info"),
            clusters: try decode(ClusterStatuses.self, "/clusters?format=json"),
            stats: try decode(StatsSnapshot.self, "/stats?format=json"),
            listeners: try decode(ListenersInfo.self, "/listeners?format=json"),
            clusterConfigs: try? decode(ClusterConfigs.self, "/config_dump?resource=static_clusters"),
            logLines: logTail?(), takenAt: ProcessInfo.processInfo.systemUptime, configDump: rare.dump,
            gaugeNames: rare.gauges)
    }

    public func loggers() async throws -> LoggerLevels {
        LoggerLevels(parsing: try call("POST", "/logging"))
    }

    public func perform(_ action: AdminAction) async throws -> String {
        rareReads.invalidate()
        return try call("POST", action.requestPath).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func call(_ method: String, _ path: String) throws -> String {
        let response = router.handle(AdminRequest(method: method, uri: path), context: context)
        guard (200..<300).contains(response.status) else {
            throw AdminClientError(.status(response.status), path: path,
                detail: String(response.body.split(separator: "\n").first ?? ""))
        }
        return response.body
    }

    private func decode<Model: Decodable>(_ type: Model.Type, _ path: String) throws -> Model {
        let body = try call("GET", path)
        do {
            return try JSONDecoder().decode(Model.self, from: Data(body.utf8))
        } catch {
            throw AdminClientError(.decoding, path: path, detail: String(describing: error).prefix(120).description)
        }
    }
}

import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Polls an Envoy (or Nuncio) admin port over HTTP/1.1: four `GET`s per snapshot, run concurrently, each with a
/// timeout; actions are `POST`s, as Envoy requires for anything that changes state.
public final class HTTPAdminSource: AdminSource {
    public let endpoint: AdminEndpoint
    public let timeout: Double
    private let session: URLSession
    /// Cluster types change rarely and `/config_dump` is heavy, so it is read at most this often.
    private let clusterConfigInterval: Double
    private let clusterConfigCache = LockedValue<(configs: ClusterConfigs?, fetchedAt: Double?)>((nil, nil))

    /// - Parameters:
    ///   - endpoint: such as `http://127.0.0.1:9901`.
    ///   - timeout: seconds for each request.
    public init(endpoint: AdminEndpoint, timeout: Double = 2, clusterConfigInterval: Double = 30) {
        self.endpoint = endpoint
        self.timeout = timeout
        self.clusterConfigInterval = clusterConfigInterval
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpMaximumConnectionsPerHost = 4
        session = URLSession(configuration: configuration)
    }

    /// `HTTPAdminSource(url: "http://127.0.0.1:9901")`; a bare `host:port` works too.
    public convenience init(url: String, timeout: Double = 2) {
        self.init(endpoint: AdminEndpoint(url: url), timeout: timeout)
    }

    deinit {
        session.invalidateAndCancel()
    }

    public var displayAddress: String {
        var text = endpoint.url
        if let range = text.range(of: "://") { text = String(text[range.upperBound...]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    public func snapshot() async throws -> AdminSnapshot {
        async let serverInfo = fetch(ServerInfo.self, "/server_info")
        async let clusters = fetch(ClusterStatuses.self, "/clusters?format=json")
        async let stats = fetch(StatsSnapshot.self, "/stats?format=json")
        async let listeners = fetch(ListenersInfo.self, "/listeners?format=json")
        let configs = await clusterConfigs()
        return AdminSnapshot(
            serverInfo: try await serverInfo, clusters: try await clusters, stats: try await stats,
            listeners: try await listeners, clusterConfigs: configs, takenAt: ProcessInfo.processInfo.systemUptime)
    }

    public func loggers() async throws -> LoggerLevels {
        LoggerLevels(parsing: try await request("/logging", method: "POST"))
    }

    public func perform(_ action: AdminAction) async throws -> String {
        try await request(action.requestPath, method: "POST").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Cached cluster types; a failure (an admin port without `/config_dump`) is remembered as nil until the
    /// next interval.
    private func clusterConfigs() async -> ClusterConfigs? {
        let now = ProcessInfo.processInfo.systemUptime
        let cached = clusterConfigCache.withLock { $0 }
        if let fetchedAt = cached.fetchedAt, now - fetchedAt < clusterConfigInterval { return cached.configs }
        let fetched: ClusterConfigs?
        do {
            let statics = try await fetch(ClusterConfigs.self, "/config_dump?resource=static_clusters")
            let dynamics = try? await fetch(ClusterConfigs.self, "/config_dump?resource=dynamic_active_clusters")
            fetched = dynamics.map(statics.merged(with:)) ?? statics
        } catch {
            fetched = nil
        }
        clusterConfigCache.withLock { $0 = (fetched, now) }
        return fetched
    }

    private func fetch<Model: Decodable>(_ type: Model.Type, _ path: String) async throws -> Model {
        let body = try await data(path, method: "GET")
        do {
            return try JSONDecoder().decode(Model.self, from: body)
        } catch {
            throw AdminClientError(.decoding, path: path, detail: String(describing: error).prefix(120).description)
        }
    }

    private func request(_ path: String, method: String) async throws -> String {
        String(decoding: try await data(path, method: method), as: UTF8.self)
    }

    private func data(_ path: String, method: String) async throws -> Data {
        guard let url = endpoint.url(forPath: path) else { throw AdminClientError(.badURL, path: path, detail: "") }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        let body: Data
        let response: URLResponse
        do {
            (body, response) = try await session.data(for: request)
        } catch {
            throw AdminClientError(.transport, path: path, detail: error.localizedDescription)
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            let firstLine = String(decoding: body.prefix(200), as: UTF8.self).split(separator: "\n").first ?? ""
            throw AdminClientError(.status(http.statusCode), path: path, detail: String(firstLine))
        }
        return body
    }
}

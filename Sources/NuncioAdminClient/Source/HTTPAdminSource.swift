import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Polls an Envoy (or Nuncio) admin port over HTTP/1.1: `/clusters`, `/stats` and `/listeners` as JSON on every
/// snapshot, concurrently, each with a timeout; actions are `POST`s, as Envoy requires for anything that changes
/// state. `/server_info` is about 120 KB (Envoy lists every extension), so it is read only now and then; between
/// reads the state comes from `/ready` (a few bytes) and the uptime is counted on.
///
/// Requests go through AsyncHTTPClient's shared client, not URLSession: on Linux, FoundationNetworking crashes when
/// a request is cancelled as it completes ("Trying to access a behaviour for a task that in not in the registry"),
/// which a snapshot does whenever one of its concurrent reads fails.
public final class HTTPAdminSource: AdminSource {
    public let endpoint: AdminEndpoint
    public let timeout: Double
    /// Cluster types change rarely and `/config_dump` is heavy, so it is read at most this often.
    private let clusterConfigInterval: Double
    private let clusterConfigCache = LockedValue<(configs: ClusterConfigs?, fetchedAt: Double?)>((nil, nil))
    private let serverInfoInterval: Double
    private let serverInfoCache = LockedValue<(info: ServerInfo?, fetchedAt: Double)>((nil, 0))
    private let rareReads = RareReads()

    /// - Parameters:
    ///   - endpoint: such as `http://127.0.0.1:9901`.
    ///   - timeout: seconds for each request.
    ///   - serverInfoInterval: seconds between full `/server_info` reads.
    public init(
        endpoint: AdminEndpoint, timeout: Double = 2, clusterConfigInterval: Double = 30,
        serverInfoInterval: Double = 30
    ) {
        self.endpoint = endpoint
        self.timeout = timeout
        self.clusterConfigInterval = clusterConfigInterval
        self.serverInfoInterval = serverInfoInterval
    }

    /// `HTTPAdminSource(url: "http://127.0.0.1:9901")`; a bare `host:port` works too.
    public convenience init(url: String, timeout: Double = 2) {
        self.init(endpoint: AdminEndpoint(url: url), timeout: timeout)
    }

    public var displayAddress: String {
        var text = endpoint.url
        if let range = text.range(of: "://") { text = String(text[range.upperBound...]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    public func snapshot() async throws -> AdminSnapshot {
        do {
            return try await readSnapshot()
        } catch {
            // Whatever answers next may be a new process (a restart): read its /server_info afresh, not an old
            // uptime counted on.
            serverInfoCache.withLock { $0 = (nil, 0) }
            throw error
        }
    }

    private func readSnapshot() async throws -> AdminSnapshot {
        async let serverInfo = currentServerInfo()
        async let clusters = fetch(ClusterStatuses.self, "/clusters?format=json")
        async let stats = fetch(StatsSnapshot.self, "/stats?format=json")
        async let listeners = fetch(ListenersInfo.self, "/listeners?format=json")
        let configs = await clusterConfigs()
        let rare = await rareReads.current { try await self.data($0, method: "GET") }
        return AdminSnapshot(
            serverInfo: try await serverInfo, clusters: try await clusters, stats: try await stats,
            listeners: try await listeners, clusterConfigs: configs, takenAt: ProcessInfo.processInfo.systemUptime,
            configDump: rare.dump, gaugeNames: rare.gauges)
    }

    public func loggers() async throws -> LoggerLevels {
        LoggerLevels(parsing: try await request("/logging", method: "POST"))
    }

    public func perform(_ action: AdminAction) async throws -> String {
        // Whatever the action changed, the next snapshot reads the server afresh.
        serverInfoCache.withLock { $0 = (nil, 0) }
        rareReads.invalidate()
        return try await request(action.requestPath, method: "POST").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The cached `/server_info` with the state from `/ready` and the uptime counted on; a full read when the
    /// cache is old or `/ready` gives no usable answer.
    private func currentServerInfo() async throws -> ServerInfo {
        let now = ProcessInfo.processInfo.systemUptime
        let cached = serverInfoCache.withLock { $0 }
        if var info = cached.info, now - cached.fetchedAt < serverInfoInterval, let state = await readyState() {
            info.state = state
            if let uptime = info.uptimeSeconds {
                info.uptimeCurrentEpoch = "\(uptime + Int(now - cached.fetchedAt))s"
            }
            return info
        }
        let info = try await fetch(ServerInfo.self, "/server_info")
        serverInfoCache.withLock { $0 = (info, now) }
        return info
    }

    /// `LIVE`, `DRAINING`, ... from `/ready`, which answers 200 when live and 503 otherwise, with the state as body.
    private func readyState() async -> String? {
        guard let (status, body) = try? await exchange("/ready", method: "GET"), status == 200 || status == 503
        else { return nil }
        let state = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return state.isEmpty || state.contains(" ") ? nil : state
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
        let (status, body) = try await exchange(path, method: method)
        if !(200..<300).contains(status) {
            let firstLine = String(decoding: body.prefix(200), as: UTF8.self).split(separator: "\n").first ?? ""
            throw AdminClientError(.status(status), path: path, detail: String(firstLine))
        }
        return body
    }

    /// One request within `timeout`: the status and the whole body (admin bodies are bounded: 64 MiB at most).
    private func exchange(_ path: String, method: String) async throws -> (status: Int, body: Data) {
        guard let url = endpoint.url(forPath: path) else { throw AdminClientError(.badURL, path: path, detail: "") }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = HTTPMethod(rawValue: method)
        do {
            let response = try await Self.client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let body = try await response.body.collect(upTo: 64 << 20)
            return (Int(response.status.code), Data(buffer: body))
        } catch {
            throw AdminClientError(.transport, path: path, detail: Self.describe(error))
        }
    }

    /// Like `HTTPClient.shared`, but a refused connection fails the request at once: the shared client retries
    /// connecting until the request's deadline, which kept a dead admin port looking merely slow for seconds.
    /// Process-wide and never shut down, as `shared` is.
    private static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    private static func describe(_ error: Error) -> String {
        if let error = error as? HTTPClientError { return error.shortDescription }
        if let error = error as? IOError { return error.description }
        return String(describing: error)
    }
}

/// Where the dashboard reads from and acts on: a remote admin port (`HTTPAdminSource`) or the engine in-process.
/// Implementations must return the same models Envoy's JSON decodes to, so the screens cannot tell them apart.
public protocol AdminSource: Sendable {
    /// What the header shows as the admin address, such as `127.0.0.1:9901`.
    var displayAddress: String { get }

    /// One poll: server info, clusters with hosts, all stats, listeners.
    func snapshot() async throws -> AdminSnapshot

    /// The current logger levels (`POST /logging` with no arguments).
    func loggers() async throws -> LoggerLevels

    /// Runs one action and returns the admin API's answer body, trimmed (`OK` for most).
    func perform(_ action: AdminAction) async throws -> String
}

extension AdminSource {
    public func healthcheckFail() async throws -> String { try await perform(.healthcheckFail) }
    public func healthcheckOk() async throws -> String { try await perform(.healthcheckOk) }
    public func setLogLevel(_ level: String, logger: String? = nil) async throws -> String {
        try await perform(.setLogLevel(level, logger: logger))
    }
    public func resetCounters() async throws -> String { try await perform(.resetCounters) }
    public func drainListeners(graceful: Bool = false) async throws -> String {
        try await perform(.drainListeners(graceful: graceful))
    }
    public func quit() async throws -> String { try await perform(.quit) }
}

import Foundation

/// Reads that are heavy and change rarely, done at most once per interval and shared between polls: the whole
/// `/config_dump` (routes, cluster configs) and the names of the gauges (`/stats?format=json&type=Gauges`; the
/// JSON stats format does not say which stats are gauges). A failed read is remembered as nil until the next one.
public final class RareReads: Sendable {
    public let interval: Double
    private let cache = LockedValue<(dump: ConfigDump?, gauges: Set<String>?, fetchedAt: Double?)>((nil, nil, nil))

    public init(interval: Double = 30) {
        self.interval = interval
    }

    /// The cached values, refreshed through `get` (a `GET` of an admin path, returning the body) when old.
    public func current(
        now: Double = ProcessInfo.processInfo.systemUptime, get: (String) async throws -> Data
    ) async -> (dump: ConfigDump?, gauges: Set<String>?) {
        let cached = cache.withLock { $0 }
        if let fetchedAt = cached.fetchedAt, now - fetchedAt < interval { return (cached.dump, cached.gauges) }
        let dump = try? ConfigDump(json: await get("/config_dump"))
        var gauges: Set<String>?
        if let body = try? await get("/stats?format=json&type=Gauges"),
            let stats = try? JSONDecoder().decode(StatsSnapshot.self, from: body)
        {
            gauges = Set(stats.values.map(\.name))
        }
        cache.withLock { $0 = (dump, gauges, now) }
        return (dump, gauges)
    }

    /// Forgets the cache, so the next poll reads afresh (after an action that may change the config).
    public func invalidate() {
        cache.withLock { $0 = (nil, nil, nil) }
    }
}

import NuncioConfig

/// One connection manager's HTTP filter chain as configured: for each stream it makes the filters that are
/// enabled for the stream's route (a filter `disabled` by default runs where a route's `typed_per_filter_config`
/// enables it; a `FilterConfig` with `disabled: true` turns one off) and hands them to a new `FilterManager`.
/// Built once per listener; streams use it on their own loops.
final class HTTPFilterChainFactory: Sendable {
    private struct Entry: Sendable {
        let config: HttpFilter
        let factory: HTTPFilterRegistry.Factory
    }

    private let entries: [Entry]
    private let bufferLimit: Int

    init(filters: [HttpFilter], bufferLimit: Int) {
        entries = filters.map { Entry(config: $0, factory: HTTPFilterRegistry.factory(for: $0)) }
        self.bufferLimit = bufferLimit
    }

    func createFilterChain(for stream: ActiveStream) -> FilterManager {
        let manager = FilterManager(stream: stream, bufferLimit: bufferLimit)
        for entry in entries {
            let config = entry.config
            if !config.isRouter {
                let routeSays = stream.perFilterConfig(config.configName).map { $0.disabled ?? false }
                if routeSays ?? config.disabled { continue }
            }
            entry.factory(stream, manager)
        }
        return manager
    }
}

/// The HTTP filters this build has, keyed by the `@type` of their config (Envoy's filter registry): each makes a
/// stream's filter from its config.
enum HTTPFilterRegistry {
    typealias Factory = @Sendable (ActiveStream, FilterManager) -> Void

    static func factory(for filter: HttpFilter) -> Factory {
        guard let make = factories[filter.typeURL] else {
            // The loader accepts only filters of the types below.
            preconditionFailure("no factory for HTTP filter \(filter.typeURL)")
        }
        return make(filter)
    }

    private static let factories: [String: @Sendable (HttpFilter) -> Factory] = [
        "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router": { filter in
            guard case .router(let config) = filter.kind else { preconditionFailure() }
            return { stream, manager in manager.add(decoder: RouterFilter(config: config, stream: stream)) }
        },
        "type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck": { filter in
            guard case .healthCheck(let config) = filter.kind else { preconditionFailure() }
            return { stream, manager in
                let healthCheck = HealthCheckStreamFilter(config: config, stream: stream)
                manager.add(decoder: healthCheck)
                manager.add(encoder: healthCheck)
            }
        },
        "type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer": { filter in
            guard case .buffer(let config) = filter.kind else { preconditionFailure() }
            let name = filter.configName
            return { stream, manager in
                manager.add(decoder: BufferStreamFilter(config: config, name: name, stream: stream))
            }
        },
    ]
}

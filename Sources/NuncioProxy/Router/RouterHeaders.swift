import NIOHTTP1
import NuncioConfig

/// The router's header edits (Envoy's `Router::FilterUtility` and `UpstreamRequest` header handling): the
/// request's path and host rewrites and `x-envoy-expected-rq-timeout-ms` on the way up, and on the way down the
/// upstream's hop-by-hop headers, `date` and (when overwriting) `server` dropped for the connection manager's own,
/// and `x-envoy-upstream-service-time`.
enum RouterHeaders {
    /// The route's global timeout in nanoseconds (0: none): the route's `timeout`, or with
    /// `respect_expected_rq_timeout` the request's own `x-envoy-expected-rq-timeout-ms` when it has one (the
    /// connection manager strips that header from external requests first, as Envoy does).
    static func globalTimeout(
        _ head: HTTPRequestHead, action: ForwardAction, config: RouterFilterConfig
    ) -> Int64 {
        if config.respectExpectedRqTimeout, let value = head.headers.first(name: "x-envoy-expected-rq-timeout-ms"),
            let milliseconds = Int64(value), milliseconds >= 0
        {
            return milliseconds * 1_000_000
        }
        return action.timeout.nanoseconds
    }

    static func mutateRequestHeaders(
        _ head: inout HTTPRequestHead, action: ForwardAction, route: CompiledRoute, config: RouterFilterConfig,
        globalTimeout: Int64
    ) {
        if let prefixRewrite = action.prefixRewrite, case .prefix(let prefix) = route.config.match.path {
            let original = head.uri
            if original.count >= prefix.count {
                head.uri = prefixRewrite + original.dropFirst(prefix.count)
                head.headers.replaceOrAdd(name: "x-envoy-original-path", value: original)
            }
        }
        if let host = action.hostRewriteLiteral {
            head.headers.replaceOrAdd(name: "host", value: host)
        }
        let timeout = expectedTimeoutMs(globalTimeout / 1_000_000, route: route)
        // The client's own value never reaches here: the connection manager strips it (`InternalHeaders`).
        if timeout > 0 && !config.suppressEnvoyHeaders {
            head.headers.add(name: "x-envoy-expected-rq-timeout-ms", value: String(timeout))
        }
    }

    private static func expectedTimeoutMs(_ global: Int64, route: CompiledRoute) -> Int64 {
        if let perTry = route.retryPolicy?.perTryTimeout?.milliseconds, perTry > 0 {
            return global > 0 ? min(perTry, global) : perTry
        }
        return global
    }

    /// The response head as it goes downstream, with the connection manager's own headers from `stream`.
    static func responseHead(
        _ head: HTTPResponseHead, serviceTimeMs: Int64, config: RouterFilterConfig, stream: ActiveStream
    ) -> HTTPResponseHead {
        let serverHeaderTransformation = stream.listener.manager.serverHeaderTransformation
        var response = head
        var hasServer = false
        var fields = HopByHopHeaders.forwarded(head.headers, reserving: 3) { name, _ in
            switch name.utf8.count {
            case 4: return HeaderName.equals(name, "date")
            case 6 where HeaderName.equals(name, "server"):
                hasServer = true
                return serverHeaderTransformation == .OVERWRITE
            default: return false
            }
        }
        if !config.suppressEnvoyHeaders {
            fields.append(("x-envoy-upstream-service-time", String(serviceTimeMs)))
        }
        stream.appendConnectionManagerHeaders(to: &fields, upstreamHasServer: hasServer)
        response.headers = HTTPHeaders(fields)
        return response
    }
}

/// The `x-envoy-*` request headers only Envoy's own hops may set (Envoy's
/// `ConnectionManagerUtility::cleanInternalHeaders`). Nuncio treats every request as external, as Envoy 1.40 does
/// without `internal_address_config`, so these always go; the edge ones go when the connection manager is the edge
/// (`use_remote_address`).
enum InternalHeaders {
    /// Whether the client's `name` is stripped before the filters see it. Cheap for other headers: most names are
    /// not 15 to 40 bytes long with `x-envoy-` in front.
    @inline(__always)
    static func isStripped(_ name: String, edge: Bool) -> Bool {
        let count = name.utf8.count
        guard count >= 15, count <= 40, name.utf8.first! | 0x20 == UInt8(ascii: "x") else { return false }
        return isStrippedEnvoyHeader(name, count: count, edge: edge)
    }

    private static func isStrippedEnvoyHeader(_ name: String, count: Int, edge: Bool) -> Bool {
        switch count {
        case 15: return HeaderName.equals(name, "x-envoy-ip-tags")
        case 16: return HeaderName.equals(name, "x-envoy-retry-on") || HeaderName.equals(name, "x-envoy-internal")
        case 19: return HeaderName.equals(name, "x-envoy-max-retries") || HeaderName.equals(name, "x-envoy-force-trace")
        case 20: return HeaderName.equals(name, "x-envoy-original-url")
        case 21:
            return HeaderName.equals(name, "x-envoy-retry-grpc-on")
                || (edge && HeaderName.equals(name, "x-envoy-original-path"))
        case 27: return edge && HeaderName.equals(name, "x-envoy-decorator-operation")
        case 30:
            return HeaderName.equals(name, "x-envoy-upstream-rq-timeout-ms")
                || HeaderName.equals(name, "x-envoy-expected-rq-timeout-ms")
                || HeaderName.equals(name, "x-envoy-retriable-status-codes")
                || HeaderName.equals(name, "x-envoy-retriable-header-names")
                || HeaderName.equals(name, "x-envoy-upstream-alt-stat-name")
        case 31: return edge && HeaderName.equals(name, "x-envoy-downstream-service-node")
        case 32: return HeaderName.equals(name, "x-envoy-hedge-on-per-try-timeout")
        case 34: return edge && HeaderName.equals(name, "x-envoy-downstream-service-cluster")
        case 38: return HeaderName.equals(name, "x-envoy-upstream-rq-per-try-timeout-ms")
        case 40: return HeaderName.equals(name, "x-envoy-upstream-rq-timeout-alt-response")
        default: return false
        }
    }
}

/// Envoy stat names are dotted paths such as `cluster.service1.upstream_rq_total`.
public enum StatName {
    /// Envoy sorts names by bytes (`.` before `_` before letters), not by Unicode collation.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}

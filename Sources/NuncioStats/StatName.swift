/// Envoy stat names are dotted paths such as `cluster.service1.upstream_rq_total`.
public typealias StatName = String

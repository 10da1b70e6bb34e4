extension Bootstrap {
    /// Envoy's `checkLocalInfo` for file subscriptions: a config source needs the node's `id` and `cluster`, from the
    /// file or the `--service-node` / `--service-cluster` flags. The message names the first resource type that
    /// needs them, in Envoy's order of start-up (static EDS clusters, CDS, LDS, static RDS); nil when nothing does.
    public func localInfoError(serviceNode: String?, serviceCluster: String?) -> String? {
        let id = serviceNode ?? node.id
        let cluster = serviceCluster ?? node.cluster
        guard id.isEmpty || cluster.isEmpty else { return nil }
        var needing: [ResourceType] = []
        if clusters.contains(where: { $0.edsClusterConfig != nil }) { needing.append(.clusterLoadAssignment) }
        if dynamicResources?.cdsConfig != nil { needing.append(.cluster) }
        if dynamicResources?.ldsConfig != nil { needing.append(.listener) }
        if listeners.contains(where: { $0.filterChains.contains { $0.httpConnectionManager.rds != nil } }) {
            needing.append(.routeConfiguration)
        }
        guard let first = needing.first else { return nil }
        return "\(first.rawValue): node 'id' and 'cluster' are required. Set it either in 'node' config or via "
            + "--service-node and --service-cluster options."
    }
}

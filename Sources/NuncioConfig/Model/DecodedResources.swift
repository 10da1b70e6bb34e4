/// The kinds of resource nuncio reads from a config source, by their v3 type URL (a resource's `@type`).
public enum ResourceType: String, CaseIterable, Sendable {
    case listener = "type.googleapis.com/envoy.config.listener.v3.Listener"
    case cluster = "type.googleapis.com/envoy.config.cluster.v3.Cluster"
    case routeConfiguration = "type.googleapis.com/envoy.config.route.v3.RouteConfiguration"
    case clusterLoadAssignment = "type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment"
}

/// The resources of one update (Envoy's `DecodedResource`s), typed by their kind.
public enum DecodedResources: Equatable, Sendable {
    case listeners([Listener])
    case clusters([Cluster])
    case routeConfigurations([RouteConfiguration])
    case clusterLoadAssignments([ClusterLoadAssignment])

    public var type: ResourceType {
        switch self {
        case .listeners: .listener
        case .clusters: .cluster
        case .routeConfigurations: .routeConfiguration
        case .clusterLoadAssignments: .clusterLoadAssignment
        }
    }

    public var count: Int {
        switch self {
        case .listeners(let items): items.count
        case .clusters(let items): items.count
        case .routeConfigurations(let items): items.count
        case .clusterLoadAssignments(let items): items.count
        }
    }

    /// Each resource's name: a listener's, cluster's or route configuration's `name`, an assignment's
    /// `cluster_name`.
    public var names: [String] {
        switch self {
        case .listeners(let items): items.map(\.name)
        case .clusters(let items): items.map(\.name)
        case .routeConfigurations(let items): items.map(\.name)
        case .clusterLoadAssignments(let items): items.map(\.clusterName)
        }
    }
}

/// A resource file as Envoy reads one (a `DiscoveryResponse`): its `version_info` and its resources.
public struct ResourceFile: Equatable, Sendable {
    public var versionInfo: String
    public var resources: DecodedResources

    public init(versionInfo: String, resources: DecodedResources) {
        self.versionInfo = versionInfo
        self.resources = resources
    }
}

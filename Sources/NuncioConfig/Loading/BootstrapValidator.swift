/// The checks Envoy makes across the bootstrap: names unique, clusters that routes name exist, addresses free.
struct BootstrapValidator {
    let bootstrap: Bootstrap
    let root: ConfigNode
    let context: LoadContext

    /// Records every problem found in the context rather than stopping at the first.
    func validate() {
        for check in [checkClusters, checkListeners, checkRouteClusters] {
            _ = try? context.recording(check)
        }
    }

    /// The reader at a path of plain keys and indexes, for errors about things the model no longer positions.
    private func reader(_ steps: [PathStep]) -> ValueReader {
        var node = root
        var path = ""
        // Stops at the last step that exists, so the path and the position always agree.
        walk: for step in steps {
            switch (step, node.kind) {
            case (.key(let key), .mapping(let entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { break walk }
                node = entry.value
                path = path.isEmpty ? key : "\(path).\(key)"
            case (.index(let index), .sequence(let items)) where index < items.count:
                node = items[index]
                path += "[\(index)]"
            default:
                break walk
            }
        }
        return ValueReader(node: node, path: path, context: context)
    }

    enum PathStep {
        case key(String)
        case index(Int)
    }

    private func checkClusters() throws {
        checkClusters(
            bootstrap.clusters, indexes: context.clusterIndexes, in: [.key("static_resources"), .key("clusters")])
    }

    /// The checks of each cluster of a list at `list` (the bootstrap's, or a CDS file's `resources`).
    func checkClusters(_ clusters: [Cluster], indexes: [Int], in list: [PathStep]) {
        var seen = Set<String>()
        for (cluster, index) in zip(clusters, indexes) {
            _ = try? context.recording { try checkCluster(cluster, at: list + [.index(index)], seen: &seen) }
        }
    }

    private func checkCluster(_ cluster: Cluster, at base: [PathStep], seen: inout Set<String>) throws {
        if !seen.insert(cluster.name).inserted {
            throw reader(base + [.key("name")]).error(
                "duplicate cluster name '\(cluster.name)': cluster names must be unique")
        }
        let endpoints = cluster.loadAssignment.allEndpoints
        let fromHosts = !hasKey(base, "load_assignment")
        switch cluster.type {
        case .STATIC:
            for (position, endpoint) in endpoints.enumerated() where !endpoint.address.isIPLiteral {
                let steps = endpointAddressSteps(position, in: cluster.loadAssignment, fromHosts: fromHosts)
                throw reader(base + steps).error(
                    "STATIC cluster '\(cluster.name)' needs IP addresses; \"\(endpoint.address.address)\" is a "
                        + "name (use type STRICT_DNS or LOGICAL_DNS)")
            }
        case .LOGICAL_DNS:
            if cluster.loadAssignment.endpoints.count != 1 || endpoints.count != 1 {
                let steps: [PathStep] = fromHosts ? [.key("hosts")] : [.key("load_assignment"), .key("endpoints")]
                throw reader(base + steps).error(
                    "LOGICAL_DNS clusters must have a single locality_lb_endpoint and a single lb_endpoint")
            }
        case .STRICT_DNS, .EDS:
            break
        }
    }

    /// The steps from a cluster to the `address` string of its endpoint number `index` (in config order).
    private func endpointAddressSteps(
        _ index: Int, in assignment: ClusterLoadAssignment, fromHosts: Bool
    ) -> [PathStep] {
        let address: [PathStep] = [.key("socket_address"), .key("address")]
        if fromHosts { return [.key("hosts"), .index(index)] + address }
        var remaining = index
        for (localityIndex, locality) in assignment.endpoints.enumerated() {
            if remaining < locality.lbEndpoints.count {
                return [.key("load_assignment"), .key("endpoints"), .index(localityIndex), .key("lb_endpoints"),
                    .index(remaining), .key("endpoint"), .key("address")] + address
            }
            remaining -= locality.lbEndpoints.count
        }
        return [.key("load_assignment")]
    }

    private func hasKey(_ steps: [PathStep], _ key: String) -> Bool {
        if case .mapping(let entries) = reader(steps).node.kind {
            return entries.contains { $0.key == key }
        }
        return false
    }

    /// Listeners and the admin bind to IP addresses; Envoy rejects a name ("malformed IP address").
    private func checkBindable(_ address: SocketAddress, at steps: [PathStep]) throws {
        guard !address.isIPLiteral else { return }
        throw reader(steps + [.key("socket_address"), .key("address")]).error(
            "malformed IP address \"\(address.address)\": a listening address must be an IP address, not a name")
    }

    private func checkListeners() throws {
        if let admin = bootstrap.admin {
            try context.recording { try checkBindable(admin.address, at: [.key("admin"), .key("address")]) }
        }
        checkListeners(
            bootstrap.listeners, indexes: context.listenerIndexes, in: [.key("static_resources"), .key("listeners")])
    }

    /// The checks of each listener of a list at `list` (the bootstrap's, or an LDS file's `resources`).
    func checkListeners(_ listeners: [Listener], indexes: [Int], in list: [PathStep]) {
        var names: [String: Int] = [:]
        var addresses: [SocketAddress: Int] = [:]
        for (listener, index) in zip(listeners, indexes) {
            _ = try? context.recording {
                try checkListener(listener, index: index, in: list, names: &names, addresses: &addresses)
            }
        }
    }

    private func checkListener(
        _ listener: Listener, index: Int, in list: [PathStep], names: inout [String: Int],
        addresses: inout [SocketAddress: Int]
    ) throws {
        let base = list + [.index(index)]
        let listPath = reader(list).path
        if !listener.name.isEmpty {
            if let other = names[listener.name] {
                throw reader(base + [.key("name")]).error(
                    "duplicate listener name '\(listener.name)' (also \(listPath)[\(other)])")
            }
            names[listener.name] = index
        }
        try checkBindable(listener.address, at: base + [.key("address")])
        // Port 0 asks the kernel for a free port, so several listeners may share it.
        if listener.address.port != 0, let other = addresses[listener.address] {
            throw reader(base + [.key("address")]).error(
                "listener address \(listener.address) is already used by \(listPath)[\(other)]")
        }
        addresses[listener.address] = index
        if let admin = bootstrap.admin, admin.address == listener.address, listener.address.port != 0 {
            throw reader(base + [.key("address")]).error(
                "listener address \(listener.address) is also the admin address")
        }
    }

    private func checkRouteClusters() throws {
        // Clusters from CDS are known only when its file is read: routes may name them.
        guard bootstrap.dynamicResources?.cdsConfig == nil else { return }
        guard let failed = context.failedClusterNames else { return }
        let defined = Set(bootstrap.clusters.map(\.name)).union(failed)
        for (name, reference) in context.clusterReferences where !defined.contains(name) {
            var message = "route names cluster '\(name)', which is not defined in static_resources.clusters"
            if let guess = closestMatch(to: name, in: Array(defined)) { message += " (did you mean '\(guess)'?)" }
            context.record(reference.error(message))
        }
    }
}

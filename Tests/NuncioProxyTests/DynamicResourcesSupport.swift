import NuncioConfig
import NuncioTestSupport
import XCTest

/// Listeners and clusters as an LDS or CDS update carries them, read through the bootstrap loader.
enum DynamicResources {
    static func routes(to cluster: String) -> String {
        """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: \(cluster) }
            """
    }

    static func directResponse(_ body: String) -> String {
        """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              direct_response: { status: 200, body: { inline_string: "\(body)" } }
            """
    }

    /// The harness' listener, renamed, on port `port` (0: a new ephemeral port).
    static func listener(name: String, routes: String, port: Int = 0, managerExtra: String = "") throws -> Listener {
        let yaml = ProxyHarness.config(clusters: [], routes: routes, managerExtra: managerExtra)
            .replacingOccurrences(of: "@LISTENER_PORT@", with: String(port))
            .replacingOccurrences(of: "  clusters:\n", with: "")
            // The clusters are the running server's; the loader alone does not know them.
            .replacingOccurrences(of: "name: local_route", with: "name: local_route\n            validate_clusters: false")
        var listener = try BootstrapLoader.load(text: yaml, file: "lds.yaml").bootstrap.listeners[0]
        listener.name = name
        return listener
    }

    /// A STATIC round-robin cluster on the harness' upstreams.
    static func cluster(_ name: String, endpoints: String, extra: String = "") throws -> Cluster {
        let yaml = ProxyHarness.config(clusters: [(name, endpoints, extra)], routes: directResponse("x"))
            .replacingOccurrences(of: "@LISTENER_PORT@", with: "0")
        return try BootstrapLoader.load(text: yaml, file: "cds.yaml").bootstrap.clusters[0]
    }
}

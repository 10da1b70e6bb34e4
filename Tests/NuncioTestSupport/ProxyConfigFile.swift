import Foundation

/// A v3 bootstrap on disk with one listener routing everything (or `/service/1`) to one STATIC cluster, for tests
/// that run a real binary (Nuncio's or Envoy's). The caller removes the file.
public enum ProxyConfigFile {
    public static func write(
        listenerPort: Int, cluster: String, endpoints: [(host: String, port: Int)], adminPort: Int? = nil,
        routePrefix: String = "/", routeExtra: String = "", clusterExtra: String = "", connectTimeout: String = "1s"
    ) throws -> String {
        let path = NSTemporaryDirectory() + "nuncio-test-\(UUID().uuidString).yaml"
        let lbEndpoints = endpoints.map {
            "        - endpoint: { address: { socket_address: { address: \($0.host), port_value: \($0.port) } } }"
        }.joined(separator: "\n")
        var yaml = """
            static_resources:
              listeners:
              - address: { socket_address: { address: 127.0.0.1, port_value: \(listenerPort) } }
                filter_chains:
                - filters:
                  - name: envoy.filters.network.http_connection_manager
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                      stat_prefix: ingress_http
                      route_config:
                        name: local_route
                        virtual_hosts:
                        - name: backend
                          domains: ["*"]
                          routes:
                          - match: { prefix: "\(routePrefix)" }
                            route: { cluster: \(cluster)\(routeExtra) }
                      http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
              clusters:
              - name: \(cluster)
                type: STATIC
                connect_timeout: \(connectTimeout)
            \(clusterExtra)
                load_assignment:
                  cluster_name: \(cluster)
                  endpoints:
                  - lb_endpoints:
            \(lbEndpoints)

            """
        if let adminPort {
            yaml += """
                admin:
                  address: { socket_address: { address: 127.0.0.1, port_value: \(adminPort) } }

                """
        }
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

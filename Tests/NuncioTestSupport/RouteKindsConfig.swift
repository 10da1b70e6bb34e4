/// Virtual hosts with one route of each kind the dashboard's Routes screen describes (a cluster with a prefix
/// rewrite, a redirect, weighted clusters `one` and `two`, a direct response), for `ProxyHarness.config(routes:)`.
public enum RouteKindsConfig {
    public static let virtualHosts = """
                          - name: shop
                            domains: ["shop.example", "www.shop.example"]
                            routes:
                            - match: { prefix: "/api/" }
                              route: { cluster: one, prefix_rewrite: "/" }
                            - match: { path: "/old" }
                              redirect: { path_redirect: "/new", response_code: FOUND }
                            - match: { prefix: "/canary" }
                              route:
                                weighted_clusters:
                                  clusters: [{ name: one, weight: 90 }, { name: two, weight: 10 }]
                          - name: fallback
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              direct_response: { status: 404, body: { inline_string: "no such site" } }
            """

    /// A STATIC endpoint on 127.0.0.1, as `ProxyHarness.config(clusters:)` takes endpoints.
    public static func endpoint(port: Int) -> String {
        """
                    - endpoint:
                        address:
                          socket_address: { address: 127.0.0.1, port_value: \(port) }
            """
    }
}

import NuncioTestSupport

extension ProxyHarness {
    /// One virtual host sending every path to cluster `one`, as `config(clusters:routes:)` takes routes.
    static let routesToOne = """
                      - name: default
                        domains: ["*"]
                        routes:
                        - match: { prefix: "/" }
                          route: { cluster: one }
        """
}

import NuncioTestSupport

extension ProxyHarness {
    /// A proxy with one upstream, `a`, as cluster `one`, on the given virtual hosts and connection manager fields.
    static func oneUpstream(routes: String, managerExtra: String) throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: routes, managerExtra: managerExtra))
        return harness
    }
}

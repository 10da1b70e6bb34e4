import NuncioConfig
import NuncioTestSupport

@testable import NuncioProxy

extension ProxyHarness {
    /// A proxy with the given server options on one upstream (`a`, routed from `/`), its connection manager with
    /// `managerExtra`; the caller shuts it down.
    func startServer(managerExtra: String = "", options: ProxyServer.Options) throws -> ProxyServer {
        try addUpstreams(["a"])
        let yaml = ProxyHarness.config(
            clusters: [("one", endpoint("a"), "")], routes: ProxyHarness.routesToOne, managerExtra: managerExtra)
            .replacingOccurrences(of: "@LISTENER_PORT@", with: "0")
        let server = ProxyServer(bootstrap: try BootstrapLoader.load(text: yaml, file: "test.yaml").bootstrap,
            options: options)
        try server.start()
        return server
    }
}

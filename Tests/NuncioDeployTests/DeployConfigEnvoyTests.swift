import Foundation
import NIOPosix
import NuncioConfig
import NuncioTestSupport
import XCTest
import Yams

/// The ConfigMaps' Envoy config is valid as Envoy reads it: the bootstrap passes real Envoy 1.40's
/// `--mode validate`, and lds.yaml and cds.yaml, mounted as the kubelet mounts them, load as resource files.
final class DeployConfigEnvoyTests: XCTestCase {
    private func envoy() throws -> String {
        guard let binary = RealEnvoy.binary else { throw XCTSkip("ENVOY_BIN is not set") }
        return binary
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-k8s-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    func testTheBootstrapPassesEnvoysValidateMode() throws {
        let binary = try envoy()
        let config = try KubernetesDeployConfig()
        let directory = try temporaryDirectory()
        let xds = directory.appendingPathComponent("xds")
        _ = try KubeletConfigMapSwap(directory: xds, files: try config.xds())
        let bootstrap = directory.appendingPathComponent("bootstrap.yaml")
        try config.localBootstrap(xdsDirectory: xds.path).write(to: bootstrap, atomically: true, encoding: .utf8)
        let result = try ChildProcess.run(binary, ["--mode", "validate", "-c", bootstrap.path, "-l", "warning"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("OK"), result.stdout)
    }

    /// Envoy's validate mode does not read path config sources: a running Envoy does, and counts the result.
    func testTheResourceFilesLoadInEnvoyAndServeTraffic() throws {
        let binary = try envoy()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let backend = try TestUpstream(name: "backend", group: group)
        defer { backend.stop() }
        let config = try KubernetesDeployConfig()
        let xds = try temporaryDirectory().appendingPathComponent("xds")
        let port = NuncioBinary.freePort()
        let files = try config.localXDS(listenerPort: port, backendPort: backend.port)
        _ = try KubeletConfigMapSwap(directory: xds, files: files)
        let proxy = try RealEnvoy(binary: binary, config: try config.localBootstrap(xdsDirectory: xds.path))
        defer { proxy.stop() }

        XCTAssertEqual(proxy.stat("listener_manager.lds.update_success"), 1)
        XCTAssertEqual(proxy.stat("listener_manager.lds.update_rejected"), 0)
        XCTAssertEqual(proxy.stat("cluster_manager.cds.update_success"), 1)
        XCTAssertEqual(proxy.stat("cluster_manager.cds.update_rejected"), 0)
        XCTAssertTrue(waitUntil(seconds: 10) { (try? RawHTTPClient.get(port: port, path: "/hello"))?.status == 200 })
        XCTAssertEqual(backend.requests.last?.first { $0.0 == ":path" }?.1, "/hello")
    }

    /// Nuncio reads the same listener and cluster today as static resources: each of their fields is one it
    /// supports (an unsupported one would be refused by name).
    func testNuncioLoadsTheListenerAndClusterAsStaticResources() throws {
        let xds = try KubernetesDeployConfig().xds()
        func resources(_ key: String) throws -> [[String: Any]] {
            let file = try Yams.load(yaml: xds[key]!) as? [String: Any]
            return (file?["resources"] as? [[String: Any]] ?? []).map { resource in
                resource.filter { $0.key != "@type" }
            }
        }
        let bootstrap: [String: Any] = [
            "static_resources": ["listeners": try resources("lds.yaml"), "clusters": try resources("cds.yaml")],
        ]
        let loaded = try BootstrapLoader.load(text: try Yams.dump(object: bootstrap), file: "configmap-static.yaml")
        XCTAssertEqual(loaded.bootstrap.listeners.map(\.name), ["ingress"])
        XCTAssertEqual(loaded.bootstrap.clusters.map(\.name), ["backend"])
    }
}

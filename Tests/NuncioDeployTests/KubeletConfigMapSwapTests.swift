import Foundation
import NIOPosix
import NuncioTestSupport
import XCTest

/// The kubelet's ConfigMap update (KubeletConfigMapSwap), and real Envoy 1.40 following it live under load with
/// the deploy/kubernetes config: what every replica does when the ConfigMap is edited.
final class KubeletConfigMapSwapTests: XCTestCase {
    private func temporaryDirectory() -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-swap-\(UUID())")
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    private func link(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    func testTheLayoutAndTheSwapAreTheKubelets() throws {
        let volume = try KubeletConfigMapSwap(
            directory: temporaryDirectory(), files: ["lds.yaml": "a", "cds.yaml": "b"])
        let first = try XCTUnwrap(volume.dataDirectory)
        let stamp = #"^\.\.\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}\.\d+$"#
        XCTAssertNotNil(first.range(of: stamp, options: .regularExpression), first)
        XCTAssertEqual(link(volume.path("lds.yaml")), "..data/lds.yaml")
        XCTAssertEqual(try String(contentsOfFile: volume.path("lds.yaml"), encoding: .utf8), "a")

        try volume.update("lds.yaml", to: "a2")
        let second = try XCTUnwrap(volume.dataDirectory)
        XCTAssertNotEqual(second, first)
        XCTAssertFalse(FileManager.default.fileExists(atPath: volume.path(first)), "the old data directory stays")
        XCTAssertFalse(FileManager.default.fileExists(atPath: volume.path("..data_tmp")))
        XCTAssertEqual(try String(contentsOfFile: volume.path("lds.yaml"), encoding: .utf8), "a2")
        XCTAssertEqual(try String(contentsOfFile: volume.path("cds.yaml"), encoding: .utf8), "b")

        // The same payload again: the kubelet writes nothing.
        try volume.write(volume.files)
        XCTAssertEqual(volume.dataDirectory, second)
        XCTAssertEqual(volume.writes, 2)

        // A key that left the ConfigMap leaves the volume.
        try volume.write(["lds.yaml": "a3"])
        XCTAssertNil(link(volume.path("cds.yaml")))
        let entries = try FileManager.default.contentsOfDirectory(atPath: volume.directory.path).sorted()
        XCTAssertEqual(entries, [try XCTUnwrap(volume.dataDirectory), "..data", "lds.yaml"].sorted())
    }

    /// Real Envoy on the ConfigMap's lds.yaml and cds.yaml, a steady stream of keep-alive requests, then one kubelet
    /// swap that points the cluster at another backend and adds a response header: both files reload
    /// (`update_success`), the traffic moves, `/config_dump` shows version 2, and no request fails.
    func testEnvoyFollowsTheSwapLiveWithoutDroppingARequest() throws {
        guard let binary = RealEnvoy.binary else { throw XCTSkip("ENVOY_BIN is not set") }
        try runSwapUnderLoad { bootstrap in
            let envoy = try RealEnvoy(binary: binary, config: bootstrap)
            return (envoy.adminPort, envoy.stop)
        }
    }

    /// The same scenario on Nuncio.
    func testNuncioFollowsTheSwapLiveWithoutDroppingARequest() throws {
        guard NuncioBinary.url != nil else { throw XCTSkip("the nuncio executable is not built") }
        let directory = temporaryDirectory()
        try runSwapUnderLoad { bootstrap in
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let adminPort = NuncioBinary.freePort()
            let path = directory.appendingPathComponent("bootstrap.yaml").path
            try KubernetesDeployConfig.replacing(bootstrap, [("port_value: 0 }", "port_value: \(adminPort) }")])
                .write(toFile: path, atomically: true, encoding: .utf8)
            let validation = try NuncioBinary.run(["--mode", "validate", "-c", path])
            XCTAssertEqual(validation.status, 0, validation.stderr)
            let nuncio = try NuncioBinary.launch(
                ["-c", path, "--no-tui", "--concurrency", "1", "-l", "warning"],
                logPath: directory.appendingPathComponent("nuncio.log").path)
            guard waitUntil(seconds: 20, { (try? RawHTTPClient.get(port: adminPort, path: "/ready"))?.status == 200 })
            else {
                nuncio.stop()
                throw NuncioNotReady(log: directory.appendingPathComponent("nuncio.log").path)
            }
            return (adminPort, { nuncio.stop() })
        }
    }

    /// The scenario, for any proxy that `start` runs on a bootstrap text and answers with its admin port and a stop.
    func runSwapUnderLoad(start: (String) throws -> (adminPort: Int, stop: () -> Void)) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let first = try TestUpstream(name: "first", group: group)
        defer { first.stop() }
        let second = try TestUpstream(name: "second", group: group)
        defer { second.stop() }
        let config = try KubernetesDeployConfig()
        let port = NuncioBinary.freePort()
        let volume = try KubeletConfigMapSwap(
            directory: temporaryDirectory(), files: try config.localXDS(listenerPort: port, backendPort: first.port))
        let proxy = try start(try config.localBootstrap(xdsDirectory: volume.directory.path))
        defer { proxy.stop() }
        XCTAssertTrue(waitUntil(seconds: 10) { (try? RawHTTPClient.get(port: port, path: "/"))?.status == 200 })

        let load = SteadyLoad(port: port)
        load.start()
        XCTAssertTrue(waitUntil(seconds: 10) { load.counts.sent >= 20 })
        let updated = try config.localXDS(listenerPort: port, backendPort: second.port)
        try volume.write([
            "lds.yaml": try KubernetesDeployConfig.replacing(updated["lds.yaml"]!, [
                ("version_info: \"1\"", "version_info: \"2\""),
                // A connection manager change both proxies honour: the `server` header names the new config.
                ("stat_prefix: ingress_http\n", "stat_prefix: ingress_http\n        server_name: config-v2\n"),
            ]),
            "cds.yaml": try KubernetesDeployConfig.replacing(updated["cds.yaml"]!, [
                ("version_info: \"1\"", "version_info: \"2\""),
            ]),
        ])
        let followed = waitUntil(seconds: 15) {
            Self.stat(proxy.adminPort, "listener_manager.lds.update_success") >= 2
                && Self.stat(proxy.adminPort, "cluster_manager.cds.update_success") >= 2
                && load.counts.sawNewHeader && second.requestCount > 0
        }
        // More traffic on the new config before stopping the load.
        let sentAtSwitch = load.counts.sent
        _ = waitUntil(seconds: 10) { load.counts.sent >= sentAtSwitch + 20 }
        load.stop()
        let counts = load.counts
        print("kubelet swap under load: \(counts)")
        XCTAssertTrue(followed, "lds/cds updates, new header and second backend: \(counts)")
        XCTAssertEqual(counts.failed, 0, "failed requests of \(counts.sent): \(counts)")
        XCTAssertGreaterThanOrEqual(counts.sent, 40)
        XCTAssertEqual(Self.stat(proxy.adminPort, "listener_manager.lds.update_rejected"), 0)
        XCTAssertEqual(Self.stat(proxy.adminPort, "cluster_manager.cds.update_rejected"), 0)

        // A new connection now reaches the second backend only.
        let firstCount = first.requestCount
        let response = try RawHTTPClient.get(port: port, path: "/after")
        XCTAssertEqual(response.header("server"), "config-v2")
        XCTAssertEqual(first.requestCount, firstCount)
        XCTAssertEqual(second.requests.last?.first { $0.0 == ":path" }?.1, "/after")

        let dump = try RawHTTPClient.get(port: proxy.adminPort, path: "/config_dump").body
        let configs = (try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])?["configs"]
            as? [[String: Any]] ?? []
        let listener = configs.compactMap { $0["dynamic_listeners"] as? [[String: Any]] }.first?.first
        let cluster = configs.compactMap { $0["dynamic_active_clusters"] as? [[String: Any]] }.first?.first
        XCTAssertEqual(cluster?["version_info"] as? String, "2")
        // Only the filter chain changed, so Envoy updates the listener in place (`listener_in_place_updated`), and its
        // active_state keeps the version_info it was created with ("1") while holding the new config.
        let active = try XCTUnwrap(listener?["active_state"] as? [String: Any])
        let listenerJSON = String(decoding: try JSONSerialization.data(withJSONObject: active), as: UTF8.self)
        XCTAssertTrue(listenerJSON.contains("config-v2"), listenerJSON)
        let stats = try RawHTTPClient.get(port: proxy.adminPort, path: "/stats").body
        XCTAssertTrue(stats.contains("listener_manager.lds.version_text: \"2\""), stats)
        XCTAssertTrue(stats.contains("cluster_manager.cds.version_text: \"2\""), stats)
    }

    private struct NuncioNotReady: Error {
        let log: String
    }

    private static func stat(_ adminPort: Int, _ name: String) -> UInt64 {
        let body = (try? RawHTTPClient.get(port: adminPort, path: "/stats?filter=^\(name)$").body) ?? ""
        for line in body.split(separator: "\n") where line.hasPrefix(name + ": ") {
            return UInt64(line.dropFirst(name.count + 2)) ?? 0
        }
        return 0
    }
}

/// One client thread sending requests back to back on a keep-alive connection, reconnecting when the proxy says
/// `connection: close` (as a draining listener does); counts what it sent and what failed.
private final class SteadyLoad: @unchecked Sendable {
    struct Counts: CustomStringConvertible {
        var sent = 0
        var failed = 0
        var connections = 0
        var sawNewHeader = false
        var firstFailure: String?
        var description: String {
            "sent \(sent), failed \(failed), connections \(connections), new header \(sawNewHeader)"
                + (firstFailure.map { ", first failure: \($0)" } ?? "")
        }
    }

    private let port: Int
    private let lock = NSLock()
    private var state = Counts()
    private var stopping = false
    private let done = DispatchSemaphore(value: 0)

    init(port: Int) {
        self.port = port
    }

    var counts: Counts {
        lock.withLock { state }
    }

    func start() {
        Thread { [self] in
            run()
            done.signal()
        }.start()
    }

    /// Stops after the request in flight; bounded by the client's receive timeout.
    func stop() {
        lock.withLock { stopping = true }
        done.wait()
    }

    private func run() {
        var client: RawHTTPClient?
        while !lock.withLock({ stopping }) {
            var failure: String?
            var newHeader = false
            if client == nil {
                client = try? RawHTTPClient(port: port)
                lock.withLock { state.connections += 1 }
            }
            if let connection = client {
                connection.send("GET /steady HTTP/1.1\r\nHost: localhost\r\n\r\n")
                if let response = connection.readResponse() {
                    if response.status != 200 { failure = response.statusLine }
                    newHeader = response.header("server") == "config-v2"
                    if response.header("connection")?.lowercased() == "close" {
                        connection.close()
                        client = nil
                    }
                } else {
                    failure = "no response (connection closed: \(connection.closedByPeer))"
                    client = nil
                }
            } else {
                failure = "connect failed"
            }
            lock.withLock {
                state.sent += 1
                if let failure {
                    state.failed += 1
                    state.firstFailure = state.firstFailure ?? failure
                }
                state.sawNewHeader = state.sawNewHeader || newHeader
            }
        }
        client?.close()
    }
}

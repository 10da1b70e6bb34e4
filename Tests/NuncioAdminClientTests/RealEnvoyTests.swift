import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioAdminClient

/// Against a real Envoy, when `ENVOY_BIN` names its binary: a front listener on 127.0.0.1 routing to a STATIC
/// cluster of three loopback endpoints (Envoy's own direct-response listeners), admin on an ephemeral port.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ENVOY_BIN"] != nil), .serialized)
struct RealEnvoyTests {
    static let frontPort = NuncioBinary.freePort()
    static let backendPorts = [28_481, 28_482, 28_483]
    static let connectionManagerType =
        "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"

    static func config() -> String {
        func directResponse(_ port: Int) -> String {
            """
              - name: backend_\(port)
                address: { socket_address: { address: 127.0.0.1, port_value: \(port) } }
                filter_chains:
                - filters:
                  - name: envoy.filters.network.http_connection_manager
                    typed_config:
                      "@type": \(connectionManagerType)
                      stat_prefix: backend_\(port)
                      route_config:
                        virtual_hosts:
                        - name: all
                          domains: ["*"]
                          routes:
                          - match: { prefix: "/" }
                            direct_response: { status: 200, body: { inline_string: "backend \(port)" } }
                      http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router

            """
        }
        let endpoints = backendPorts.map {
            "        - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: \($0) } } }"
        }.joined(separator: "\n")
        return """
            admin:
              address: { socket_address: { address: 127.0.0.1, port_value: 0 } }
            static_resources:
              listeners:
              - name: front
                address: { socket_address: { address: 127.0.0.1, port_value: \(frontPort) } }
                filter_chains:
                - filters:
                  - name: envoy.filters.network.http_connection_manager
                    typed_config:
                      "@type": \(connectionManagerType)
                      stat_prefix: ingress_http
                      route_config:
                        virtual_hosts:
                        - name: all
                          domains: ["*"]
                          routes:
                          - match: { prefix: "/" }
                            route: { cluster: service1 }
                      http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
            \(backendPorts.map(directResponse).joined())
              clusters:
              - name: service1
                type: STATIC
                connect_timeout: 0.25s
                load_assignment:
                  cluster_name: service1
                  endpoints:
                  - lb_endpoints:
            \(endpoints)
            """
    }

    /// Starts Envoy, waits for its admin address, runs `body`, and stops Envoy (by its PID) however `body` ends.
    static func withEnvoy(_ body: (HTTPAdminSource) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-envoy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let configPath = directory.appendingPathComponent("envoy.yaml").path
        let adminPath = directory.appendingPathComponent("admin.txt").path
        try config().write(toFile: configPath, atomically: true, encoding: .utf8)
        let envoy = try ChildProcess(ProcessInfo.processInfo.environment["ENVOY_BIN"]!, [
            "-c", configPath, "--admin-address-path", adminPath, "--base-id", String(Int.random(in: 1000...60000)),
            "--service-cluster", "nuncio-test", "-l", "warning",
        ])
        defer { envoy.stop() }
        var address = ""
        for _ in 0..<100 where address.isEmpty {
            try await Task.sleep(for: .milliseconds(100))
            address = (try? String(contentsOfFile: adminPath, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
        try #require(!address.isEmpty, "Envoy did not write its admin address")
        // The admin address is written before the listeners are up; /ready answers 200 once they are.
        let adminPort = Int(address.split(separator: ":").last ?? "") ?? 0
        try #require(waitUntil { (try? RawHTTPClient.get(port: adminPort, path: "/ready"))?.status == 200 },
            "Envoy did not become ready")
        try await body(HTTPAdminSource(endpoint: AdminEndpoint(url: "http://\(address)")))
    }

    static func sendRequests(_ count: Int) async throws {
        // One keep-alive connection: Envoy's round robin is per worker, so one connection sees the exact rotation.
        let client = try RawHTTPClient(port: frontPort)
        defer { client.close() }
        for _ in 0..<count {
            client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
        }
    }

    @Test func decodesLiveEndpointsAndActs() async throws {
        try await Self.withEnvoy { source in
            try await Self.sendRequests(12)
            let snapshot = try await source.snapshot()
            #expect(snapshot.serverInfo.state == "LIVE")
            #expect(snapshot.serverInfo.commandLineOptions?.serviceCluster == "nuncio-test")
            let cluster = try #require(snapshot.clusters.cluster(named: "service1"))
            #expect(cluster.hostStatuses.count == 3)
            // Round robin: 12 requests over 3 hosts.
            #expect(cluster.hostStatuses.map { $0.stat("rq_total") } == [4, 4, 4])
            #expect(snapshot.listeners.listenerStatuses.contains { $0.name == "front" })
            #expect(snapshot.stats.numbersByName()["cluster.service1.upstream_rq_total"] == 12)
            #expect(snapshot.clusterConfigs?.config(named: "service1")?.discoveryType == "STATIC")

            #expect(try await source.healthcheckFail() == "OK")
            #expect(try await source.snapshot().serverInfo.state == "DRAINING")
            #expect(try await source.healthcheckOk() == "OK")
            #expect(try await source.snapshot().serverInfo.state == "LIVE")

            _ = try await source.setLogLevel("debug", logger: "upstream")
            let loggers = try await source.loggers()
            #expect(loggers.level(of: "upstream") == "debug")
            #expect(loggers.level(of: "admin") == "warning")

            #expect(try await source.resetCounters() == "OK")
            #expect(try await source.snapshot().stats.numbersByName()["cluster.service1.upstream_rq_total"] == 0)
        }
    }
}

import Foundation
import Testing

@testable import NuncioAdminClient

/// `HTTPAdminSource` against a loopback server that serves the Envoy 1.40 captures.
@Suite struct HTTPAdminSourceTests {
    static func captureServer(extra: [String: LoopbackAdminServer.Answer] = [:]) throws -> LoopbackAdminServer {
        func ok(_ name: String) throws -> LoopbackAdminServer.Answer {
            LoopbackAdminServer.Answer(status: 200, body: try AdminFixtures.body(name))
        }
        var answers: [String: LoopbackAdminServer.Answer] = [
            "GET /server_info": try ok("admin_server_info.json"),
            "GET /clusters?format=json": try ok("admin_clusters.json"),
            "GET /stats?format=json": try ok("admin_stats_json.json"),
            "GET /listeners?format=json": try ok("admin_listeners.json"),
            "GET /config_dump?resource=static_clusters": try ok("admin_config_dump_clusters_resource.json"),
            "POST /logging": try ok("admin_logging_post.txt"),
            "POST /reset_counters": LoopbackAdminServer.Answer(status: 200, body: Data("OK\n".utf8)),
        ]
        answers.merge(extra) { $1 }
        return try LoopbackAdminServer(answers: answers)
    }

    @Test func pollsTheFourEndpointsAndDecodes() async throws {
        let server = try Self.captureServer()
        defer { server.stop() }
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "http://127.0.0.1:\(server.port)/"), timeout: 5)
        #expect(source.displayAddress == "127.0.0.1:\(server.port)")
        let snapshot = try await source.snapshot()
        #expect(snapshot.serverInfo.state == "LIVE")
        #expect(snapshot.clusters.cluster(named: "service1")?.hostStatuses.count == 3)
        #expect(snapshot.stats.values.count == 546)
        #expect(snapshot.listeners.listenerStatuses.count == 1)
        // No dynamic clusters answer here: the static ones are still used.
        #expect(snapshot.clusterConfigs?.config(named: "service2")?.discoveryType == "STRICT_DNS")
        let requests = Set(server.requests)
        for path in ["/server_info", "/clusters?format=json", "/stats?format=json", "/listeners?format=json"] {
            #expect(requests.contains("GET \(path)"))
        }
    }

    @Test func clusterTypesAreReadOnlyOncePerInterval() async throws {
        let server = try Self.captureServer()
        defer { server.stop() }
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "127.0.0.1:\(server.port)"), timeout: 5)
        _ = try await source.snapshot()
        _ = try await source.snapshot()
        #expect(server.requests.filter { $0.hasPrefix("GET /config_dump?resource=") }.count == 2)  // static + dynamic
        // The whole dump (routes, cluster configs) and the gauge names are read once per interval too.
        #expect(server.requests.filter { $0 == "GET /config_dump" }.count == 1)
        #expect(server.requests.filter { $0 == "GET /stats?format=json&type=Gauges" }.count == 1)
    }

    @Test func serverInfoIsReadOnceAndTheStateComesFromReady() async throws {
        let server = try Self.captureServer(extra: [
            "GET /ready": LoopbackAdminServer.Answer(status: 503, body: Data("DRAINING\n".utf8))
        ])
        defer { server.stop() }
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "127.0.0.1:\(server.port)"), timeout: 5)
        #expect(try await source.snapshot().serverInfo.state == "LIVE")
        let second = try await source.snapshot()
        #expect(second.serverInfo.state == "DRAINING")
        #expect(second.serverInfo.releaseVersion == "1.40.0")
        #expect((second.serverInfo.uptimeSeconds ?? 0) >= 2)
        #expect(server.requests.filter { $0 == "GET /server_info" }.count == 1)
        #expect(server.requests.filter { $0 == "GET /ready" }.count == 1)
        // An action makes the next snapshot read /server_info again.
        _ = try await source.resetCounters()
        _ = try await source.snapshot()
        #expect(server.requests.filter { $0 == "GET /server_info" }.count == 2)
    }

    @Test func actionsArePosts() async throws {
        let server = try Self.captureServer()
        defer { server.stop() }
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "127.0.0.1:\(server.port)"), timeout: 5)
        #expect(try await source.resetCounters() == "OK")
        let loggers = try await source.loggers()
        #expect(loggers.level(of: "upstream") == "info")
        #expect(server.requests == ["POST /reset_counters", "POST /logging"])
    }

    @Test func errorStatusesCarryTheFirstLine() async throws {
        let server = try Self.captureServer(extra: [
            "POST /quitquitquit": LoopbackAdminServer.Answer(status: 503, body: Data("shutting down\nmore\n".utf8))
        ])
        defer { server.stop() }
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "127.0.0.1:\(server.port)"), timeout: 5)
        await #expect(throws: AdminClientError(.status(503), path: "/quitquitquit", detail: "shutting down")) {
            try await source.quit()
        }
    }

    @Test func unreadableJSONIsADecodingError() async throws {
        let server = try Self.captureServer(extra: [
            "GET /server_info": LoopbackAdminServer.Answer(status: 200, body: Data("not json".utf8))
        ])
        defer { server.stop() }
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "127.0.0.1:\(server.port)"), timeout: 5)
        do {
            _ = try await source.snapshot()
            Issue.record("decoded garbage")
        } catch let error as AdminClientError {
            #expect(error.kind == .decoding)
            #expect(error.path == "/server_info")
        }
    }

    @Test func unreachableAdminPortIsATransportError() async throws {
        let server = try LoopbackAdminServer(answers: [:])
        let port = server.port
        server.stop()
        let source = HTTPAdminSource(endpoint: AdminEndpoint(url: "http://127.0.0.1:\(port)"), timeout: 2)
        do {
            _ = try await source.snapshot()
            Issue.record("reached a closed port")
        } catch let error as AdminClientError {
            #expect(error.kind == .transport)
        }
    }
}

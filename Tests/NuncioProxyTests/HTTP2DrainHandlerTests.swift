import Foundation
import NIOCore
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Envoy's two-phase HTTP/2 drain as a frame-level client sees it, side by side with real Envoy: a request in
/// flight, then a drain (`/drain_listeners?graceful` with `--drain-strategy immediate`, or `/healthcheck/fail`);
/// the client gets a GOAWAY with last stream id 2^31-1, `drain_timeout` (1 s here) later a GOAWAY naming stream 1,
/// its response, and the close. Envoy sends the first GOAWAY with the response (its drain decision is made there),
/// Nuncio when the drain starts; the frames are the same.
@Suite struct HTTP2DrainHandlerTests {
    enum Trigger: String, CaseIterable, Sendable {
        case drainListeners, healthcheckFail

        var adminPath: String { self == .drainListeners ? "/drain_listeners?graceful" : "/healthcheck/fail" }
    }

    static let managerExtra = "          drain_timeout: 1s"

    static func options() -> ProxyServer.Options {
        ProxyServer.Options(
            concurrency: 1, drainTime: .seconds(5), loggers: LoggerRegistry(defaultLevel: .critical),
            drainStrategy: .immediate)
    }

    /// One slow request on a fresh connection, the drain while it waits upstream, then until the connection closes.
    static func observeDrain(
        port: Int, harness: ProxyHarness, trigger: () throws -> Void
    ) throws -> HTTP2FramePeer {
        let upstream = harness.upstreams["a"]!
        let before = upstream.requestCount
        let peer = try HTTP2FramePeer.connect(port: port, group: harness.group)
        defer { peer.close() }
        peer.request(streamID: 1, path: "/delay/1500")
        #expect(waitUntil { upstream.requestCount > before })
        try trigger()
        #expect(waitUntil(seconds: 15) { peer.isClosed })
        return peer
    }

    @Test(arguments: Trigger.allCases)
    func drainSendsTwoGoAwaysThenClosesAfterTheLastStream(_ trigger: Trigger) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let server = try harness.startServer(managerExtra: Self.managerExtra, options: Self.options())
        defer { server.shutdown(drainTime: .milliseconds(200)) }
        var peers = [try Self.observeDrain(port: server.listenerAddresses[0].port!, harness: harness) {
            switch trigger {
            case .drainListeners: server.drainListeners(graceful: true)
            case .healthcheckFail: server.state.healthCheckFailed = true
            }
        }]
        if RealEnvoy.available {
            let yaml = ProxyHarness.config(
                clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne,
                managerExtra: Self.managerExtra)
            let envoy = try RealEnvoy(yaml: yaml, arguments: ["--drain-strategy", "immediate"])
            defer { envoy.stop() }
            peers.append(try Self.observeDrain(port: envoy.port, harness: harness) {
                #expect(GracefulShutdownTests.post(envoy.adminPort, trigger.adminPath) == 200)
            })
        }
        for peer in peers {
            let goAways = peer.goAways
            #expect(goAways.map(\.lastStreamID) == [2_147_483_647, 1])
            if goAways.count == 2 { #expect(goAways[1].time - goAways[0].time >= .milliseconds(800)) }
            #expect(peer.responseStatuses == [1: "200"])
        }
    }

    /// While health checks fail, an HTTP/1.1 response carries `connection: close` and the connection ends, as
    /// Envoy's drain decision makes it.
    @Test func failingHealthChecksCloseHTTP1ConnectionsAfterTheirResponse() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let server = try harness.startServer(options: Self.options())
        defer { server.shutdown(drainTime: .milliseconds(200)) }
        var targets: [(port: Int, fail: () -> Void)] = [
            (server.listenerAddresses[0].port!, { server.state.healthCheckFailed = true })
        ]
        var envoy: RealEnvoy?
        if RealEnvoy.available {
            let started = try RealEnvoy(yaml: ProxyHarness.config(
                clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne))
            envoy = started
            targets.append((started.port, { _ = GracefulShutdownTests.post(started.adminPort, "/healthcheck/fail") }))
        }
        defer { envoy?.stop() }
        for target in targets {
            let client = try RawHTTPClient(port: target.port)
            defer { client.close() }
            client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(client.readResponse()?.header("connection") == nil)
            target.fail()
            client.send("GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = client.readResponse()
            #expect(response?.status == 200)
            #expect(response?.header("connection") == "close")
        }
    }
}

import Foundation
import Logging
import NIOCore
import NuncioTestSupport
import ServiceLifecycle
import Testing

@testable import NuncioProxy

/// The engine as a service of a swift-service-lifecycle group: the group's graceful shutdown drains it with NIO's
/// quiescing. An idle HTTP/1.1 keep-alive connection closes, one with a response in flight closes after it
/// (`connection: close`), an HTTP/2
/// connection gets its two GOAWAY frames and its response, and the group returns once the engine has stopped.
@Suite struct ProxyServiceTests {
    /// Blocking client work on a thread of its own, so that the group's tasks keep the cooperative pool.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    @Test func gracefulShutdownDrainsBothProtocols() async throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let server = try harness.startServer(
            managerExtra: "          drain_timeout: 0.5s",
            options: .init(concurrency: 1, drainTime: .seconds(10), loggers: LoggerRegistry(defaultLevel: .critical)))
        let port = server.listenerAddresses[0].port!
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: ProxyService(server: server))], logger: Logger(label: "test")))
        let running = Task { try await group.run() }

        // Idle keep-alive connections close as the drain starts; one with a request in flight after its response.
        let idle = try RawHTTPClient(port: port)
        defer { idle.close() }
        idle.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(idle.readResponse()?.status == 200)
        let http1 = try RawHTTPClient(port: port)
        defer { http1.close() }
        http1.send("GET /delay/4000 HTTP/1.1\r\nHost: x\r\n\r\n")
        let http2 = try HTTP2FramePeer.connect(port: port, group: harness.group)
        defer { http2.close() }
        http2.request(streamID: 1, path: "/delay/4000")
        let upstream = harness.upstreams["a"]!
        #expect(await Self.onThread { waitUntil { upstream.requestCount == 3 } })

        await group.triggerGracefulShutdown()
        #expect(await Self.onThread { waitUntil { server.state.shuttingDown } })
        nonisolated(unsafe) let idleClient = idle
        #expect(await Self.onThread { idleClient.readResponse() == nil && idleClient.closedByPeer })
        nonisolated(unsafe) let client = http1
        let response = await Self.onThread { client.readResponse().map { ($0.status, $0.header("connection")) } }
        #expect(response?.0 == 200)
        #expect(response?.1 == "close")
        #expect(await Self.onThread { waitUntil { http2.isClosed } })
        #expect(http2.goAways.map(\.lastStreamID) == [2_147_483_647, 1])
        #expect(http2.responseStatuses == [1: "200"])
        try await running.value
    }
}

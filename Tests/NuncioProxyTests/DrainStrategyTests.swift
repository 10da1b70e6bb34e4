import Foundation
import NIOCore
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `--drain-strategy` on `/drain_listeners?graceful`: `immediate` closes every idle connection at once, `gradual`
/// spreads the closes over `--drain-time-s`.
@Suite struct DrainStrategyTests {
    static let connections = 10

    /// A proxy with `connections` idle keep-alive clients, each having had one answer.
    static func idleClients(_ strategy: DrainStrategy, drainTime: TimeAmount, harness: ProxyHarness) throws
        -> (ProxyServer, [RawHTTPClient])
    {
        let server = try harness.startServer(options: .init(
            concurrency: 1, drainTime: drainTime, loggers: LoggerRegistry(defaultLevel: .critical),
            drainStrategy: strategy))
        let port = server.listenerAddresses[0].port!
        var clients: [RawHTTPClient] = []
        for _ in 0..<connections {
            let client = try RawHTTPClient(port: port)
            client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
            clients.append(client)
        }
        #expect(waitUntil { server.connections.count == connections })
        return (server, clients)
    }

    @Test func immediateClosesEveryConnectionAtDrainStart() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        // A drain time no test waits out: only an immediate drain closes them within the wait.
        let (server, clients) = try Self.idleClients(.immediate, drainTime: .seconds(120), harness: harness)
        defer {
            for client in clients { client.close() }
            server.shutdown(drainTime: .milliseconds(200))
        }
        server.drainListeners(graceful: true)
        #expect(waitUntil(seconds: 10) { server.connections.count == 0 })
    }

    @Test func gradualSpreadsTheClosesOverTheDrainTime() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let (server, clients) = try Self.idleClients(.gradual, drainTime: .seconds(4), harness: harness)
        defer {
            for client in clients { client.close() }
            server.shutdown(drainTime: .milliseconds(200))
        }
        let start = Date()
        server.drainListeners(graceful: true)
        // Each connection is asked at a uniform random moment in 4 s: that even half are gone at once, or all
        // within 1 s, is vanishingly unlikely (below 1e-5).
        #expect(server.connections.count > Self.connections / 2)
        #expect(waitUntil(seconds: 20) { server.connections.count == 0 })
        #expect(Date().timeIntervalSince(start) >= 1)
    }
}

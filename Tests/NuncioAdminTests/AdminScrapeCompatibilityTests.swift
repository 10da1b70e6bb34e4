import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// A scraper written for Envoy's admin API (`Tests/Fixtures/admin_scrape.py`) gives the same account of Envoy 1.40
/// and of Nuncio running the same config: same statuses, content types, JSON shapes and parseable formats.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ENVOY_BIN"] != nil && NuncioBinary.url != nil,
    "needs ENVOY_BIN and the nuncio binary"))
struct AdminScrapeCompatibilityTests {
    @Test func theSameScrapeWorksAgainstEnvoyAndNuncio() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstream = try TestUpstream(name: "u", host: "127.0.0.61", group: group)
        defer { upstream.stop() }
        func config(port: Int, admin: Int) throws -> String {
            try ProxyConfigFile.write(
                listenerPort: port, cluster: "service1", endpoints: [(upstream.host, upstream.port)], adminPort: admin,
                routePrefix: "/service/1")
        }
        let (envoyPort, envoyAdmin) = (NuncioBinary.freePort(), NuncioBinary.freePort())
        let (nuncioPort, nuncioAdmin) = (NuncioBinary.freePort(), NuncioBinary.freePort())
        let envoyConfig = try config(port: envoyPort, admin: envoyAdmin)
        let nuncioConfig = try config(port: nuncioPort, admin: nuncioAdmin)
        let envoy = try ChildProcess(ProcessInfo.processInfo.environment["ENVOY_BIN"]!, [
            // Nuncio has no hot restart: compared with Envoy's answers when it is disabled.
            "-c", envoyConfig, "--concurrency", "1", "-l", "error", "--disable-hot-restart",
        ])
        defer { envoy.stop() }
        let log = NSTemporaryDirectory() + "scrape-nuncio-\(UUID().uuidString).log"
        let nuncio = try NuncioBinary.launch(["-c", nuncioConfig, "--no-tui", "--concurrency", "1"], logPath: log)
        defer { nuncio.stop() }
        for port in [envoyPort, nuncioPort] {
            #expect(waitUntil(seconds: 20) { (try? RawHTTPClient.get(port: port, path: "/service/1"))?.status == 200 })
            for _ in 0..<3 { _ = try? RawHTTPClient.get(port: port, path: "/service/1") }
        }
        let fromEnvoy = try Self.scrape(port: envoyAdmin)
        let fromNuncio = try Self.scrape(port: nuncioAdmin)
        #expect(fromEnvoy.count > 20)
        for (envoyLine, nuncioLine) in zip(fromEnvoy, fromNuncio) {
            #expect(envoyLine == nuncioLine)
        }
        #expect(fromEnvoy.count == fromNuncio.count)
    }

    static func scrape(port: Int) throws -> [String] {
        let script = NuncioBinary.packageRoot.appendingPathComponent("Tests/Fixtures/admin_scrape.py").path
        let result = try ChildProcess.run("/usr/bin/env", ["python3", script, "http://127.0.0.1:\(port)"])
        return result.stdout.split(separator: "\n").map(String.init)
    }
}

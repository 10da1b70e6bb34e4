import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// `nuncio top` attached to a real Envoy 1.40 (when `ENVOY_BIN` names it): its clusters and hosts on screen.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ENVOY_BIN"] != nil && NuncioBinary.url != nil
    && TmuxSession.available, "needs ENVOY_BIN, the nuncio binary and tmux"))
struct TopAgainstEnvoyTests {
    @Test func showsEnvoysClustersAndHosts() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstreams = try (1...3).map { try TestUpstream(name: "u\($0)", host: "127.0.0.\(50 + $0)", group: group) }
        defer { upstreams.forEach { $0.stop() } }
        let front = NuncioBinary.freePort()
        let admin = NuncioBinary.freePort()
        let config = try ProxyConfigFile.write(
            listenerPort: front, cluster: "envoy_upstreams", endpoints: upstreams.map { ($0.host, $0.port) },
            adminPort: admin)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let envoy = try ChildProcess(ProcessInfo.processInfo.environment["ENVOY_BIN"]!, [
            "-c", config, "--concurrency", "1", "-l", "error", "--base-id", "\(Int.random(in: 1000...60000))",
        ])
        defer { envoy.stop() }
        #expect(waitUntil(seconds: 20) { (try? RawHTTPClient.get(port: front, path: "/"))?.status == 200 })
        for _ in 0..<5 { _ = try? RawHTTPClient.get(port: front, path: "/") }

        let session = try TmuxSession(command: [NuncioBinary.url!.path, "top", "http://127.0.0.1:\(admin)"])
        defer { session.kill() }
        #expect(waitUntil(seconds: 15) { session.screen().contains("envoy_upstreams") }, "\(session.screen())")
        #expect(session.screen().contains("LIVE"))
        session.send("3")
        #expect(waitUntil(seconds: 10) {
            let screen = session.screen()
            return upstreams.allSatisfy { screen.contains("\($0.host):\($0.port)") }
        }, "\(session.screen())")
        session.send("q")
        #expect(waitUntil { !session.isAlive })
    }
}

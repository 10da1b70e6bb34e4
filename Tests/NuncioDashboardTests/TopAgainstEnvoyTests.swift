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

    /// The Hosts board against Envoy: even shares over the window, a refusing host's attempts counted once as
    /// errors; Envoy killed shows UNREACHABLE within a few seconds, and restarted it is back with the history
    /// started over ("server restarted").
    @Test func hostsBoardFollowsEnvoyThroughARestart() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstreams = try (1...2).map { try TestUpstream(name: "u\($0)", host: "127.0.0.\(60 + $0)", group: group) }
        defer { upstreams.forEach { $0.stop() } }
        let refused = (host: "127.0.0.63", port: NuncioBinary.freePort())
        let front = NuncioBinary.freePort()
        let admin = NuncioBinary.freePort()
        let config = try ProxyConfigFile.write(
            listenerPort: front, cluster: "board",
            endpoints: upstreams.map { ($0.host, $0.port) } + [refused], adminPort: admin, connectTimeout: "0.25s")
        defer { try? FileManager.default.removeItem(atPath: config) }
        func startEnvoy() throws -> ChildProcess {
            try ChildProcess(ProcessInfo.processInfo.environment["ENVOY_BIN"]!, [
                "-c", config, "--concurrency", "1", "-l", "error", "--base-id", "\(Int.random(in: 1000...60000))",
            ])
        }
        var envoy = try startEnvoy()
        defer { envoy.stop() }
        #expect(waitUntil(seconds: 20) { (try? RawHTTPClient.get(port: admin, path: "/ready"))?.status == 200 })
        let session = try TmuxSession(command: [NuncioBinary.url!.path, "top", "http://127.0.0.1:\(admin)"])
        defer { session.kill() }
        session.send("3")
        // 30 requests over a few seconds: a third of the attempts each, the refused host's all errors.
        for _ in 0..<30 {
            _ = try? RawHTTPClient.get(port: front, path: "/")
            usleep(100_000)
        }
        #expect(waitUntil(seconds: 10) {
            let rows = session.screen().split(separator: "\n").filter { $0.hasPrefix("127.0.0.6") }
            return rows.count == 3 && rows.allSatisfy { row in
                let share = row.split(separator: " ").first { $0.hasSuffix("%") }.flatMap { Double($0.dropLast()) }
                return share.map { abs($0 - 33.3) < 12 } ?? false
            } && rows.first { $0.hasPrefix("127.0.0.63") }?.contains("0.0%") == true
        }, "\(session.screen())")
        envoy.stop()
        #expect(waitUntil(seconds: 5) { session.screen().contains("UNREACHABLE") }, "\(session.screen())")
        envoy = try startEnvoy()
        #expect(waitUntil(seconds: 15) { session.screen().contains("LIVE") }, "\(session.screen())")
        session.send("6")
        #expect(waitUntil(seconds: 10) { session.screen().contains("server restarted") }, "\(session.screen())")
        session.send("q")
        #expect(waitUntil { !session.isAlive })
    }
}

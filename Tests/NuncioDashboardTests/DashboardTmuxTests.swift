import Foundation
import NuncioTestSupport
import Testing

/// The real binary's dashboard in tmux, as an operator sees it: send keys, read the screen, check the server.
@Suite(.enabled(if: NuncioBinary.url != nil && TmuxSession.available, "needs the nuncio binary and tmux"))
struct DashboardTmuxTests {
    @Test func demoDashboardShowsRoundRobinAndActsOnTheServer() throws {
        let admin = NuncioBinary.freePort()
        let backendPort = NuncioBinary.freePort()
        let session = try TmuxSession(command: [
            NuncioBinary.url!.path, "demo", "--traffic", "30", "--listener-port", "\(NuncioBinary.freePort())",
            "--admin-port", "\(admin)", "--dns-port", "\(NuncioBinary.freePort())", "--backend-port", "\(backendPort)",
        ])
        defer { session.kill() }
        // The hosts screen: three service1 hosts sharing the demo's traffic evenly, as their weights predict.
        var shares: [Double] = []
        #expect(waitUntil(seconds: 20) {
            shares = Self.hostShares(session.screen(), port: backendPort)
            return shares.count == 3 && shares.allSatisfy { abs($0 - 33.3) < 10 }
        }, "\(session.screen())")

        // H fails health checks (confirmed), H again restores them.
        session.send("H")
        session.send("y")
        #expect(waitUntil { Self.status(admin, "/ready") == 503 })
        #expect(waitUntil { session.screen().contains("DRAINING") })
        session.send("H")
        #expect(waitUntil { Self.status(admin, "/ready") == 200 })

        // L opens the picker: all loggers, then the first level (trace).
        session.send("L")
        #expect(waitUntil { session.screen().contains("all loggers") })
        session.send("Enter", literal: false)
        session.send("g")
        session.send("Enter", literal: false)
        #expect(waitUntil { Self.body(admin, "/logging", method: "POST").contains("  upstream: trace\n") })

        // R zeroes the counters (confirmed).
        let before = Self.counter(admin, "http.ingress_http.downstream_rq_total")
        session.send("R")
        session.send("y")
        #expect(waitUntil { Self.counter(admin, "http.ingress_http.downstream_rq_total") < before })

        // q stops this in-process proxy, so it asks first; n stays.
        session.send("q")
        #expect(waitUntil { session.screen().contains("This stops the proxy") })
        session.send("n")
        #expect(session.isAlive)
        session.send("q")
        session.send("y")
        #expect(waitUntil { !session.isAlive })
    }

    /// The SHARE percentages of the hosts' rows (the first `%` figure after the address).
    static func hostShares(_ screen: String, port: Int) -> [Double] {
        screen.split(separator: "\n").filter { $0.hasPrefix("127.0.0.1") && $0.contains(":\(port) ") }.compactMap { line in
            line.split(separator: " ").first { $0.hasSuffix("%") }.flatMap { Double($0.dropLast()) }
        }
    }

    static func status(_ port: Int, _ path: String) -> Int {
        (try? RawHTTPClient.get(port: port, path: path))?.status ?? 0
    }

    static func body(_ port: Int, _ path: String, method: String) -> String {
        guard let client = try? RawHTTPClient(port: port) else { return "" }
        defer { client.close() }
        client.send("\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
        return client.readResponse()?.body ?? ""
    }

    static func counter(_ port: Int, _ name: String) -> Int {
        let text = (try? RawHTTPClient.get(port: port, path: "/stats?filter=^\(name)$"))?.body ?? ""
        return Int(text.split(separator: " ").last?.filter(\.isNumber) ?? "") ?? -1
    }
}

/// A detached tmux session running one command, read with capture-pane and driven with send-keys.
final class TmuxSession {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    let name = "nuncio-test-\(UUID().uuidString.prefix(8))"

    init(command: [String], columns: Int = 160, rows: Int = 45) throws {
        let line = command.map { "'\($0)'" }.joined(separator: " ")
        try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", line])
    }

    func screen() -> String {
        (try? Self.tmux(["capture-pane", "-t", name, "-p"])) ?? ""
    }

    func send(_ keys: String, literal: Bool = true) {
        _ = try? Self.tmux(["send-keys", "-t", name] + (literal ? ["-l", keys] : [keys]))
        usleep(200_000)
    }

    var isAlive: Bool {
        (try? Self.tmux(["has-session", "-t", name])) != nil
    }

    func kill() {
        _ = try? Self.tmux(["kill-session", "-t", name])
    }

    struct Failed: Error {}

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run("/usr/bin/tmux", arguments, seconds: 20)
        guard result.status == 0 else { throw Failed() }
        return result.stdout
    }
}

import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// 5,000 concurrent keep-alive connections through the real binary: every request on every connection answered,
/// then again on the same connections. The proxy's RSS is printed for the README's reliability figures.
@Suite(.enabled(if: NuncioBinary.url != nil && FileLimit.raise(to: 12_000),
    "needs the nuncio binary and 12,000 file descriptors"))
struct ManyConnectionsTests {
    static let connections = 5_000

    @Test func fiveThousandKeepAliveConnectionsAreAllServed() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstream = try TestUpstream(name: "u", host: "127.0.0.71", group: group)
        defer { upstream.stop() }
        let port = NuncioBinary.freePort()
        // 5,000 requests at once: past Envoy's default breakers (1,024), which would answer UO.
        let config = try ProxyConfigFile.write(
            listenerPort: port, cluster: "u", endpoints: [(upstream.host, upstream.port)],
            clusterExtra: """
                    circuit_breakers:
                      thresholds:
                      - { max_connections: 10000, max_pending_requests: 10000, max_requests: 10000 }
                """,
            connectTimeout: "10s")
        let log = config + ".log"
        defer {
            try? FileManager.default.removeItem(atPath: config)
            try? FileManager.default.removeItem(atPath: log)
        }
        let process = try NuncioBinary.launch(["-c", config, "--no-tui", "--concurrency", "2"], logPath: log)
        defer {
            process.stop()
        }
        #expect(waitUntil { (try? RawHTTPClient.get(port: port, path: "/warm"))?.status == 200 })
        var clients: [RawHTTPClient] = []
        clients.reserveCapacity(Self.connections)
        for _ in 0..<Self.connections {
            clients.append(try RawHTTPClient(port: port))
        }
        for round in 0..<2 {
            for client in clients { client.send("GET /round/\(round) HTTP/1.1\r\nHost: x\r\n\r\n") }
            var answered = 0
            var others: [Int: Int] = [:]
            for client in clients {
                let status = client.readResponse()?.status ?? 0
                if status == 200 { answered += 1 } else { others[status, default: 0] += 1 }
            }
            if !others.isEmpty { print("round \(round) other answers (0 = none): \(others)") }
            #expect(answered == Self.connections, "round \(round)")
        }
        let rss = Self.residentMegabytes(process.processIdentifier)
        print("nuncio RSS with \(Self.connections) keep-alive connections: \(rss) MB")
        #expect(rss > 0)
        for client in clients { client.close() }
    }

    static func residentMegabytes(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }
}

enum FileLimit {
    /// Raises this process's soft descriptor limit (children inherit it); false when the hard limit is too low.
    static func raise(to wanted: rlim_t) -> Bool {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_max >= wanted else { return false }
        if limit.rlim_cur < wanted {
            limit.rlim_cur = min(limit.rlim_max, wanted * 2)
            return setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0
        }
        return true
    }
}

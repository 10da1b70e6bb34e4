import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// Drain on the real binary, four ways: SIGTERM, SIGINT, `POST /quitquitquit` (these three through the process's
/// service group), `POST /drain_listeners?graceful`.
/// The listener refuses new connections at once, all 200 requests in flight finish with their whole body, and the
/// process exits 0 (or keeps serving its admin port, for drain_listeners).
@Suite(.enabled(if: NuncioBinary.url != nil, "the nuncio binary is not built"))
struct GracefulShutdownTests {
    enum Trigger: String, CaseIterable, Sendable {
        case sigterm, sigint, quitquitquit, drainListeners
    }

    @Test(arguments: Trigger.allCases)
    func drainLetsInFlightRequestsFinish(_ trigger: Trigger) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstream = try TestUpstream(name: "slow", host: "127.0.0.31", group: group)
        defer { upstream.stop() }
        let port = NuncioBinary.freePort()
        let admin = NuncioBinary.freePort()
        let config = try ProxyConfigFile.write(
            listenerPort: port, cluster: "slow", endpoints: [(upstream.host, upstream.port)], adminPort: admin)
        let log = config + ".log"
        defer {
            try? FileManager.default.removeItem(atPath: config)
            try? FileManager.default.removeItem(atPath: log)
        }
        let process = try NuncioBinary.launch(
            ["-c", config, "--no-tui", "--concurrency", "1", "--drain-time-s", "20"], logPath: log)
        defer { process.stop() }
        #expect(waitUntil { (try? RawHTTPClient.get(port: port, path: "/delay/0"))?.status == 200 })

        let inFlight = 200
        let results = ResultBox(count: inFlight)
        // Each request waits 1.5 s upstream before it is answered.
        let slowThreads = (0..<inFlight).map { index in
            Thread {
                let response = try? RawHTTPClient.get(port: port, path: "/delay/1500")
                results.set(index, response)
            }
        }
        for thread in slowThreads { thread.start() }
        #expect(waitUntil { upstream.requestCount >= inFlight + 1 })
        switch trigger {
        case .sigterm: kill(process.processIdentifier, SIGTERM)
        case .sigint: kill(process.processIdentifier, SIGINT)
        case .quitquitquit: #expect(Self.post(admin, "/quitquitquit") == 200)
        case .drainListeners: #expect(Self.post(admin, "/drain_listeners?graceful") == 200)
        }
        #expect(waitUntil(seconds: 5) { (try? RawHTTPClient(port: port)) == nil })
        if trigger == .drainListeners {
            #expect(waitUntil { results.completed == inFlight })
            #expect(process.isRunning)
            #expect((try? RawHTTPClient.get(port: admin, path: "/ready"))?.status == 200)
            kill(process.processIdentifier, SIGTERM)
        }
        #expect(process.waitUntilExit(seconds: 30))
        #expect(process.terminationStatus == 0)
        #expect(process.terminationReason == .exit)
        #expect(waitUntil { results.completed == inFlight })
        #expect(results.statuses.allSatisfy { $0 == 200 })
        #expect(results.bodies.allSatisfy { $0.contains("\"path\":\"\\/delay\\/1500\"") })
    }
}

extension GracefulShutdownTests {
    static func post(_ port: Int, _ path: String) -> Int {
        guard let client = try? RawHTTPClient(port: port) else { return 0 }
        defer { client.close() }
        client.send("POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
        return client.readResponse()?.status ?? 0
    }
}

/// Responses gathered from many client threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var responses: [RawHTTPClient.Response?]
    private var done = 0

    init(count: Int) {
        responses = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ response: RawHTTPClient.Response?) {
        lock.lock()
        responses[index] = response
        done += 1
        lock.unlock()
    }

    var completed: Int {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    var statuses: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return responses.map { $0?.status ?? 0 }
    }

    var bodies: [String] {
        lock.lock()
        defer { lock.unlock() }
        return responses.map { $0?.body ?? "" }
    }
}

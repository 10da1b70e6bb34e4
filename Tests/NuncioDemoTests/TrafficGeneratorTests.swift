import Testing

@testable import NuncioDemo

@Suite struct TrafficTargetTests {
    @Test func parsesLoopbackURLs() throws {
        let target = try TrafficTarget(url: "http://127.0.0.1:8000/service/1")
        #expect(target.host == "127.0.0.1" && target.port == 8000 && target.path == "/service/1")
        #expect(target.authority == "127.0.0.1:8000")
        #expect(target.description == "http://127.0.0.1:8000/service/1")
        let plain = try TrafficTarget(url: "http://localhost")
        #expect(plain.port == 80 && plain.path == "/" && plain.authority == "localhost")
        let v6 = try TrafficTarget(url: "http://[::1]:9000/x")
        #expect(v6.host == "::1" && v6.port == 9000 && v6.authority == "[::1]:9000")
    }

    @Test func refusesAnythingButLoopbackHTTP() {
        for url in ["http://example.com/", "http://10.0.0.1:80/", "http://128.0.0.1/", "http://127.0.0/"] {
            let error = #expect(throws: DemoError.self) { try TrafficTarget(url: url) }
            #expect(error?.kind == .notLoopback)
        }
        for url in ["https://127.0.0.1/", "127.0.0.1:8000", "http://127.0.0.1:x/", "http://127.0.0.1:70000/"] {
            #expect(throws: DemoError.self) { try TrafficTarget(url: url) }
        }
    }
}

@Suite struct TrafficGeneratorTests {
    @Test func countsResponsesByStatusForEveryTarget() async throws {
        let backend = DemoBackend(service: 1, address: "127.0.0.105", port: 0)
        try backend.start()
        defer { backend.stop() }
        let base = "http://127.0.0.105:\(backend.port)"
        let generator = try TrafficGenerator(urls: ["\(base)/service/1", "\(base)/service/2"], requestsPerSecond: 100)
        #expect(!generator.isRunning)
        generator.start()
        #expect(generator.isRunning)
        let enough = await eventually { generator.countsByTarget.allSatisfy { $0.responses(status: 200) >= 5 } }
        generator.stop()
        #expect(enough)
        #expect(!generator.isRunning)
        // Stopped means stopped: a request in flight still ends, then nothing more is sent.
        #expect(await eventually { generator.counts.sent == generator.counts.responses + generator.counts.failures })
        let counts = generator.counts
        #expect(counts.failures == 0)
        #expect(counts.responsesByStatus.keys.sorted() == [200])
        // One keep-alive connection per target, reused.
        #expect(backend.requestsServed == counts.responses)

        generator.resetCounts()
        #expect(generator.counts == TrafficCounts())
    }

    @Test func countsFailuresAndRecoversWhenTheServerReturns() async throws {
        let backend = DemoBackend(service: 1, address: "127.0.0.106", port: 0)
        try backend.start()
        let port = backend.port
        backend.stop()
        let generator = try TrafficGenerator(urls: ["http://127.0.0.106:\(port)/"], requestsPerSecond: 50)
        generator.start()
        defer { generator.stop() }
        #expect(await eventually { generator.counts.failures >= 3 })
        #expect(generator.counts.responses == 0)

        try backend.start()
        defer { backend.stop() }
        #expect(await eventually { generator.counts.responses(status: 200) >= 3 })
        // The connection dies with the backend: a request in flight or the next connect fails, then it recovers.
        let failuresBefore = generator.counts.failures
        backend.stop()
        #expect(await eventually { generator.counts.failures > failuresBefore })
    }

    @Test func aDroppedGeneratorStopsSending() async throws {
        let backend = DemoBackend(service: 1, address: "127.0.0.107", port: 0)
        try backend.start()
        defer { backend.stop() }
        var generator: TrafficGenerator? = try TrafficGenerator(
            urls: ["http://127.0.0.107:\(backend.port)/"], requestsPerSecond: 100)
        generator?.start()
        #expect(await eventually { backend.requestsServed >= 3 })
        generator = nil
        // Its connection closes once the request in flight is answered.
        #expect(await eventually { backend.openConnections == 0 })
    }

    @Test func togglesAndClampsTheRate() {
        let generator = TrafficGenerator(targets: [], requestsPerSecond: 0)
        #expect(generator.requestsPerSecond == 1)
        generator.setRequestsPerSecond(1_000_000)
        #expect(generator.requestsPerSecond == TrafficGenerator.maximumRequestsPerSecond)
        #expect(generator.toggle())
        #expect(generator.isRunning)
        #expect(!generator.toggle())
        #expect(!generator.isRunning)
    }
}

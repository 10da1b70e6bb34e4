import NIOCore
import NuncioConfig
import NuncioProxy
import Testing

@testable import NuncioDemo

/// Keeps the engine's log out of the test output.
private struct DiscardingLogSink: LogSink {
    func write(_ line: String) {}
}

/// The seed's walkthrough, steps 4 and 5, against the real engine: the demo config, the demo's DNS and backends.
@Suite struct FrontProxyEndToEndTests {
    /// The container id in a greeting.
    static func hostname(in body: String) -> String? {
        guard let marker = body.range(of: "! hostname: ") else { return nil }
        return String(body[marker.upperBound...].prefix { $0 != " " })
    }

    @Test func roundRobinsAcrossThreeInstancesThenOneAfterScalingDown() async throws {
        let topology = try DemoTopology(configuration: .init(backendPort: 0, dnsPort: 0))
        try topology.start()
        defer { topology.stop() }
        let yaml = topology.frontEnvoyYAML(listenerPort: 0, adminPort: 0)
        let bootstrap = try BootstrapLoader.load(text: yaml, file: DemoFrontEnvoyConfig.fileName).bootstrap
        let server = ProxyServer(bootstrap: bootstrap,
            options: ProxyServer.Options(concurrency: 1, drainTime: .milliseconds(100), logSink: DiscardingLogSink()))
        try server.start()
        defer { server.shutdown(drainTime: .milliseconds(100)) }
        let port = try #require(server.listenerAddresses.first?.port)
        let client = try await TestHTTP1Client.connect(host: "127.0.0.1", port: port)
        defer { Task { await client.close() } }

        // Step 4: routing, with the seed's body and the proxy's headers.
        let service2 = try await client.request("/service/2")
        #expect(service2.status == 200)
        #expect(service2.headers["server"] == ["envoy"])
        #expect(service2.headers["x-envoy-upstream-service-time"].count == 1)
        let service2Instance = try #require(topology.instances(of: "service2").first)
        #expect(service2.body == "Hello from behind Envoy (service 2)! hostname: \(service2Instance.hostname) "
            + "resolvedhostname: 127.0.0.21\n")

        // Step 5: three instances, round robin a, b, c, a, b, c.
        var hostnames: [String] = []
        for _ in 0..<6 {
            let response = try await client.request("/service/1")
            #expect(response.status == 200)
            hostnames.append(Self.hostname(in: response.body) ?? "")
        }
        #expect(Set(hostnames.prefix(3)).count == 3)
        #expect(Array(hostnames.suffix(3)) == Array(hostnames.prefix(3)))
        #expect(Set(hostnames) == Set(topology.instances(of: "service1").map(\.hostname)))

        // Scale to one; after the next DNS refresh only that instance answers.
        let remaining = try topology.scale(service: "service1", to: 1)
        let cluster = try #require(server.clusterManager.cluster(named: "service1"))
        #expect(await eventually { cluster.hosts.hosts.count == 1 })
        var after: [String] = []
        for _ in 0..<6 {
            let response = try await client.request("/service/1")
            #expect(response.status == 200)
            after.append(Self.hostname(in: response.body) ?? "")
        }
        #expect(Set(after) == [remaining[0].hostname])
    }
}

/// The dashboard's failure key and traffic toggle, through the engine: a crashed instance shows as 503s while it
/// is down, and once it is back every request succeeds again.
@Suite struct FailureEndToEndTests {
    @Test func aCrashedInstanceShowsAs503sUntilRestarted() async throws {
        let topology = try DemoTopology(configuration: .init(backendPort: 0, dnsPort: 0))
        try topology.start()
        defer { topology.stop() }
        let bootstrap = try BootstrapLoader.load(
            text: topology.frontEnvoyYAML(listenerPort: 0, adminPort: 0), file: DemoFrontEnvoyConfig.fileName
        ).bootstrap
        let server = ProxyServer(bootstrap: bootstrap,
            options: ProxyServer.Options(concurrency: 1, drainTime: .milliseconds(100), logSink: DiscardingLogSink()))
        try server.start()
        defer { server.shutdown(drainTime: .milliseconds(100)) }
        let port = try #require(server.listenerAddresses.first?.port)
        let traffic = TrafficGenerator(targets: try topology.trafficTargets(listenerPort: port), requestsPerSecond: 100)
        traffic.start()
        defer { traffic.stop() }
        #expect(await eventually { traffic.countsByTarget.allSatisfy { $0.responses(status: 200) >= 3 } })
        #expect(traffic.counts.responses(status: 503) == 0)

        let crashed = try #require(try topology.toggleFailure(service: "service1"))
        #expect(!crashed.isRunning)
        #expect(await eventually { traffic.countsByTarget[0].responses(status: 503) >= 2 })
        // service2 is untouched.
        #expect(traffic.countsByTarget[1].responses(status: 503) == 0)

        // A request in flight at the moment of the crash may lose its connection (a downstream reset, as Envoy
        // does); none may fail once the instance is back.
        let failuresAtRestore = traffic.counts.failures
        let restored = try #require(try topology.toggleFailure(service: "service1"))
        #expect(restored.isRunning && restored.index == crashed.index)
        // Back to all 200s: a run of successes longer than the rotation, with no 503 among them.
        var baseline = traffic.countsByTarget[0]
        #expect(await eventually {
            let now = traffic.countsByTarget[0]
            if now.responses(status: 503) != baseline.responses(status: 503) { baseline = now }
            return now.responses(status: 200) - baseline.responses(status: 200) >= 9
        })
        let served = topology.instances(of: "service1").first { $0.index == crashed.index }?.requestsServed ?? 0
        #expect(served > crashed.requestsServed)
        #expect(traffic.counts.failures == failuresAtRestore)
    }
}

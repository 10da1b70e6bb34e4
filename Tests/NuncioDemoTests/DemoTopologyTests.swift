import NIOPosix
import Testing

@testable import NuncioDemo

@Suite struct DemoTopologyTests {
    /// Free ports everywhere, so a demo running on 80/5353 is never disturbed.
    static func makeTopology(_ instances: [String: Int] = ["service1": 3, "service2": 1]) throws -> DemoTopology {
        try DemoTopology(configuration: .init(initialInstances: instances, backendPort: 0, dnsPort: 0))
    }

    func resolve(_ name: String, _ topology: DemoTopology) async throws -> TestDNSAnswer {
        try await TestDNSClient.query(name, type: TestDNSClient.typeA, host: topology.dns.host, port: topology.dns.port)
    }

    @Test func startsTheSeedTopologyAndPublishesIt() async throws {
        let topology = try Self.makeTopology()
        try topology.start()
        defer { topology.stop() }
        let port = try #require(topology.backendPort)
        let service1 = topology.instances(of: "service1")
        #expect(service1.map(\.address) == ["127.0.0.11", "127.0.0.12", "127.0.0.13"])
        #expect(service1.map(\.name) == ["service1_1", "service1_2", "service1_3"])
        #expect(service1.allSatisfy { $0.isRunning && $0.port == port })
        #expect(Set(service1.map(\.hostname)).count == 3)
        #expect(topology.instances(of: "service2").map(\.address) == ["127.0.0.21"])
        #expect(try await resolve("service1", topology).addresses == ["127.0.0.11", "127.0.0.12", "127.0.0.13"])
        #expect(try await resolve("service2", topology).addresses == ["127.0.0.21"])

        for instance in service1 {
            let client = try await TestHTTP1Client.connect(host: instance.address, port: port)
            let body = try await client.request("/service/1").body
            #expect(body == "Hello from behind Envoy (service 1)! hostname: \(instance.hostname) "
                + "resolvedhostname: \(instance.address)\n")
            await client.close()
        }
    }

    @Test func scalingDownAndUpFollowsInDNS() async throws {
        let topology = try Self.makeTopology()
        try topology.start()
        defer { topology.stop() }
        let port = try #require(topology.backendPort)
        let before = topology.instances(of: "service1")

        let one = try topology.scale(service: "service1", to: 1)
        #expect(one.map(\.address) == ["127.0.0.11"])
        #expect(one[0].hostname == before[0].hostname)
        #expect(try await resolve("service1", topology).addresses == ["127.0.0.11"])
        await #expect(throws: (any Error).self) {
            _ = try await TestHTTP1Client.connect(host: "127.0.0.13", port: port)
        }

        let four = try topology.scale(service: "service1", to: 4)
        #expect(four.map(\.address) == ["127.0.0.11", "127.0.0.12", "127.0.0.13", "127.0.0.14"])
        // Scaled-up instances are new containers: new ids.
        #expect(four[1].hostname != before[1].hostname)
        #expect(try await resolve("service1", topology).addresses.count == 4)
        let client = try await TestHTTP1Client.connect(host: "127.0.0.14", port: port)
        #expect(try await client.request("/service/1").body.contains("hostname: \(four[3].hostname) "))
        await client.close()

        try topology.scale(service: "service1", to: 0)
        #expect(try await resolve("service1", topology).rcode == 3)
        #expect(try await resolve("service2", topology).addresses == ["127.0.0.21"])
    }

    @Test func aCrashedInstanceStaysInDNSUntilRestarted() async throws {
        let topology = try Self.makeTopology()
        try topology.start()
        defer { topology.stop() }
        let port = try #require(topology.backendPort)
        let crashed = try topology.stopInstance(service: "service1", index: 2)
        #expect(!crashed.isRunning && crashed.address == "127.0.0.12")
        #expect(try await resolve("service1", topology).addresses.count == 3)
        await #expect(throws: (any Error).self) {
            _ = try await TestHTTP1Client.connect(host: "127.0.0.12", port: port)
        }

        let back = try topology.restartInstance(service: "service1", index: 2)
        #expect(back.isRunning && back.hostname == crashed.hostname)
        let client = try await TestHTTP1Client.connect(host: "127.0.0.12", port: port)
        #expect(try await client.request("/").body.contains("hostname: \(crashed.hostname) "))
        await client.close()

        // The failure key: the last running instance goes down, then comes back.
        let down = try #require(try topology.toggleFailure(service: "service1"))
        #expect(down.index == 3 && !down.isRunning)
        let up = try #require(try topology.toggleFailure(service: "service1"))
        #expect(up.index == 3 && up.isRunning)
        // With an address, the key acts on that instance (the host selected on the dashboard).
        let chosen = try #require(try topology.toggleFailure(service: "service1", address: "127.0.0.11"))
        #expect(chosen.index == 1 && !chosen.isRunning)
        #expect(try topology.toggleFailure(service: "service1", address: "127.0.0.11")?.isRunning == true)
        #expect(try topology.toggleFailure(service: "service1", address: "127.0.0.99") == nil)
        // Scaling restarts crashed instances, as `docker-compose up --scale` does.
        try topology.stopInstance(service: "service1", index: 1)
        let scaled = try topology.scale(service: "service1", to: 3)
        #expect(scaled.allSatisfy { $0.isRunning })
    }

    @Test func refusesWhatTheDemoCannotDo() throws {
        let topology = try Self.makeTopology(["service1": 1])
        let early = #expect(throws: DemoError.self) { try topology.scale(service: "service1", to: 2) }
        #expect(early?.kind == .notStarted)
        try topology.start()
        defer { topology.stop() }
        #expect(throws: DemoError.self) { try topology.scale(service: "service1", to: 10) }
        #expect(throws: DemoError.self) { try topology.scale(service: "service2", to: 1) }
        #expect(throws: DemoError.self) { try topology.scale(service: "web", to: 1) }
        #expect(throws: DemoError.self) { try topology.stopInstance(service: "service1", index: 5) }
        #expect(throws: DemoError.self) { try DemoTopology(configuration: .init(initialInstances: ["db": 1])) }
    }

    @Test func rendersTheProxyConfigWithItsPorts() throws {
        let topology = try Self.makeTopology(["service1": 1, "service2": 1])
        try topology.start()
        defer { topology.stop() }
        let yaml = topology.frontEnvoyYAML(listenerPort: 18000, adminPort: 18001)
        #expect(yaml.contains("port_value: \(topology.backendPort!)\n"))
        #expect(yaml.contains("port_value: \(topology.dns.port)\n"))
        #expect(yaml.contains("port_value: 18000\n"))
        let targets = try topology.trafficTargets(listenerPort: 18000)
        #expect(targets.map(\.description) == ["http://127.0.0.1:18000/service/1", "http://127.0.0.1:18000/service/2"])
    }

    /// Root binds 80; anyone else is refused and the topology moves every instance to the fallback port.
    /// Run as a user (`setpriv --reuid nobody ...`) to exercise it; skipped as root.
    @Test(.enabled(if: getuid() != 0, "binding port 80 is refused only without root"))
    func fallsBackToAnUnprivilegedPortWithoutRoot() throws {
        let refused = try DemoTopology(configuration: .init(
            initialInstances: ["service1": 1], backendPort: 80, fallbackBackendPort: nil, dnsPort: 0))
        let error = #expect(throws: DemoError.self) { try refused.start() }
        #expect(error?.kind == .permissionDenied && error?.port == 80)
        #expect(!refused.dns.isRunning)

        let topology = try DemoTopology(configuration: .init(
            initialInstances: ["service1": 2], backendPort: 80, fallbackBackendPort: 0, dnsPort: 0))
        try topology.start()
        defer { topology.stop() }
        let port = try #require(topology.backendPort)
        #expect(port > 1023)
        #expect(topology.instances(of: "service1").allSatisfy { $0.port == port && $0.isRunning })
        #expect(topology.frontEnvoyYAML().contains("port_value: \(port)\n"))
    }
}

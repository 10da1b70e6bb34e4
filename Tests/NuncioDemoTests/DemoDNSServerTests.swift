import NIOCore
import NIOPosix
import NuncioConfig
import NuncioProxy
import Testing

@testable import NuncioDemo

@Suite struct DemoDNSServerTests {
    @Test func answersOverUDPAndFollowsLiveChanges() async throws {
        let server = DemoDNSServer(host: "127.0.0.53", port: 0, ttl: 3)
        server.setAddresses(["127.0.0.11", "127.0.0.12", "127.0.0.13"], for: "service1")
        server.setAddresses(["127.0.0.21"], for: "Service2.")
        try server.start()
        defer { server.stop() }
        let (host, port) = (server.host, server.port)
        #expect(port > 0)

        let three = try await TestDNSClient.query("service1", type: TestDNSClient.typeA, host: host, port: port)
        #expect(three.rcode == 0 && three.addresses == ["127.0.0.11", "127.0.0.12", "127.0.0.13"])
        #expect(three.ttls == [3, 3, 3])
        let two = try await TestDNSClient.query("service2", type: TestDNSClient.typeA, host: host, port: port)
        #expect(two.addresses == ["127.0.0.21"])
        let aaaa = try await TestDNSClient.query("service1", type: TestDNSClient.typeAAAA, host: host, port: port)
        #expect(aaaa.rcode == 0 && aaaa.addresses.isEmpty)
        let unknown = try await TestDNSClient.query("service9", type: TestDNSClient.typeA, host: host, port: port)
        #expect(unknown.rcode == 3)

        server.setAddresses(["127.0.0.11"], for: "service1")
        let one = try await TestDNSClient.query("service1", type: TestDNSClient.typeA, host: host, port: port)
        #expect(one.addresses == ["127.0.0.11"])
        server.setAddresses([], for: "service1")
        let gone = try await TestDNSClient.query("service1", type: TestDNSClient.typeA, host: host, port: port)
        #expect(gone.rcode == 3)
        #expect(server.names == ["service2"])
        #expect(server.queriesAnswered == 6)
    }

    /// The engine's own resolver (as `typed_dns_resolver_config` uses it) gets the addresses through AUTO's
    /// AAAA-then-A fallback.
    @Test func theEngineResolverFallsBackFromAAAAToA() async throws {
        let server = DemoDNSServer(host: "127.0.0.53", port: 0)
        server.setAddresses(["127.0.0.11", "127.0.0.12"], for: "service1")
        try server.start()
        defer { server.stop() }
        let resolver = DNSResolver(
            config: DnsResolverConfig(resolvers: [NuncioConfig.SocketAddress(address: "127.0.0.53",
                port: UInt16(server.port))]),
            group: MultiThreadedEventLoopGroup.singleton, threadPool: NIOThreadPool.singleton)
        #expect(try await resolver.resolve("service1", family: .AUTO).get() == ["127.0.0.11", "127.0.0.12"])
        #expect(try await resolver.resolve("nope", family: .AUTO).get() == [])
    }

    @Test func aPortInUseIsRefusedNotShared() throws {
        let first = DemoDNSServer(host: "127.0.0.55", port: 0)
        try first.start()
        defer { first.stop() }
        let second = DemoDNSServer(host: "127.0.0.55", port: first.port)
        let error = #expect(throws: DemoError.self) { try second.start() }
        #expect(error?.kind == .addressInUse && error?.socket == .dnsServer && error?.port == first.port)
        #expect(error?.message.contains("127.0.0.55:\(first.port)/udp") == true)
    }

    @Test func stopAndStartKeepsNames() async throws {
        let server = DemoDNSServer(host: "127.0.0.54", port: 0)
        server.setAddresses(["127.0.0.11"], for: "service1")
        try server.start()
        let port = server.port
        server.stop()
        #expect(!server.isRunning)
        try server.start()
        defer { server.stop() }
        #expect(server.port == port)
        let answer = try await TestDNSClient.query(
            "service1", type: TestDNSClient.typeA, host: "127.0.0.54", port: port)
        #expect(answer.addresses == ["127.0.0.11"])
    }
}

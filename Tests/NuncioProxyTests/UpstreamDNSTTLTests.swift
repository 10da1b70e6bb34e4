import Atomics
import Foundation
import NIOCore
import NIOPosix
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `respect_dns_ttl`: a STRICT_DNS cluster refreshes after the answers' TTL (the test server answers with 1 s)
/// instead of `dns_refresh_rate`; the same on a real Envoy when `ENVOY_BIN` is set.
@Suite struct UpstreamDNSTTLTests {
    static func yaml(dnsPort: Int, upstreamPort: Int, respectTTL: Bool) -> String {
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/" }
                              route: { cluster: dns }
            """
        return ProxyHarness.config(clusters: [], routes: routes) + """
              - name: dns
                connect_timeout: 0.25s
                type: STRICT_DNS
                dns_refresh_rate: 60s
                respect_dns_ttl: \(respectTTL)
                dns_lookup_family: V4_ONLY
                typed_dns_resolver_config:
                  name: envoy.network.dns_resolver.cares
                  typed_config:
                    "@type": type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig
                    resolvers:
                    - socket_address: { address: 127.0.0.1, port_value: \(dnsPort) }
                load_assignment:
                  cluster_name: dns
                  endpoints:
                  - lb_endpoints:
                    - endpoint: { address: { socket_address: { address: service1, port_value: \(upstreamPort) } } }

            """
    }

    static func check(_ proxy: String, respectTTL: Bool, stat: (String) -> UInt64) {
        if respectTTL {
            #expect(waitUntil(seconds: 8) { stat("cluster.dns.update_attempt") >= 3 }, "\(proxy)")
        } else {
            // Well past the TTL, still only the first resolution.
            usleep(2_500_000)
            #expect(stat("cluster.dns.update_attempt") == 1, "\(proxy)")
        }
    }

    @Test(arguments: [true, false])
    func refreshFollowsTheTTL(respectTTL: Bool) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("service1", ["127.0.0.11"])
        let yaml = Self.yaml(dnsPort: dns.port, upstreamPort: harness.upstreams["a"]!.port, respectTTL: respectTTL)
        try harness.start(yaml: yaml)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        Self.check("nuncio", respectTTL: respectTTL, stat: harness.stat)
        guard RealEnvoy.binary != nil else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        #expect(try RawHTTPClient.get(port: envoy.port, path: "/x").status == 200)
        Self.check("envoy", respectTTL: respectTTL, stat: envoy.stat)
    }
}

/// c-ares' failover: when the first resolver does not answer within `query_timeout_seconds`, the next is asked.
@Suite struct UpstreamDNSFailoverTests {
    @Test func aSilentFirstResolverFailsOverToTheNext() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let dns = try TestDNSServer(group: harness.group)
        defer { dns.stop() }
        dns.set("service1", ["127.0.0.11"])
        // A UDP port nothing listens on: the query gets no answer.
        let silent = NuncioBinary.freePort()
        let yaml = UpstreamDNSTTLTests.yaml(dnsPort: dns.port, upstreamPort: harness.upstreams["a"]!.port,
            respectTTL: false)
            .replacingOccurrences(of: "        - socket_address: { address: 127.0.0.1, port_value: \(dns.port) }",
                with: "        - socket_address: { address: 127.0.0.1, port_value: \(silent) }\n"
                    + "        - socket_address: { address: 127.0.0.1, port_value: \(dns.port) }\n"
                    + "        query_timeout_seconds: 1")
        #expect(yaml.contains("query_timeout_seconds"))
        try harness.start(yaml: yaml)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        #expect(harness.stat("cluster.dns.membership_total") == 1)
    }
}

/// `use_tcp_for_dns_lookups`: the query goes over TCP, framed by its length; a TCP-only server answers it.
@Suite struct UpstreamDNSOverTCPTests {
    /// Answers every A query with 127.0.0.11, over TCP only; counts the queries.
    final class TCPDNSServer: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        let queries = ManagedAtomic(0)

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var bytes = unwrapInboundIn(data)
            guard let length = bytes.readInteger(as: UInt16.self), var query = bytes.readSlice(length: Int(length)),
                let id = query.readInteger(as: UInt16.self)
            else { return }
            queries.wrappingIncrement(ordering: .relaxed)
            // The rest of the header; the question is all that follows (the query has no other records).
            guard query.readSlice(length: 10) != nil, let question = query.readSlice(length: query.readableBytes)
            else { return }
            var answer = context.channel.allocator.buffer(capacity: 64)
            answer.writeInteger(id)
            answer.writeInteger(UInt16(0x8180))
            for count in [1, 1, 0, 0] { answer.writeInteger(UInt16(count)) }
            answer.writeImmutableBuffer(question)
            answer.writeInteger(UInt16(0xC00C))
            answer.writeInteger(UInt16(1))
            answer.writeInteger(UInt16(1))
            answer.writeInteger(UInt32(30))
            answer.writeInteger(UInt16(4))
            answer.writeBytes([127, 0, 0, 11])
            var framed = context.channel.allocator.buffer(capacity: answer.readableBytes + 2)
            framed.writeInteger(UInt16(answer.readableBytes))
            framed.writeBuffer(&answer)
            context.writeAndFlush(NIOAny(framed), promise: nil)
        }
    }

    @Test func queriesGoOverTCP() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let server = TCPDNSServer()
        let listener = try ServerBootstrap(group: harness.group)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(server) }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        defer { try? listener.close().wait() }
        let dnsPort = listener.localAddress!.port!
        let yaml = UpstreamDNSTTLTests.yaml(dnsPort: dnsPort, upstreamPort: harness.upstreams["a"]!.port,
            respectTTL: false)
            .replacingOccurrences(of: "        - socket_address: { address: 127.0.0.1, port_value: \(dnsPort) }",
                with: "        - socket_address: { address: 127.0.0.1, port_value: \(dnsPort) }\n"
                    + "        dns_resolver_options: { use_tcp_for_dns_lookups: true }")
        #expect(yaml.contains("use_tcp_for_dns_lookups"))
        try harness.start(yaml: yaml)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        #expect(server.queries.load(ordering: .relaxed) >= 1)
    }
}

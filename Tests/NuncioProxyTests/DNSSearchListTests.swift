import NIOPosix
import NuncioConfig
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// c-ares applies `/etc/resolv.conf`'s search domains to a cluster's names unless the resolver's
/// `dns_resolver_options.no_default_search_domain` is true; Nuncio's resolver does the same.
@Suite struct DNSSearchListTests {
    @Test func resolvConfSearchDomainsAndNdots() {
        let list = DNSSearchList(resolvConf: """
            # comment
            domain first.example
            search corp.example. lab.example
            options ndots:2 timeout:1
            """)
        #expect(list == DNSSearchList(domains: ["corp.example", "lab.example"], ndots: 2))
        #expect(list.candidates(for: "svc.ns") == ["svc.ns.corp.example", "svc.ns.lab.example", "svc.ns"])
        #expect(list.candidates(for: "a.b.c") == ["a.b.c", "a.b.c.corp.example", "a.b.c.lab.example"])
        #expect(list.candidates(for: "fqdn.") == ["fqdn"])
        #expect(DNSSearchList(resolvConf: "nameserver 10.0.0.1\n").candidates(for: "svc") == ["svc"])
    }

    /// `backend` is known to the DNS server only as `backend.corp.nuncio.invalid`: it resolves through the search
    /// domain by default, and not at all with `no_default_search_domain: true`.
    @Test(arguments: [(false, ["127.0.0.11"]), (true, [])])
    func noDefaultSearchDomainTurnsTheSearchListOff(noSearch: Bool, expected: [String]) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let dns = try TestDNSServer(group: group)
        defer { dns.stop() }
        dns.set("backend.corp.nuncio.invalid", ["127.0.0.11"])
        let config = DnsResolverConfig(
            resolvers: [NuncioConfig.SocketAddress(address: "127.0.0.1", port: UInt16(dns.port))],
            noDefaultSearchDomain: noSearch)
        let resolver = DNSResolver(
            config: config, group: group, threadPool: NIOThreadPool.singleton, timeout: .seconds(2),
            searchList: DNSSearchList(domains: ["other.nuncio.invalid", "corp.nuncio.invalid"]))
        #expect(try resolver.resolve("backend", family: .V4_ONLY).wait() == expected)
        // A cluster's own resolvers keep the bootstrap's search list.
        let own = resolver.with(config: config)
        #expect(try own.resolve("backend", family: .V4_ONLY).wait() == expected)
    }
}

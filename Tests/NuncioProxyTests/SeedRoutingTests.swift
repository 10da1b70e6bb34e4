import Foundation
import Testing

@testable import NuncioProxy
import NuncioTestSupport

/// The seed's front proxy: routing by prefix, exact round robin, Envoy's headers both ways, 404 and 503 as Envoy.
@Suite struct SeedRoutingTests {
    static func seedHarness(http2: Bool = false) throws -> ProxyHarness {
        try ProxyHarness.seed(http2: http2)
    }

    @Test func routesByPrefixAndRotatesRoundRobin() throws {
        let harness = try Self.seedHarness()
        defer { harness.stop() }
        var servers: [String] = []
        for _ in 0..<6 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
            #expect(response.status == 200)
            servers.append(ProxyHarness.echo(response.body)["server"] as? String ?? "?")
        }
        #expect(servers == ["a", "b", "c", "a", "b", "c"])
        let second = try RawHTTPClient.get(port: harness.port, path: "/service/2/anything")
        #expect(ProxyHarness.echo(second.body)["server"] as? String == "s2")
        #expect(harness.stat("cluster.service1.upstream_rq_total") == 6)
        #expect(harness.stat("cluster.service1.upstream_rq_200") == 6)
        #expect(harness.stat("cluster.service2.upstream_rq_2xx") == 1)
        #expect(harness.stat("http.ingress_http.downstream_rq_total") == 7)
        let hosts = harness.server.clusterManager.cluster(named: "service1")!.hosts.hosts
        #expect(hosts.map { $0.stats.rqTotal.load(ordering: .relaxed) } == [2, 2, 2])
    }

    @Test func responseCarriesEnvoyHeadersAfterTheUpstreams() throws {
        let harness = try Self.seedHarness()
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
        let names = response.headers.map { $0.0.lowercased() }
        #expect(Array(names.suffix(3)) == ["x-envoy-upstream-service-time", "date", "server"])
        #expect(response.header("server") == "envoy")
        #expect(Int(response.header("x-envoy-upstream-service-time") ?? "") != nil)
        #expect(response.headerValues("set-cookie") == ["a=1", "b=2"])
    }

    @Test func upstreamRequestCarriesEnvoyHeaders() throws {
        let harness = try Self.seedHarness()
        defer { harness.stop() }
        _ = try RawHTTPClient.get(
            port: harness.port, path: "/service/1", extraHeaders: "Connection: keep-alive, x-drop\r\nx-drop: 1\r\n")
        let headers = harness.upstreams["a"]!.requests[0]
        func value(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
        #expect(value("x-forwarded-proto") == "http")
        #expect(value("x-envoy-expected-rq-timeout-ms") == "15000")
        #expect(UUID(uuidString: value("x-request-id") ?? "") != nil)
        #expect(value("x-forwarded-for") == nil)
        #expect(value("x-drop") == nil)
        #expect(value("connection") == nil)
        #expect(value("host") == "localhost")
    }

    @Test func noRouteIs404WithAnEmptyBody() throws {
        let harness = try Self.seedHarness()
        defer { harness.stop() }
        let response = try RawHTTPClient.get(port: harness.port, path: "/nope")
        #expect(response.statusLine == "HTTP/1.1 404 Not Found")
        #expect(response.headers.map { $0.0 } == ["date", "server", "content-length"])
        #expect(response.header("content-length") == "0")
        #expect(response.body.isEmpty)
        #expect(harness.stat("http.ingress_http.no_route") == 1)
    }

    @Test func upstreamDownIsEnvoys503() throws {
        let harness = try Self.seedHarness()
        defer { harness.stop() }
        harness.upstreams["s2"]!.stop()
        let response = try RawHTTPClient.get(port: harness.port, path: "/service/2")
        #expect(response.statusLine == "HTTP/1.1 503 Service Unavailable")
        #expect(response.body
            == "upstream connect error or disconnect/reset before headers. reset reason: remote connection failure")
        #expect(response.headers.map { $0.0 } == ["content-length", "content-type", "date", "server"])
        #expect(response.header("content-length") == "98")
        #expect(harness.stat("cluster.service2.upstream_cx_connect_fail") == 1)
        let host = harness.server.clusterManager.cluster(named: "service2")!.hosts.hosts[0]
        #expect(host.stats.cxConnectFail.load(ordering: .relaxed) == 1)
        #expect(host.stats.rqError.load(ordering: .relaxed) == 1)
        #expect(host.stats.rqTotal.load(ordering: .relaxed) == 0)
    }

    @Test func http2UpstreamsMultiplexOnOneConnection() throws {
        let harness = try Self.seedHarness(http2: true)
        defer { harness.stop() }
        for _ in 0..<6 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
            #expect(response.status == 200)
            #expect(ProxyHarness.echo(response.body)["http2"] as? Bool == true)
        }
        #expect(harness.stat("cluster.service1.upstream_cx_http2_total") == 3)
        #expect(harness.stat("cluster.service1.upstream_rq_total") == 6)
    }
}

import Foundation
import NIOCore
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// How long an upstream connection lives: `max_requests_per_connection` and `idle_timeout`, over HTTP/1.1 and
/// HTTP/2, counted as Envoy counts them (and compared with a real Envoy when `ENVOY_BIN` is set).
@Suite struct UpstreamConnectionLifetimeTests {
    static let routes = ProxyHarness.routesToOne

    static func options(http2: Bool, common: String) -> String {
        """
            typed_extension_protocol_options:
              envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                common_http_protocol_options: \(common)
                explicit_http_config:
                  \(http2 ? "http2_protocol_options" : "http_protocol_options"): {}
        """
    }

    /// Starts nuncio (and Envoy when available) on the cluster options, runs `body` against each with its stat reader.
    static func onBoth(_ extra: String, _ body: (String, Int, (String) -> UInt64) throws -> Void) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), extra)], routes: routes)
        try harness.start(yaml: yaml)
        try body("nuncio", harness.port, harness.stat)
        guard RealEnvoy.binary != nil else { return }
        let envoy = try RealEnvoy(yaml: yaml)
        defer { envoy.stop() }
        try body("envoy", envoy.port, envoy.stat)
    }

    static func send(_ count: Int, port: Int) throws {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        for _ in 0..<count {
            client.send("GET /x HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(client.readResponse()?.status == 200)
        }
    }

    @Test(arguments: [false, true])
    func maxRequestsPerConnectionOpensANewConnection(http2: Bool) throws {
        try Self.onBoth(Self.options(http2: http2, common: "{ max_requests_per_connection: 2 }")) { proxy, port, stat in
            try Self.send(5, port: port)
            // The 2nd and the 4th request use up their connections; the 5th is on a third one.
            #expect(stat("cluster.one.upstream_cx_max_requests") == 2, "\(proxy)")
            #expect(stat("cluster.one.upstream_cx_total") == 3, "\(proxy)")
            #expect(waitUntil { stat("cluster.one.upstream_cx_active") == 1 }, "\(proxy)")
        }
    }

    /// The deprecated cluster field means the same.
    @Test func clusterLevelMaxRequestsPerConnection() throws {
        try Self.onBoth("    max_requests_per_connection: 1") { proxy, port, stat in
            try Self.send(3, port: port)
            #expect(stat("cluster.one.upstream_cx_max_requests") == 3, "\(proxy)")
            #expect(stat("cluster.one.upstream_cx_total") == 3, "\(proxy)")
            #expect(waitUntil { stat("cluster.one.upstream_cx_active") == 0 }, "\(proxy)")
        }
    }

    @Test(arguments: [false, true])
    func idleTimeoutClosesAnIdleConnection(http2: Bool) throws {
        try Self.onBoth(Self.options(http2: http2, common: "{ idle_timeout: 0.3s }")) { proxy, port, stat in
            try Self.send(2, port: port)
            #expect(stat("cluster.one.upstream_cx_total") == 1, "\(proxy)")
            #expect(waitUntil { stat("cluster.one.upstream_cx_idle_timeout") == 1 }, "\(proxy)")
            #expect(waitUntil { stat("cluster.one.upstream_cx_active") == 0 }, "\(proxy)")
            // The next request opens a new connection.
            try Self.send(1, port: port)
            #expect(stat("cluster.one.upstream_cx_total") == 2, "\(proxy)")
        }
    }

    /// A connection in use is not idle: a request longer than the idle timeout keeps it.
    @Test func aBusyConnectionIsNotIdle() throws {
        try Self.onBoth(Self.options(http2: false, common: "{ idle_timeout: 0.3s }")) { proxy, port, stat in
            let response = try RawHTTPClient.get(port: port, path: "/delay/800")
            #expect(response.status == 200, "\(proxy)")
            #expect(stat("cluster.one.upstream_cx_idle_timeout") == 0, "\(proxy)")
        }
    }
}

/// `per_connection_buffer_limit_bytes` on a cluster sets the upstream channel's watermarks (high at the limit, low at
/// half), whose writability the router's backpressure follows; 0 means no limit.
@Suite struct UpstreamBufferLimitTests {
    @Test(arguments: [(UInt32(16_384), 8_192, 16_384), (1_048_576, 524_288, 1_048_576)])
    func limitSetsTheWatermarks(limit: UInt32, low: Int, high: Int) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"),
            "    per_connection_buffer_limit_bytes: \(limit)")], routes: UpstreamConnectionLifetimeTests.routes)
        try harness.start(yaml: yaml)
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        let configured = cluster.writeBufferWaterMark
        #expect(configured.low == low && configured.high == high)
        // And on a connection the pool opens.
        let host = try #require(cluster.hosts.hosts.first)
        let loop = harness.group.next()
        let marks = try loop.flatSubmit {
            let pool = HostConnectionPool(host: host, cluster: cluster, eventLoop: loop)
            return pool.newStream().flatMap { stream in
                stream.channel.getOption(ChannelOptions.writeBufferWaterMark).always { _ in stream.cancel() }
            }
        }.wait()
        #expect(marks.low == low && marks.high == high)
    }
}

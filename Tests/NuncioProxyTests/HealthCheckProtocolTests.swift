import Atomics
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Health checks over HTTP/2 (`codec_client_type: HTTP2`) and `reuse_connection`, against an upstream that speaks
/// only HTTP/2 and counts its connections; the same on a real Envoy when `ENVOY_BIN` is set.
@Suite struct HealthCheckProtocolTests {
    /// An h2c-only server on loopback: every stream gets 200; HTTP/1.1 bytes fail its preface.
    final class HTTP2OnlyServer: @unchecked Sendable {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let connections = ManagedAtomic(0)
        let streams = ManagedAtomic(0)
        private(set) var channel: Channel!

        init() throws {
            let (connections, streams) = (self.connections, self.streams)
            channel = try ServerBootstrap(group: group)
                .childChannelInitializer { channel in
                    connections.wrappingIncrement(ordering: .relaxed)
                    return channel.configureHTTP2Pipeline(mode: .server) { stream in
                        streams.wrappingIncrement(ordering: .relaxed)
                        return stream.eventLoop.makeCompletedFuture {
                            try stream.pipeline.syncOperations.addHandlers(
                                HTTP2FramePayloadToHTTP1ServerCodec(), OK())
                        }
                    }.map { _ in }
                }
                .bind(host: "127.0.0.1", port: 0).wait()
        }

        var port: Int { channel.localAddress!.port! }

        func stop() {
            try? channel.close().wait()
            try? group.syncShutdownGracefully()
        }

        private final class OK: ChannelInboundHandler {
            typealias InboundIn = HTTPServerRequestPart
            typealias OutboundOut = HTTPServerResponsePart

            func channelRead(context: ChannelHandlerContext, data: NIOAny) {
                guard case .end = unwrapInboundIn(data) else { return }
                var headers = HTTPHeaders()
                headers.add(name: "content-length", value: "0")
                context.write(wrapOutboundOut(.head(.init(version: .http2, status: .ok, headers: headers))),
                    promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }

    static func yaml(port: Int, codec: String, reuse: Bool) -> String {
        let routes = ProxyHarness.routesToOne
        let endpoint = """
                    - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: \(port) } } }
            """
        let check = """
                health_checks:
                - timeout: 1s
                  interval: 0.1s
                  no_traffic_interval: 0.1s
                  unhealthy_threshold: 1
                  healthy_threshold: 1
                  reuse_connection: \(reuse)
                  http_health_check: { path: /healthz, codec_client_type: \(codec) }
            """
        return ProxyHarness.config(clusters: [("one", endpoint, check)], routes: routes)
    }

    /// Runs `body` with the server and the stat reader of nuncio, then of Envoy when available.
    static func onBoth(codec: String, reuse: Bool, _ body: (String, HTTP2OnlyServer, (String) -> UInt64) -> Void)
        throws
    {
        for proxy in RealEnvoy.binary == nil ? ["nuncio"] : ["nuncio", "envoy"] {
            let server = try HTTP2OnlyServer()
            defer { server.stop() }
            let yaml = Self.yaml(port: server.port, codec: codec, reuse: reuse)
            if proxy == "nuncio" {
                let harness = ProxyHarness()
                defer { harness.stop() }
                try harness.start(yaml: yaml)
                body(proxy, server, harness.stat)
            } else {
                let envoy = try RealEnvoy(yaml: yaml)
                defer { envoy.stop() }
                body(proxy, server, envoy.stat)
            }
        }
    }

    static let healthy = "cluster.one.health_check.healthy"
    static let success = "cluster.one.health_check.success"

    @Test func http2ChecksPassAgainstAnHTTP2OnlyUpstream() throws {
        try Self.onBoth(codec: "HTTP2", reuse: true) { proxy, server, stat in
            #expect(waitUntil { stat(Self.success) >= 3 }, "\(proxy)")
            #expect(stat(Self.healthy) == 1, "\(proxy)")
            #expect(server.streams.load(ordering: .relaxed) >= 3, "\(proxy)")
            // reuse_connection (the default): every check on one connection.
            #expect(server.connections.load(ordering: .relaxed) == 1, "\(proxy)")
        }
    }

    @Test func http1ChecksFailAgainstAnHTTP2OnlyUpstream() throws {
        try Self.onBoth(codec: "HTTP1", reuse: true) { proxy, _, stat in
            #expect(waitUntil { stat("cluster.one.health_check.failure") >= 2 }, "\(proxy)")
            #expect(stat(Self.success) == 0, "\(proxy)")
            #expect(stat(Self.healthy) == 0, "\(proxy)")
        }
    }

    @Test func withoutReuseEachCheckHasItsOwnConnection() throws {
        try Self.onBoth(codec: "HTTP2", reuse: false) { proxy, server, stat in
            #expect(waitUntil { stat(Self.success) >= 3 }, "\(proxy)")
            #expect(server.connections.load(ordering: .relaxed) >= 3, "\(proxy)")
        }
    }
}

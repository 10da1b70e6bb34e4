import Foundation
import NIOCore
import NIOEmbedded
import NIOHTTP2
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `http2_protocol_options.initial_connection_window_size`: right after its SETTINGS, each side of an HTTP/2
/// connection sends a WINDOW_UPDATE on stream 0 raising the connection window from 65,535 to the configured size, as
/// real Envoy does downstream (the connection manager's options) and upstream (the cluster's); 24 MiB by default.
@Suite struct HTTP2ConnectionWindowTests {
    static let sized = "          http2_protocol_options: { initial_connection_window_size: 1048576 }"

    /// The stream-0 WINDOW_UPDATE increments a frame-level client gets from the server on `port`.
    static func downstreamUpdates(port: Int, harness: ProxyHarness) throws -> [Int] {
        let peer = try HTTP2FramePeer.connect(port: port, group: harness.group)
        defer { peer.close() }
        peer.request(streamID: 1, path: "/up")
        #expect(waitUntil { peer.responseStatuses[1] != nil })
        return peer.connectionWindowUpdates
    }

    @Test(arguments: [(sized, 1_048_576 - 65_535), ("", 25_165_824 - 65_535)])
    func downstreamConnectionWindow(extra: String, increment: Int) throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a"])
        let yaml = ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne, managerExtra: extra)
        try harness.start(yaml: yaml)
        var seen = [try Self.downstreamUpdates(port: harness.port, harness: harness)]
        if RealEnvoy.available {
            let envoy = try RealEnvoy(yaml: yaml)
            defer { envoy.stop() }
            seen.append(try Self.downstreamUpdates(port: envoy.port, harness: harness))
        }
        for updates in seen { #expect(updates.first == increment, "\(updates)") }
    }

    /// A cluster speaking HTTP/2 to a frame-level upstream: the proxy's first stream-0 WINDOW_UPDATE.
    @Test func upstreamConnectionWindow() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let upstreams = [try HTTP2FramePeer.listen(group: harness.group), try HTTP2FramePeer.listen(group: harness.group)]
        defer { for upstream in upstreams { upstream.close() } }
        func yaml(_ upstream: HTTP2FramePeer) -> String {
            ProxyHarness.config(clusters: [("one", """
                        - endpoint:
                            address:
                              socket_address: { address: 127.0.0.1, port_value: \(upstream.port) }
                """, """
                    typed_extension_protocol_options:
                      envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                        "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                        explicit_http_config:
                          http2_protocol_options: { initial_connection_window_size: 1048576 }
                """)], routes: ProxyHarness.routesToOne)
        }
        try harness.start(yaml: yaml(upstreams[0]))
        #expect(try RawHTTPClient.get(port: harness.port, path: "/x").status == 200)
        var seen = [upstreams[0].connectionWindowUpdates]
        if RealEnvoy.available {
            let envoy = try RealEnvoy(yaml: yaml(upstreams[1]))
            defer { envoy.stop() }
            #expect(try RawHTTPClient.get(port: envoy.port, path: "/x").status == 200)
            seen.append(upstreams[1].connectionWindowUpdates)
        }
        for updates in seen { #expect(updates.first == 1_048_576 - 65_535, "\(updates)") }
    }

    /// Once half the window is used, it is topped up to the configured size (nghttp2's automatic window update).
    @Test func theWindowIsToppedUpAtHalf() throws {
        let channel = EmbeddedChannel()
        defer { _ = try? channel.finish() }
        try channel.pipeline.syncOperations.addHandler(HTTP2ConnectionWindow(size: 1_048_576))
        channel.pipeline.fireChannelActive()
        func increments() throws -> [Int] {
            var found: [Int] = []
            while let frame = try channel.readOutbound(as: HTTP2Frame.self) {
                if case .windowUpdate(let increment) = frame.payload { found.append(increment) }
            }
            return found
        }
        #expect(try increments() == [1_048_576 - 65_535])
        let event = { (window: Int) in
            NIOHTTP2WindowUpdatedEvent(streamID: .rootStream, inboundWindowSize: window, outboundWindowSize: 65_535)
        }
        channel.pipeline.fireUserInboundEventTriggered(event(600_000))
        #expect(try increments() == [])
        channel.pipeline.fireUserInboundEventTriggered(event(400_000))
        #expect(try increments() == [1_048_576 - 400_000])
    }
}

import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHPACK
import NIOHTTP2
import NIOPosix

/// One HTTP/2 connection seen frame by frame (swift-nio-http2's `NIOHTTP2Handler`, no multiplexer): as a client
/// that sends requests by stream id, or as an upstream that answers every request 200. Records every frame it
/// receives with its arrival time, for wire-level assertions (GOAWAY, WINDOW_UPDATE).
public final class HTTP2FramePeer: @unchecked Sendable {
    public struct Received: Sendable {
        public var time: NIODeadline
        public var streamID: Int
        public var payload: HTTP2Frame.FramePayload
    }

    private let received = NIOLockedValueBox<[Received]>([])
    private let channel = NIOLockedValueBox<Channel?>(nil)
    private let closed = NIOLockedValueBox(false)
    private var server: Channel?
    /// The upstream's port (`listen`).
    public private(set) var port = 0

    private init() {}

    /// A client connection to `port` (h2c with prior knowledge).
    public static func connect(port: Int, group: EventLoopGroup) throws -> HTTP2FramePeer {
        let peer = HTTP2FramePeer()
        let channel = try ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try peer.configure(channel, mode: .client, answers: false)
                }
            }
            .connect(host: "127.0.0.1", port: port).wait()
        peer.channel.withLockedValue { $0 = channel }
        return peer
    }

    /// An upstream on `host` that takes connections and answers each request `200` with no body.
    public static func listen(host: String = "127.0.0.1", group: EventLoopGroup) throws -> HTTP2FramePeer {
        let peer = HTTP2FramePeer()
        let server = try ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                peer.channel.withLockedValue { $0 = channel }
                return channel.eventLoop.makeCompletedFuture {
                    try peer.configure(channel, mode: .server, answers: true)
                }
            }
            .bind(host: host, port: 0).wait()
        peer.server = server
        peer.port = server.localAddress?.port ?? 0
        return peer
    }

    private func configure(_ channel: Channel, mode: NIOHTTP2Handler.ParserMode, answers: Bool) throws {
        channel.closeFuture.whenComplete { _ in self.closed.withLockedValue { $0 = true } }
        try channel.pipeline.syncOperations.addHandlers(
            NIOHTTP2Handler(mode: mode, initialSettings: nioDefaultSettings),
            Recorder(peer: self, answers: answers))
    }

    /// Sends a GET on `streamID` (odd, rising), ending the stream with its headers.
    public func request(streamID: Int, path: String = "/", authority: String = "localhost") {
        let headers: HPACKHeaders = [":method": "GET", ":scheme": "http", ":authority": authority, ":path": path]
        let frame = HTTP2Frame(
            streamID: HTTP2StreamID(streamID), payload: .headers(.init(headers: headers, endStream: true)))
        channel.withLockedValue { $0 }?.writeAndFlush(frame, promise: nil)
    }

    public var frames: [Received] { received.withLockedValue { $0 } }

    /// The GOAWAY frames received: their last stream id and when each came.
    public var goAways: [(lastStreamID: Int, time: NIODeadline)] {
        frames.compactMap { frame in
            guard case .goAway(let last, _, _) = frame.payload else { return nil }
            return (Int(last), frame.time)
        }
    }

    /// WINDOW_UPDATE increments received on stream 0 (the connection's window).
    public var connectionWindowUpdates: [Int] {
        frames.compactMap { frame in
            guard frame.streamID == 0, case .windowUpdate(let increment) = frame.payload else { return nil }
            return increment
        }
    }

    /// Streams whose response HEADERS came back, with their `:status`.
    public var responseStatuses: [Int: String] {
        var statuses: [Int: String] = [:]
        for frame in frames {
            if case .headers(let headers) = frame.payload, let status = headers.headers.first(name: ":status") {
                statuses[frame.streamID] = status
            }
        }
        return statuses
    }

    /// The connection was closed (by either side).
    public var isClosed: Bool { closed.withLockedValue { $0 } }

    public func close() {
        try? channel.withLockedValue { $0 }?.close().wait()
        try? server?.close().wait()
    }

    fileprivate func record(_ frame: HTTP2Frame) {
        let entry = Received(time: .now(), streamID: Int(frame.streamID), payload: frame.payload)
        received.withLockedValue { $0.append(entry) }
    }

    private final class Recorder: ChannelInboundHandler {
        typealias InboundIn = HTTP2Frame
        typealias OutboundOut = HTTP2Frame
        let peer: HTTP2FramePeer
        let answers: Bool

        init(peer: HTTP2FramePeer, answers: Bool) {
            self.peer = peer
            self.answers = answers
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let frame = unwrapInboundIn(data)
            peer.record(frame)
            guard answers, case .headers(let headers) = frame.payload, headers.headers.first(name: ":path") != nil
            else { return }
            let response = HTTP2Frame(
                streamID: frame.streamID, payload: .headers(.init(headers: [":status": "200"], endStream: true)))
            context.writeAndFlush(wrapOutboundOut(response), promise: nil)
        }

        func errorCaught(context: ChannelHandlerContext, error: Error) {
            context.close(promise: nil)
        }
    }
}

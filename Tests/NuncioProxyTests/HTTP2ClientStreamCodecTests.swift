import NIOCore
import NIOEmbedded
import NIOHPACK
import NIOHTTP1
import NIOHTTP2
import Testing

@testable import NuncioProxy

/// `HTTP2ClientStreamCodec`: requests go out as NIOHTTP2's codec sent them (pseudo-headers, `host` as
/// `:authority`, lower-case names, no connection-specific fields), with `x-request-id` unindexed and a bodiless
/// request in one HEADERS frame; responses come back as HTTP/1 parts, 1xx dropped.
@Suite struct HTTP2ClientStreamCodecTests {
    final class Recorder: UpstreamResponseReceiver {
        var parts: [String] = []
        func upstreamHead(_ head: HTTPResponseHead) {
            let fields = head.headers.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
            parts.append("head \(head.status.code) " + fields)
        }
        func upstreamBody(_ body: ByteBuffer) { parts.append("body " + String(buffer: body)) }
        func upstreamEnd() { parts.append("end") }
        func upstreamReset(_ reason: UpstreamResetReason) { parts.append("reset") }
        func upstreamWritable() {}
        func upstreamReadComplete() {}
    }

    static func channel() throws -> (EmbeddedChannel, UpstreamChannelHandler, Recorder) {
        let handler = UpstreamChannelHandler(http1: false)
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers(HTTP2ClientStreamCodec(handler: handler), handler)
        let recorder = Recorder()
        handler.receiver = recorder
        return (channel, handler, recorder)
    }

    @Test func aBodilessRequestIsOneHeadersFrame() throws {
        let (channel, handler, _) = try Self.channel()
        let head = HTTPRequestHead(
            version: .http1_1, method: .GET, uri: "/service/1?a=b",
            headers: ["Host": "example.com", "User-Agent": "curl", "Connection": "keep-alive",
                "X-Request-Id": "0b6f9d2c-1111-2222-3333-444455556666", "te": "trailers"])
        handler.write(.head(head), flush: false)
        handler.write(.end(nil), flush: true)
        let frame = try #require(try channel.readOutbound(as: HTTP2Frame.FramePayload.self))
        guard case .headers(let headers) = frame else { Issue.record("not HEADERS: \(frame)"); return }
        #expect(headers.endStream)
        let fields = headers.headers.map { "\($0.name)=\($0.value)" }
        #expect(fields == [":method=GET", ":scheme=http", ":authority=example.com", ":path=/service/1?a=b",
            "user-agent=curl", "x-request-id=0b6f9d2c-1111-2222-3333-444455556666", "te=trailers"])
        let indexing = headers.headers.map(\.indexable)
        #expect(indexing[5] == .nonIndexable && indexing[4] == .indexable)
        #expect(try channel.readOutbound(as: HTTP2Frame.FramePayload.self) == nil)
        _ = try? channel.finish()
    }

    @Test func aBodyFollowsItsHeadAndEndsTheStream() throws {
        let (channel, handler, _) = try Self.channel()
        handler.write(.head(HTTPRequestHead(version: .http1_1, method: .POST, uri: "/p", headers: ["host": "h"])),
            flush: false)
        handler.write(.body(.byteBuffer(ByteBuffer(string: "hello"))), flush: false)
        handler.write(.end(nil), flush: true)
        var kinds: [String] = []
        while let frame = try channel.readOutbound(as: HTTP2Frame.FramePayload.self) {
            switch frame {
            case .headers(let headers): kinds.append("headers end=\(headers.endStream)")
            case .data(let data): kinds.append("data \(data.data.readableBytes) end=\(data.endStream)")
            default: kinds.append("other")
            }
        }
        #expect(kinds == ["headers end=false", "data 5 end=false", "data 0 end=true"])
        _ = try? channel.finish()
    }

    @Test func responsesBecomeHTTP1Parts() throws {
        let (channel, handler, recorder) = try Self.channel()
        handler.write(.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: "/", headers: ["host": "h"])),
            flush: false)
        handler.write(.end(nil), flush: true)
        let informational: HPACKHeaders = [":status": "103", "link": "</a>"]
        try channel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: informational)))
        let final: HPACKHeaders = [":status": "200", "server": "nginx"]
        try channel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: final)))
        try channel.writeInbound(HTTP2Frame.FramePayload.data(.init(data: .byteBuffer(ByteBuffer(string: "hi")))))
        try channel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: ["x-t": "1"], endStream: true)))
        // No content-length: the body is marked chunked for the HTTP/1 side, as NIOHTTP2's codec marks it.
        #expect(recorder.parts == ["head 200 server=nginx,transfer-encoding=chunked", "body hi", "end"])
        _ = try? channel.finish()
    }

    @Test func aResponseWithoutStatusIsAnError() throws {
        let (channel, handler, recorder) = try Self.channel()
        handler.write(.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: "/", headers: ["host": "h"])),
            flush: true)
        try? channel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: ["server": "x"], endStream: true)))
        #expect(recorder.parts == ["reset"])
        _ = try? channel.finish()
    }
}

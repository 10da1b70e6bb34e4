import NIOCore
import NIOEmbedded
import NIOHPACK
import NIOHTTP1
import NIOHTTP2
import Testing

@testable import NuncioProxy

/// `HTTP2ServerStreamCodec`: requests read as NIOHTTP2's codec read them, responses written in fewer frames (the
/// end on the last frame).
@Suite struct HTTP2ServerStreamCodecTests {
    final class Parts {
        var seen: [String] = []
    }

    static func channel() throws -> (EmbeddedChannel, Parts) {
        let parts = Parts()
        let codec = HTTP2ServerStreamCodec { part in
            switch part {
            case .head(let head):
                let fields = head.headers.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                parts.seen.append("head \(head.method.rawValue) \(head.uri) \(head.version) \(fields)")
            case .body(let body): parts.seen.append("body " + String(buffer: body))
            case .end(let trailers): parts.seen.append("end \(trailers?.count ?? 0)")
            }
        }
        let channel = EmbeddedChannel(handler: codec)
        return (channel, parts)
    }

    static func frames(_ channel: EmbeddedChannel) throws -> [String] {
        var frames: [String] = []
        while let frame = try channel.readOutbound(as: HTTP2Frame.FramePayload.self) {
            switch frame {
            case .headers(let headers):
                let fields = headers.headers.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                frames.append("headers \(fields) end=\(headers.endStream)")
            case .data(let data): frames.append("data \(data.data.readableBytes) end=\(data.endStream)")
            default: frames.append("other")
            }
        }
        return frames
    }

    @Test func requestsAreReadAsNIOReadThem() throws {
        let (channel, parts) = try Self.channel()
        let get: HPACKHeaders = [":method": "GET", ":scheme": "http", ":authority": "example.com", ":path": "/a?b",
            "user-agent": "h2load"]
        try channel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: get, endStream: true)))
        #expect(parts.seen == ["head GET /a?b HTTP/2.0 host=example.com,user-agent=h2load", "end 0"])

        let (postChannel, posted) = try Self.channel()
        let post: HPACKHeaders = [":method": "POST", ":scheme": "http", ":authority": "h", ":path": "/p"]
        try postChannel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: post)))
        try postChannel.writeInbound(HTTP2Frame.FramePayload.data(.init(data: .byteBuffer(ByteBuffer(string: "x")))))
        try postChannel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: ["x-t": "1"], endStream: true)))
        #expect(posted.seen == ["head POST /p HTTP/2.0 host=h,transfer-encoding=chunked", "body x", "end 1"])
    }

    @Test(arguments: [
        [":method": "GET", ":scheme": "http", ":path": "/"] as HPACKHeaders,
        [":method": "GET", ":scheme": "http", ":authority": "h", ":path": "/a b"],
        [":method": "GET", ":method": "POST", ":scheme": "http", ":authority": "h", ":path": "/"],
        [":method": "GET", ":scheme": "http", ":authority": "h", ":path": "/", ":status": "200"],
    ])
    func malformedRequestsAreErrors(block: HPACKHeaders) throws {
        let (channel, parts) = try Self.channel()
        #expect(throws: (any Error).self) {
            try channel.writeInbound(HTTP2Frame.FramePayload.headers(.init(headers: block, endStream: true)))
        }
        #expect(parts.seen.isEmpty)
    }

    @Test func responsesEndOnTheirLastFrame() throws {
        let (channel, _) = try Self.channel()
        let head = HTTPResponseHead(version: .http2, status: .ok, headers: ["Content-Length": "5", "server": "envoy"])
        channel.write(HTTPServerResponsePart.head(head), promise: nil)
        channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: "hello"))), promise: nil)
        channel.writeAndFlush(HTTPServerResponsePart.end(nil), promise: nil)
        #expect(try Self.frames(channel) == [
            "headers :status=200,content-length=5,server=envoy end=false", "data 5 end=true",
        ])
        let empty = HTTPResponseHead(version: .http2, status: .notFound, headers: ["content-length": "0"])
        channel.write(HTTPServerResponsePart.head(empty), promise: nil)
        channel.writeAndFlush(HTTPServerResponsePart.end(nil), promise: nil)
        #expect(try Self.frames(channel) == ["headers :status=404,content-length=0 end=true"])
    }

    @Test func aFlushSendsWhatIsHeld() throws {
        let (channel, _) = try Self.channel()
        channel.write(HTTPServerResponsePart.head(HTTPResponseHead(version: .http2, status: .ok)), promise: nil)
        channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: "ab"))), promise: nil)
        #expect(try Self.frames(channel) == ["headers :status=200 end=false", "data 2 end=false"])
        channel.writeAndFlush(HTTPServerResponsePart.end(nil), promise: nil)
        #expect(try Self.frames(channel) == ["data 0 end=true"])
    }
}

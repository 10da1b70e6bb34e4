import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import NuncioProxy

/// Nuncio's own HTTP/1.1 writers give the very bytes NIOHTTP1's encoders give (which the byte-for-byte comparisons
/// with Envoy were made with), framing included.
@Suite struct HTTP1EncodingTests {
    static let responseHeads: [HTTPResponseHead] = [
        HTTPResponseHead(version: .http1_1, status: .ok, headers: ["content-length": "5", "server": "envoy"]),
        HTTPResponseHead(version: .http1_1, status: .ok, headers: ["Content-Type": "text/plain"]),
        HTTPResponseHead(
            version: .http1_1, status: .ok, headers: ["Content-Length": "5", "Transfer-Encoding": "chunked"]),
        HTTPResponseHead(version: .http1_1, status: .noContent, headers: ["content-length": "0", "x": "y"]),
        HTTPResponseHead(version: .http1_1, status: .notModified, headers: ["transfer-encoding": "chunked"]),
        HTTPResponseHead(version: .http1_1, status: .continue),
        HTTPResponseHead(version: .http1_0, status: .ok, headers: ["a": "b"]),
        HTTPResponseHead(version: .http1_1, status: .custom(code: 599, reasonPhrase: "Odd"), headers: ["a": "b"]),
        HTTPResponseHead(version: .http1_1, status: .serviceUnavailable, headers: ["content-length": "19"]),
        HTTPResponseHead(version: .http1_1, status: .ok, headers: ["x-ünïcode-value": "ça va", "empty": ""]),
    ]

    @Test(arguments: responseHeads)
    func responseHeadsMatchNIO(head: HTTPResponseHead) throws {
        var ours = ByteBufferAllocator().buffer(capacity: 0)
        let chunked = HTTP1ResponseEncoding.writeHead(head, into: &ours)
        let channel = EmbeddedChannel(handler: HTTPResponseEncoder())
        try channel.writeOutbound(HTTPServerResponsePart.head(head))
        let theirs = try #require(try channel.readOutbound(as: IOData.self))
        guard case .byteBuffer(let expected) = theirs else { Issue.record("not a buffer"); return }
        #expect(String(buffer: ours) == String(buffer: expected))
        // Chunked exactly when NIO frames the body in chunks: a body part then comes out with a size line.
        try channel.writeOutbound(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: "hello"))))
        let firstBodyWrite = try #require(try channel.readOutbound(as: IOData.self))
        guard case .byteBuffer(let bodyStart) = firstBodyWrite else { Issue.record("not a buffer"); return }
        #expect(chunked == (String(buffer: bodyStart) == "5\r\n"))
        _ = try channel.finish()
    }

    static let requestHeads: [HTTPRequestHead] = [
        HTTPRequestHead(version: .http1_1, method: .GET, uri: "/service/1", headers: ["host": "localhost"]),
        HTTPRequestHead(version: .http1_1, method: .POST, uri: "/p", headers: ["host": "h"]),
        HTTPRequestHead(
            version: .http1_1, method: .POST, uri: "/p", headers: ["content-length": "3", "Transfer-Encoding": "chunked"]),
        HTTPRequestHead(version: .http1_1, method: .PUT, uri: "/p", headers: ["transfer-encoding": "chunked"]),
        HTTPRequestHead(version: .http1_1, method: .GET, uri: "/g", headers: ["transfer-encoding": "chunked"]),
        HTTPRequestHead(version: .http1_1, method: .TRACE, uri: "/t", headers: ["content-length": "3"]),
        HTTPRequestHead(version: .http1_0, method: .POST, uri: "/old", headers: ["a": "b"]),
        HTTPRequestHead(version: .http1_1, method: .RAW(value: "PURGE"), uri: "/x?y=1", headers: ["a": "b"]),
        HTTPRequestHead(version: .http1_1, method: .DELETE, uri: "/d", headers: ["content-length": "0"]),
    ]

    @Test(arguments: requestHeads)
    func requestsMatchNIO(head: HTTPRequestHead) throws {
        let parts: [HTTPClientRequestPart] = [.head(head), .body(.byteBuffer(ByteBuffer(string: "abc"))), .end(nil)]
        let channel = EmbeddedChannel(handler: HTTPRequestEncoder())
        var theirs: [String] = []
        for part in parts { try channel.writeOutbound(part) }
        while let data = try channel.readOutbound(as: IOData.self) {
            if case .byteBuffer(let buffer) = data { theirs.append(String(buffer: buffer)) }
        }
        _ = try channel.finish()
        var writer = HTTP1RequestWriter()
        var ours: [String] = []
        for part in parts {
            writer.write(part, allocator: ByteBufferAllocator()) { ours.append(String(buffer: $0)) }
        }
        #expect(ours.joined() == theirs.joined())
        #expect(HTTP1RequestWriter.isChunked(head) == ours.joined().hasSuffix("0\r\n\r\n"))
    }
}

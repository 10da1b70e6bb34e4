import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import NuncioProxy

/// `HTTP1ResponseParser` on its own: NIOHTTP1's parts for well-formed responses however the bytes are split, the
/// framing of RFC 9112 §6.3, and a protocol error where llhttp had one.
@Suite struct HTTP1ResponseParserTests {
    enum Part: Equatable, BodyPart {
        case head(status: Int, reason: String, version: String, headers: [String])
        case body(String)
        case end(trailers: [String]?)
    }

    static func describe(_ part: HTTPClientResponsePart) -> Part {
        switch part {
        case .head(let head):
            return .head(
                status: Int(head.status.code), reason: head.status.reasonPhrase, version: "\(head.version)",
                headers: head.headers.map { "\($0.name)=\($0.value)" })
        case .body(let body):
            return .body(String(buffer: body))
        case .end(let trailers):
            return .end(trailers: trailers.map { $0.map { "\($0.name)=\($0.value)" } })
        }
    }

    static func parse(
        _ input: String, pieceSize: Int = 0, answersHEAD: Bool = false, close: Bool = false
    ) -> (parts: [Part], error: HTTP1ParseError?) {
        var parser = HTTP1ResponseParser(limits: UpstreamChannelHandler.responseLimits)
        parser.answersHEAD = answersHEAD
        var result = HTTP1RequestParserTests.feed(input, pieceSize: pieceSize) { buffer throws(HTTP1ParseError) in
            try parser.next(from: &buffer).map(describe)
        }
        if close, result.error == nil, let end = parser.connectionClosed() { result.parts.append(describe(end)) }
        return result
    }

    static func nioParts(_ input: String) throws -> [Part] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(HTTPResponseDecoder()))
        // The decoder pairs each response with a request it saw go out.
        let request = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/")
        try channel.writeOutbound(HTTPClientRequestPart.head(request))
        try channel.writeInbound(ByteBuffer(string: input))
        var parts: [Part] = []
        while let part = try channel.readInbound(as: HTTPClientResponsePart.self) { parts.append(describe(part)) }
        _ = try? channel.finish()
        return HTTP1RequestParserTests.joinedBodies(parts)
    }

    static let wellFormed: [String] = [
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello",
        "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: t\r\n\r\n",
        "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 19\r\nServer: envoy\r\n\r\nno healthy upstream",
        "HTTP/1.0 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok",
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx",
    ]

    @Test(arguments: wellFormed)
    func wellFormedResponsesGiveNIOsParts(input: String) throws {
        let expected = try Self.nioParts(input)
        #expect(!expected.isEmpty)
        #expect(Self.parse(input).parts == expected)
        for pieceSize in [1, 3, 10] {
            let split = Self.parse(input, pieceSize: pieceSize)
            #expect(split.error == nil && split.parts == expected, "pieces of \(pieceSize)")
        }
    }

    @Test func framing() {
        // No body after HEAD, 204 and 304, whatever the head says.
        let head = Self.parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", answersHEAD: true)
        #expect(head.parts.count == 2 && head.parts.last == .end(trailers: nil))
        #expect(Self.parse("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n").parts.count == 2)
        #expect(Self.parse("HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n").parts.count == 2)
        // Neither framing header, or a coding other than chunked last: the body runs until the close.
        let untilClose = Self.parse("HTTP/1.1 200 OK\r\n\r\nsome bytes", pieceSize: 4, close: true)
        #expect(Array(untilClose.parts.dropFirst()) == [.body("some bytes"), .end(trailers: nil)])
        let gzip = Self.parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzz", close: true)
        #expect(Array(gzip.parts.dropFirst()) == [.body("zz"), .end(trailers: nil)])
        // A length-framed response cut short is not ended by the close.
        #expect(Self.parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", close: true).parts.last == .body("ab"))
        // No reason phrase: the standard one, as NIOHTTP1 gives it.
        #expect(Self.parse("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n").parts.first
            == .head(status: 200, reason: "OK", version: "HTTP/1.1", headers: ["Content-Length=0"]))
    }

    static let refused: [String] = [
        "garbage\r\n\r\n",
        "HTTP/1.1 20 OK\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "HTTP/1.1 200 OK\r\nBad Name: v\r\n\r\n",
    ]

    @Test(arguments: refused)
    func malformedResponsesAreProtocolErrors(input: String) {
        #expect(Self.parse(input).error != nil)
    }
}

extension HTTP1ResponseParserTests.Part {
    var bodyText: String? {
        if case .body(let text) = self { return text }
        return nil
    }
}

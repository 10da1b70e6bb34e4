import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import NuncioProxy

/// `HTTP1RequestParser` on its own: the parts it gives for well-formed requests are NIOHTTP1's, however the bytes
/// are split; it frames bodies as Envoy does and refuses what Envoy refuses (the end-to-end answers are in
/// `HostileRequestCorpusTests`).
@Suite struct HTTP1RequestParserTests {
    static let limits = HTTP1FieldLines.Limits(bytes: 60 * 1024, count: 100)

    /// A part in a comparable form.
    enum Part: Equatable, BodyPart {
        case head(method: String, uri: String, version: String, headers: [String])
        case body(String)
        case end(trailers: [String]?)
    }

    static func describe(_ part: HTTPServerRequestPart) -> Part {
        switch part {
        case .head(let head):
            return .head(
                method: head.method.rawValue, uri: head.uri, version: "\(head.version)",
                headers: head.headers.map { "\($0.name)=\($0.value)" })
        case .body(let body):
            return .body(String(buffer: body))
        case .end(let trailers):
            return .end(trailers: trailers.map { $0.map { "\($0.name)=\($0.value)" } })
        }
    }

    /// Adjacent body parts joined, so that the split of the input does not show.
    static func joinedBodies<P: BodyPart>(_ parts: [P]) -> [P] {
        var result: [P] = []
        for part in parts {
            if let more = part.bodyText, let before = result.last?.bodyText {
                result[result.count - 1] = .body(before + more)
            } else {
                result.append(part)
            }
        }
        return result
    }

    /// Feeds `input` to `next` in pieces of `pieceSize` bytes (all at once for 0): the parts, or the first error.
    static func feed<P: BodyPart>(
        _ input: String, pieceSize: Int, next: (inout ByteBuffer) throws(HTTP1ParseError) -> P?
    ) -> (parts: [P], error: HTTP1ParseError?) {
        let bytes = Array(input.utf8)
        var buffer = ByteBuffer()
        var parts: [P] = []
        var offset = 0
        repeat {
            let end = pieceSize == 0 ? bytes.count : min(bytes.count, offset + pieceSize)
            buffer.writeBytes(bytes[offset..<end])
            offset = end
            do {
                while let part = try next(&buffer) { parts.append(part) }
            } catch {
                return (joinedBodies(parts), error)
            }
        } while offset < bytes.count
        return (joinedBodies(parts), nil)
    }

    static func parse(_ input: String, pieceSize: Int = 0) -> (parts: [Part], error: HTTP1ParseError?) {
        var parser = HTTP1RequestParser(limits: limits)
        return feed(input, pieceSize: pieceSize) { buffer throws(HTTP1ParseError) in
            try parser.next(from: &buffer).map(describe)
        }
    }

    /// What NIOHTTP1's decoder makes of the same bytes.
    static func nioParts(_ input: String) throws -> [Part] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(HTTPRequestDecoder()))
        try channel.writeInbound(ByteBuffer(string: input))
        var parts: [Part] = []
        while let part = try channel.readInbound(as: HTTPServerRequestPart.self) { parts.append(describe(part)) }
        _ = try? channel.finish()
        return joinedBodies(parts)
    }

    static let wellFormed: [String] = [
        "GET /service/1 HTTP/1.1\r\nHost: example.com\r\n\r\n",
        "GET /a?b=c&d HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nUser-Agent: curl/8.0\r\nX-Empty:\r\n\r\n",
        "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world",
        "POST /p HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        "PUT /p HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3;ext=1\r\nabc\r\n0\r\nX-T: 1\r\nX-U: 2\r\n\r\n",
        "DELETE /x HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\nGET /y HTTP/1.1\r\nHost: h\r\n\r\n",
        "HEAD / HTTP/1.0\r\nHost: h\r\nConnection: keep-alive\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: h\r\nX-Value:   padded value\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-Latin: caf\u{e9}\r\n\r\n",
        "M-SEARCH * HTTP/1.1\r\nHost: h\r\n\r\n",
    ]

    @Test(arguments: wellFormed)
    func wellFormedRequestsGiveNIOsParts(input: String) throws {
        let expected = try Self.nioParts(input)
        #expect(!expected.isEmpty)
        let whole = Self.parse(input)
        #expect(whole.error == nil)
        #expect(whole.parts == expected)
        // However the bytes arrive.
        for pieceSize in [1, 2, 3, 7, 16] {
            let split = Self.parse(input, pieceSize: pieceSize)
            #expect(split.error == nil, "pieces of \(pieceSize)")
            #expect(split.parts == expected, "pieces of \(pieceSize)")
        }
    }

    @Test func bodiesAreSlicesOfTheInputAndStopAtTheirLength() throws {
        var parser = HTTP1RequestParser(limits: Self.limits)
        var buffer = ByteBuffer(string: "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcGET")
        guard case .head = try #require(try parser.next(from: &buffer)) else { Issue.record("no head"); return }
        guard case .body(let body) = try #require(try parser.next(from: &buffer)) else {
            Issue.record("no body")
            return
        }
        #expect(String(buffer: body) == "abc")
        guard case .end(nil) = try #require(try parser.next(from: &buffer)) else { Issue.record("no end"); return }
        // The next request's first bytes wait for the rest of it.
        #expect(try parser.next(from: &buffer) == nil)
        #expect(String(buffer: buffer) == "GET")
    }

    @Test func envoysTolerancesAreKept() {
        // Bare LF, obs-fold, a tab separator, a trailing space after a chunk size, extra bytes after chunk data.
        let folded = Self.parse("GET / HTTP/1.1\nHost: h\nX-F: a\r\n  b\r\n\r\n")
        #expect(folded.error == nil)
        #expect(
            folded.parts.first == .head(method: "GET", uri: "/", version: "HTTP/1.1", headers: ["Host=h", "X-F=a b"]))
        let tab = Self.parse("GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(tab.error == nil && tab.parts.count == 2)
        let chunks = Self.parse(
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhelloXX\r\n0\r\n\r\n")
        #expect(chunks.error == nil)
        #expect(chunks.parts.dropFirst().first == .body("hello"))
        // A value loses its trailing spaces and tabs too (RFC 9110 §5.5, as Envoy; NIOHTTP1 keeps them).
        let padded = Self.parse("GET / HTTP/1.1\r\nHost: h \t\r\n\r\n")
        #expect(padded.parts.first == .head(method: "GET", uri: "/", version: "HTTP/1.1", headers: ["Host=h"]))
        // A bare CR inside a value is never forwarded.
        let cr = Self.parse("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r2\r\n\r\n")
        #expect(cr.parts.first == .head(method: "GET", uri: "/", version: "HTTP/1.1", headers: ["Host=h", "X-A=1 2"]))
        // Empty lines before a request are skipped.
        #expect(Self.parse("\r\n\nGET / HTTP/1.1\r\nHost: h\r\n\r\n").parts.count == 2)
        // No version: HTTP/0.9, which the connection manager answers with 426.
        #expect(
            Self.parse("GET /\r\n\r\n").parts.first
                == .head(method: "GET", uri: "/", version: "HTTP/0.9", headers: []))
    }

    static let refused: [(String, HTTP1ParseError)] = [
        ("GARBAGE\r\n\r\n", .badRequest),
        ("get / HTTP/1.1\r\n\r\n", .badRequest),
        ("GET / http/1.1\r\n\r\n", .badRequest),
        ("GET / HTTP/11.0\r\n\r\n", .badRequest),
        ("GET /a b HTTP/1.1\r\n\r\n", .badRequest),
        ("GET /\u{1}x HTTP/1.1\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\n X: a\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nX A: b\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nX : b\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\n: b\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nNoColon\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nX: a\u{7f}b\r\n\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello", .badRequest),
        ("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello", .badRequest),
        ("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", .notImplemented),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", .notImplemented),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n 5\r\nhello\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a\rb\r\nhello\r\n", .badRequest),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nbad trailer\r\n\r\n", .badRequest),
        ("GET /" + String(repeating: "u", count: 70_000) + " HTTP/1.1\r\n\r\n", .headersTooLarge),
        ("GET / HTTP/1.1\r\nX: " + String(repeating: "v", count: 62_000) + "\r\n\r\n", .headersTooLarge),
        ("GET / HTTP/1.1\r\n" + String(repeating: "X-Many: v\r\n", count: 101) + "\r\n", .headersTooLarge),
        // A head that never ends is refused once past the limit, not buffered without bound.
        ("GET / HTTP/1.1\r\nX: " + String(repeating: "v", count: 200_000), .headersTooLarge),
    ]

    @Test(arguments: refused)
    func refusesWhatEnvoyRefuses(input: String, error: HTTP1ParseError) {
        #expect(Self.parse(input).error == error)
        #expect(Self.parse(input, pieceSize: 1000).error == error)
    }

    @Test func readsNothingAfterAnErrorOrCONNECT() throws {
        var parser = HTTP1RequestParser(limits: Self.limits)
        var buffer = ByteBuffer(string: "GARBAGE\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(throws: HTTP1ParseError.badRequest) { try parser.next(from: &buffer) }
        #expect(try parser.next(from: &buffer) == nil)

        var connect = HTTP1RequestParser(limits: Self.limits)
        var tunnel = ByteBuffer(string: "CONNECT h:443 HTTP/1.1\r\nHost: h:443\r\n\r\n\u{16}\u{3}\u{1}binary")
        guard case .head(let head) = try #require(try connect.next(from: &tunnel)) else { return }
        #expect(head.method == .CONNECT)
        guard case .end = try #require(try connect.next(from: &tunnel)) else { Issue.record("no end"); return }
        #expect(try connect.next(from: &tunnel) == nil)
    }
}

/// A comparable message part whose bodies can be joined.
protocol BodyPart {
    static func body(_ text: String) -> Self
    var bodyText: String? { get }
}

extension HTTP1RequestParserTests.Part {
    var bodyText: String? {
        if case .body(let text) = self { return text }
        return nil
    }
}

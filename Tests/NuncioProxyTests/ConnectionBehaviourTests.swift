import Foundation
import Testing

@testable import NuncioProxy
import NuncioTestSupport

/// HTTP/1.1 connection handling: keep-alive, pipelining, and the local replies for malformed requests.
@Suite struct ConnectionBehaviourTests {
    @Test func keepAliveAndPipelinedRequestsAnswerInOrder() throws {
        let harness = try SeedRoutingTests.seedHarness()
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("GET /service/1/first HTTP/1.1\r\nHost: x\r\n\r\nGET /service/2/second HTTP/1.1\r\nHost: x\r\n\r\n"
            + "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = try #require(client.readResponse())
        let second = try #require(client.readResponse())
        let third = try #require(client.readResponse())
        #expect(ProxyHarness.echo(first.body)["path"] as? String == "/service/1/first")
        #expect(ProxyHarness.echo(second.body)["path"] as? String == "/service/2/second")
        #expect(third.status == 404)
        client.send("GET /service/1/again HTTP/1.1\r\nHost: x\r\n\r\n")
        let fourth = try #require(client.readResponse())
        #expect(fourth.status == 200)
        #expect(harness.stat("http.ingress_http.downstream_cx_total") == 1)
    }

    @Test(arguments: [
        ("GARBAGE\r\n\r\n", "HTTP/1.1 400 Bad Request", "Bad Request"),
        ("GET /service/1 HTTP/1.0\r\nHost: x\r\n\r\n", "HTTP/1.1 426 Upgrade Required", "Upgrade Required"),
        ("GET /service/1 HTTP/1.1\r\n\r\n", "HTTP/1.1 400 Bad Request", ""),
        ("POST /service/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "HTTP/1.1 400 Bad Request", "Bad Request"),
    ])
    func malformedRequestsGetEnvoysAnswerAndAClose(request: String, statusLine: String, body: String) throws {
        let harness = try SeedRoutingTests.seedHarness()
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send(request)
        let response = try #require(client.readResponse())
        #expect(response.statusLine == statusLine)
        #expect(response.body == body)
        #expect(response.header("connection") == "close")
        #expect(client.waitForClose())
        // The neighbours are unaffected.
        #expect(try RawHTTPClient.get(port: harness.port, path: "/service/1").status == 200)
    }

    @Test func oversizedHeadersGet431AndJustUnderTheLimitPasses() throws {
        let harness = try SeedRoutingTests.seedHarness()
        defer { harness.stop() }
        let big = String(repeating: "a", count: 62_000)
        let rejected = try RawHTTPClient.get(port: harness.port, path: "/service/1", extraHeaders: "x-big: \(big)\r\n")
        #expect(rejected.statusLine == "HTTP/1.1 431 Request Header Fields Too Large")
        #expect(rejected.body == "Request Header Fields Too Large")
        let fits = String(repeating: "a", count: 61_000)
        let accepted = try RawHTTPClient.get(port: harness.port, path: "/service/1", extraHeaders: "x-big: \(fits)\r\n")
        #expect(accepted.status == 200)
    }

    @Test func healthCheckFailAddsConnectionClose() throws {
        let harness = try SeedRoutingTests.seedHarness()
        defer { harness.stop() }
        harness.server.state.healthCheckFailed = true
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("GET /service/1 HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try #require(client.readResponse())
        #expect(response.status == 200)
        #expect(response.header("connection") == "close")
        #expect(client.waitForClose())
        harness.server.state.healthCheckFailed = false
        let after = try RawHTTPClient.get(port: harness.port, path: "/service/1")
        #expect(after.header("connection") == nil)
    }
}

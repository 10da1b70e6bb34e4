import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// Bodies stream with backpressure both ways: a 1 GiB upload passes through the real binary while its RSS grows by
/// less than 64 MiB, and a large download arrives whole.
@Suite(.enabled(if: NuncioBinary.url != nil, "the nuncio binary is not built"))
struct StreamingBodyTests {
    @Test func aGigabyteUploadStreamsWithoutBuffering() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstream = try TestUpstream(name: "sink", host: "127.0.0.81", group: group)
        defer { upstream.stop() }
        let port = NuncioBinary.freePort()
        let config = try ProxyConfigFile.write(
            listenerPort: port, cluster: "sink", endpoints: [(upstream.host, upstream.port)], routeExtra: ", timeout: 120s")
        defer { try? FileManager.default.removeItem(atPath: config) }
        let process = try NuncioBinary.launch(["-c", config, "--no-tui", "--concurrency", "1"], logPath: config + ".log")
        defer {
            process.stop()
            try? FileManager.default.removeItem(atPath: config + ".log")
        }
        #expect(waitUntil { (try? RawHTTPClient.get(port: port, path: "/warm"))?.status == 200 })
        let before = ManyConnectionsTests.residentMegabytes(process.processIdentifier)

        let total = 1 << 30
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: \(total)\r\n\r\n")
        let chunk = String(repeating: "x", count: 1 << 20)
        var peak = before
        for index in 0..<(total >> 20) {
            client.send(chunk)
            if index % 64 == 0 { peak = max(peak, ManyConnectionsTests.residentMegabytes(process.processIdentifier)) }
        }
        let response = try #require(client.readResponse())
        #expect(response.status == 200)
        #expect(ProxyHarness.echo(response.body)["body_bytes"] as? Int == total)
        print("proxy RSS before \(before) MB, peak during a 1 GiB upload \(peak) MB")
        #expect(peak - before < 64)

        let download = try RawHTTPClient.get(port: port, path: "/big/50000000")
        #expect(download.body.utf8.count == 50_000_000)
    }
}

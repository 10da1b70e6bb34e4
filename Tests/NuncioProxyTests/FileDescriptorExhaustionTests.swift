import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// Out of file descriptors, the proxy sheds: connections past the limit go unserved, the process stays up, and it
/// serves again as soon as descriptors free up.
@Suite(.enabled(if: NuncioBinary.url != nil, "the nuncio binary is not built"))
struct FileDescriptorExhaustionTests {
    @Test func runningOutOfDescriptorsShedsInsteadOfCrashing() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let upstream = try TestUpstream(name: "u", host: "127.0.0.91", group: group)
        defer { upstream.stop() }
        let port = NuncioBinary.freePort()
        let config = try ProxyConfigFile.write(listenerPort: port, cluster: "u", endpoints: [(upstream.host, upstream.port)])
        defer { try? FileManager.default.removeItem(atPath: config) }
        // 96 descriptors: enough to start, far too few for 150 clients and their upstream connections.
        let process = try ChildProcess("/bin/sh", [
            "-c", "ulimit -n 96 && exec \"$0\" -c \"$1\" --no-tui --concurrency 1 -l critical",
            NuncioBinary.url!.path, config,
        ])
        defer { process.stop() }
        #expect(waitUntil { (try? RawHTTPClient.get(port: port, path: "/warm"))?.status == 200 })
        var clients = (0..<150).compactMap { _ in
            try? RawHTTPClient(port: port, connectTimeout: 1, receiveTimeoutMilliseconds: 200)
        }
        for client in clients { client.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n") }
        let answered = clients.filter { $0.readResponse()?.status == 200 }.count
        #expect(answered > 0)
        #expect(answered < 150)
        #expect(process.isRunning)
        for client in clients { client.close() }
        clients.removeAll()
        #expect(waitUntil(seconds: 20) { (try? RawHTTPClient.get(port: port, path: "/after"))?.status == 200 })
        #expect(process.isRunning)
    }
}

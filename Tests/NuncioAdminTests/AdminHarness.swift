import Foundation
import NuncioAdmin
import NuncioConfig
import NuncioProxy
import NuncioTestSupport

/// The seed proxy with its admin listener on an ephemeral loopback port.
final class AdminHarness {
    let proxy: ProxyHarness
    let admin: AdminServer
    var quitCalled = false

    init(commandLine: CommandLineOptions? = nil, bootstrapExtra: String = "") throws {
        proxy = try ProxyHarness.seed(bootstrapExtra: bootstrapExtra)
        var line = commandLine ?? CommandLineOptions()
        if commandLine == nil {
            line.configPath = "front-envoy-v3.yaml"
            line.serviceCluster = "front-proxy"
        }
        let context = AdminContext(server: proxy.server, commandLine: line) {}
        admin = try AdminServer(address: SocketAddress(address: "127.0.0.1", port: 0), context: context)
    }

    var port: Int { admin.port! }

    func get(_ path: String) throws -> RawHTTPClient.Response {
        try RawHTTPClient.get(port: port, path: path)
    }

    func post(_ path: String) throws -> RawHTTPClient.Response {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
        guard let response = client.readResponse() else { throw POSIXError(.ECONNRESET) }
        return response
    }

    /// The seed walkthrough's traffic: 12 requests to service1, 5 to service2, one miss.
    func replaySeedTraffic() throws {
        for _ in 0..<12 { _ = try RawHTTPClient.get(port: proxy.port, path: "/service/1") }
        for _ in 0..<5 { _ = try RawHTTPClient.get(port: proxy.port, path: "/service/2") }
        _ = try RawHTTPClient.get(port: proxy.port, path: "/nope")
    }

    func stop() {
        admin.shutdown()
        proxy.stop()
    }
}

/// A capture of real Envoy 1.40 from `Tests/Fixtures/envoy-1.40`: status line, headers, body.
struct EnvoyCapture {
    let statusLine: String
    let headerNames: [String]
    let body: String

    init(_ name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/envoy-1.40/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let split = text.range(of: "\r\n\r\n") ?? text.range(of: "\n\n")!
        let head = text[..<split.lowerBound].replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        statusLine = String(head[0])
        headerNames = head.dropFirst().map { String($0.split(separator: ":")[0]).lowercased() }
        body = String(text[split.upperBound...])
    }

    /// A body with ports of upstream hosts and volatile numbers normalised, for comparisons.
    static func normalisingPorts(_ text: String) -> String {
        text.replacingOccurrences(of: #"(127\.0\.0\.\d+):\d+"#, with: "$1:PORT", options: .regularExpression)
    }
}

import Foundation
import NuncioTestSupport
import Testing

/// `nuncio demo --no-tui` as a newcomer runs it: the seed's walkthrough, replayed with curl-like requests.
@Suite(.enabled(if: NuncioBinary.url != nil, "the nuncio binary is not built"))
struct DemoCommandTests {
    @Test func replaysTheSeedWalkthrough() throws {
        let listener = NuncioBinary.freePort()
        let admin = NuncioBinary.freePort()
        let log = NSTemporaryDirectory() + "nuncio-demo-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let process = try NuncioBinary.launch([
            "demo", "--no-tui", "--listener-port", "\(listener)", "--admin-port", "\(admin)",
            "--dns-port", "\(NuncioBinary.freePort())", "--backend-port", "\(NuncioBinary.freePort())",
        ], logPath: log)
        defer { process.stop() }
        #expect(waitUntil { (try? RawHTTPClient.get(port: admin, path: "/ready"))?.status == 200 })

        let first = try RawHTTPClient.get(port: listener, path: "/service/1")
        #expect(first.status == 200)
        #expect(first.header("server") == "envoy")
        #expect(first.header("x-envoy-upstream-service-time") != nil)
        let pattern = #"^Hello from behind Envoy \(service 1\)! hostname: [0-9a-f]{12} resolvedhostname: 127\.0\.0\.1[1-3]\n$"#
        #expect(first.body.range(of: pattern, options: .regularExpression) != nil, "\(first.body)")
        let second = try RawHTTPClient.get(port: listener, path: "/service/2")
        #expect(second.body.hasPrefix("Hello from behind Envoy (service 2)! hostname: "))

        // Round robin over three instances: a, b, c, a, b, c.
        let names = try (0..<6).map { _ in try Self.hostname(RawHTTPClient.get(port: listener, path: "/service/1")) }
        #expect(Set(names).count == 3)
        #expect(Array(names[0..<3]) == Array(names[3..<6]))

        // Scale to one and back, seen in /clusters after the DNS refresh.
        let scaled = try Self.post(admin, "/demo/scale?service1=1")
        #expect(scaled.status == 200)
        #expect(waitUntil { Self.hostCount(admin: admin, cluster: "service1") == 1 })
        _ = try Self.post(admin, "/demo/scale?service1=3")
        #expect(waitUntil { Self.hostCount(admin: admin, cluster: "service1") == 3 })

        let home = try RawHTTPClient.get(port: admin, path: "/")
        #expect(home.body.contains("clusters"))
        #expect(home.body.contains("quitquitquit"))

        process.terminate()
        #expect(process.waitUntilExit(seconds: 30))
        #expect(process.terminationStatus == 0)
    }

    @Test func aPortInUseIsNamedWithItsFlag() throws {
        let busy = try RawHTTPServerSocket()
        defer { busy.close() }
        let result = try NuncioBinary.run([
            "demo", "--no-tui", "--listener-port", "\(busy.port)", "--admin-port", "\(NuncioBinary.freePort())",
            "--dns-port", "\(NuncioBinary.freePort())", "--backend-port", "\(NuncioBinary.freePort())",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("127.0.0.1:\(busy.port)"))
        #expect(result.stderr.contains("--listener-port"))
    }

    static func hostname(_ response: RawHTTPClient.Response) -> String {
        response.body.components(separatedBy: "hostname: ").dropFirst().first?.split(separator: " ").first
            .map(String.init) ?? "?"
    }

    static func post(_ port: Int, _ path: String) throws -> RawHTTPClient.Response {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
        guard let response = client.readResponse() else { throw POSIXError(.ECONNRESET) }
        return response
    }

    static func hostCount(admin: Int, cluster: String) -> Int {
        guard let body = try? RawHTTPClient.get(port: admin, path: "/clusters").body else { return -1 }
        return body.split(separator: "\n").filter { $0.hasPrefix("\(cluster)::127.") && $0.hasSuffix("::weight::1") }
            .count
    }
}

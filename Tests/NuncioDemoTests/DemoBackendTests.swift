import NIOCore
import NIOPosix
import Testing

@testable import NuncioDemo

@Suite struct DemoBackendTests {
    static func greetingPattern(service: Int, address: String) throws -> Regex<AnyRegexOutput> {
        let escaped = address.replacingOccurrences(of: ".", with: "\\.")
        return try Regex(
            #"Hello from behind Envoy \(service "# + "\(service)" + #"\)! hostname: [0-9a-f]{12} resolvedhostname: "#
                + escaped + #"\n"#)
    }

    @Test func greetingIsTheSandboxServiceLine() throws {
        let greeting = BackendGreeting(service: 1, hostname: "a3e4185a9a49", address: "172.18.0.4")
        #expect(greeting.body
            == "Hello from behind Envoy (service 1)! hostname: a3e4185a9a49 resolvedhostname: 172.18.0.4\n")
        let id = BackendGreeting.randomContainerID()
        #expect(id.count == 12 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func answersHTTP1WithKeepAlive() async throws {
        let backend = DemoBackend(service: 1, address: "127.0.0.101", port: 0)
        try backend.start()
        defer { backend.stop() }
        #expect(backend.port > 0)
        let client = try await TestHTTP1Client.connect(host: backend.address, port: backend.port)
        let pattern = try Self.greetingPattern(service: 1, address: "127.0.0.101")
        var bodies: [String] = []
        for path in ["/service/1", "/service/1", "/anything/else"] {
            let response = try await client.request(path)
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == ["text/html; charset=utf-8"])
            #expect(response.headers["content-length"] == [String(response.body.utf8.count)])
            #expect(response.body.wholeMatch(of: pattern) != nil)
            bodies.append(response.body)
        }
        #expect(Set(bodies).count == 1)
        #expect(bodies[0].contains("hostname: \(backend.hostname) "))
        let head = try await client.request("/service/1", method: .HEAD)
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == [String(bodies[0].utf8.count)])
        await client.close()
        #expect(backend.requestsServed == 4)
    }

    @Test func answersH2CPriorKnowledgeOnTheSamePort() async throws {
        let backend = DemoBackend(service: 2, address: "127.0.0.102", port: 0)
        try backend.start()
        defer { backend.stop() }
        let client = try await TestHTTP2Client.connect(host: backend.address, port: backend.port)
        let pattern = try Self.greetingPattern(service: 2, address: "127.0.0.102")
        for _ in 0..<3 {
            let response = try await client.request("/service/2")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == ["text/html; charset=utf-8"])
            #expect(response.headers["content-length"] == [String(response.body.utf8.count)])
            #expect(response.body.wholeMatch(of: pattern) != nil)
            #expect(response.body.contains("hostname: \(backend.hostname) "))
        }
        await client.close()
        let http1 = try await TestHTTP1Client.connect(host: backend.address, port: backend.port)
        #expect(try await http1.request("/service/2").status == 200)
        await http1.close()
    }

    @Test func stopDropsConnectionsAndRestartKeepsPortAndHostname() async throws {
        let backend = DemoBackend(service: 1, address: "127.0.0.103", port: 0)
        try backend.start()
        let port = backend.port
        let client = try await TestHTTP1Client.connect(host: backend.address, port: port)
        #expect(try await client.request("/").status == 200)
        #expect(backend.openConnections == 1)

        backend.stop()
        #expect(!backend.isRunning)
        #expect(await eventually { !client.channel.isActive })
        await #expect(throws: (any Error).self) {
            _ = try await TestHTTP1Client.connect(host: "127.0.0.103", port: port)
        }

        try backend.start()
        defer { backend.stop() }
        #expect(backend.isRunning && backend.port == port)
        let again = try await TestHTTP1Client.connect(host: backend.address, port: port)
        let response = try await again.request("/service/1")
        #expect(response.body.contains("hostname: \(backend.hostname) resolvedhostname: 127.0.0.103\n"))
        await again.close()
    }

    @Test func bindFailureNamesAddressAndPort() throws {
        let first = DemoBackend(service: 1, address: "127.0.0.104", port: 0)
        try first.start()
        defer { first.stop() }
        let second = DemoBackend(service: 1, address: "127.0.0.104", port: first.port)
        let error = #expect(throws: DemoError.self) { try second.start() }
        #expect(error?.kind == .addressInUse && error?.socket == .backend)
        #expect(error?.port == first.port)
        #expect(error?.message.contains("127.0.0.104:\(first.port)") == true)
    }
}

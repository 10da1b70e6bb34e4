import Foundation
import NuncioProxy
import NuncioTestSupport
import Testing

/// `admin.access_log`: each admin request is a line in Envoy's default format, as real Envoy 1.40 writes it
/// (`[...] "GET /ready HTTP/1.1" 200 - 0 5 0 - "192.0.2.2" "curl/7.88.1" "-" "127.0.0.1:19181" "-"`), except the
/// x-forwarded-for, which is the client's (Envoy's admin puts a placeholder address there).
@Suite struct AdminAccessLogTests {
    /// The seed proxy whose admin logs to `path`.
    static func harness(logPath path: String) throws -> AdminHarness {
        try AdminHarness(bootstrapExtra: """

            admin:
              address: { socket_address: { address: 127.0.0.1, port_value: 0 } }
              access_log:
              - name: envoy.access_loggers.file
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                  path: \(path)
            """)
    }

    static func lines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test func everyAdminRequestIsLogged() throws {
        let path = NSTemporaryDirectory() + "nuncio-admin-access-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = try Self.harness(logPath: path)
        defer { harness.stop() }
        let client = try RawHTTPClient(port: harness.port)
        defer { client.close() }
        client.send("GET /ready HTTP/1.1\r\nHost: localhost\r\nUser-Agent: curl/7.88.1\r\n\r\n")
        #expect(client.readResponse()?.status == 200)
        _ = try harness.post("/healthcheck/ok")
        harness.proxy.server.flushLogs()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        let ready = #"^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] "GET /ready HTTP/1\.1" 200 - 0 5 \d+ - "-" "#
            + #""curl/7\.88\.1" "-" "localhost" "-"$"#
        #expect(lines[0].range(of: ready, options: .regularExpression) != nil, "\(lines[0])")
        #expect(lines[1].contains(#""POST /healthcheck/ok HTTP/1.1" 200 - 0 3 "#), "\(lines[1])")
    }

    /// `POST /reopen_logs` after a rotation: the lines after it go to a new file at the path.
    @Test func reopenLogsFollowsARotation() throws {
        let path = NSTemporaryDirectory() + "nuncio-admin-rotate-\(UUID().uuidString).log"
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".1")
        }
        let harness = try Self.harness(logPath: path)
        defer { harness.stop() }
        _ = try harness.get("/ready")
        harness.proxy.server.flushLogs()
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        #expect(try harness.post("/reopen_logs").body == "OK\n")
        #expect(waitUntil { FileManager.default.fileExists(atPath: path) })
        _ = try harness.get("/server_info")
        #expect(waitUntil { Self.lines(path).contains { $0.contains("\"GET /server_info HTTP/1.1\"") } })
        let rotated = Self.lines(path + ".1")
        #expect(rotated.count == 1 && rotated[0].contains("\"GET /ready HTTP/1.1\" 200"), "\(rotated)")
    }
}

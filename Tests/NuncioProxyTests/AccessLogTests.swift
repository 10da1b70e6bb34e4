import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The file access logger: Envoy's default line and custom formats, with response flags.
@Suite struct AccessLogTests {
    static func harness(logPath: String, format: String? = nil) throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        let formatYAML = format.map {
            """

                          log_format:
                            text_format_source: { inline_string: "\($0)\\n" }
            """
        } ?? ""
        let manager = """
                      access_log:
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                          path: \(logPath)\(formatYAML)
            """
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/service" }
                              route: { cluster: one }
            """
        try harness.start(yaml: ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), "")], routes: routes, managerExtra: manager))
        return harness
    }

    static func logLines(_ path: String, count: Int) -> [String] {
        var lines: [String] = []
        _ = waitUntil {
            lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            return lines.count >= count
        }
        return lines
    }

    @Test func defaultFormatIsEnvoys() throws {
        let path = NSTemporaryDirectory() + "nuncio-access-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = try Self.harness(logPath: path)
        defer { harness.stop() }
        _ = try RawHTTPClient.get(port: harness.port, path: "/service/1", extraHeaders: "User-Agent: curl/7.88.1\r\n")
        _ = try RawHTTPClient.get(port: harness.port, path: "/nope", extraHeaders: "User-Agent: curl/7.88.1\r\n")
        harness.upstreams["a"]!.stop()
        _ = try RawHTTPClient.get(port: harness.port, path: "/service/1", extraHeaders: "User-Agent: curl/7.88.1\r\n")
        let lines = Self.logLines(path, count: 3)
        try #require(lines.count == 3)
        let upstream = "127.0.0.11:\(harness.upstreams["a"]!.port)"
        let pattern = #"^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] "GET /service/1 HTTP/1\.1" 200 - 0 \d+ \d+ \d+ "-" "#
            + #""curl/7\.88\.1" "[0-9a-f-]{36}" "localhost" ""# + NSRegularExpression.escapedPattern(for: upstream)
            + #""$"#
        #expect(lines[0].range(of: pattern, options: .regularExpression) != nil, "\(lines[0])")
        #expect(lines[1].contains(#""GET /nope HTTP/1.1" 404 NR 0 0 "#))
        #expect(lines[1].hasSuffix(#""localhost" "-""#))
        #expect(lines[2].contains(#"" 503 UF 0 98 "#))
    }

    @Test func customFormatOperators() throws {
        let path = NSTemporaryDirectory() + "nuncio-access-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let harness = try Self.harness(
            logPath: path,
            format: "%REQ(:METHOD)% %REQ(X-CUSTOM?USER-AGENT)% %RESP(X-UPSTREAM)% %RESPONSE_CODE% %PROTOCOL% "
                + "%UPSTREAM_CLUSTER% %REQ(X-CUSTOM):3%")
        defer { harness.stop() }
        _ = try RawHTTPClient.get(port: harness.port, path: "/service/1", extraHeaders: "X-Custom: abcdef\r\n")
        _ = try RawHTTPClient.get(port: harness.port, path: "/service/1", extraHeaders: "User-Agent: ua\r\n")
        let lines = Self.logLines(path, count: 2)
        #expect(lines == ["GET abcdef a 200 HTTP/1.1 one abc", "GET ua a 200 HTTP/1.1 one -"])
    }
}

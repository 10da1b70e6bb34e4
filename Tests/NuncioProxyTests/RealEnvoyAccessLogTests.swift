import Foundation
import NuncioConfig
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The same access log formats, config and requests through real Envoy (when `ENVOY_BIN` names its binary) and
/// through Nuncio: the lines must be the same. Operators whose values are timings are left out.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ENVOY_BIN"] != nil, "ENVOY_BIN is not set"))
struct RealEnvoyAccessLogTests {
    static let text = "%REQ(:METHOD)% %REQ(:PATH)% %PROTOCOL% %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% "
        + "%BYTES_SENT% [%UPSTREAM_HOST%] [%REQ(USER-AGENT)%] [%REQ(X-MISSING):3%] [%REQ(X-NONE?USER-AGENT):2%] "
        + "%REQ(:AUTHORITY)% 100%%\\n"
    static let json = #"{ code: "%RESPONSE_CODE%", sent: "%BYTES_SENT%", ua: "%REQ(USER-AGENT)%", "#
        + #"host: "%UPSTREAM_HOST%", mixed: "a%REQ(X-MISSING)%b", flags: "%RESPONSE_FLAGS%", lit: "x" }"#

    /// Four file access logs (text and JSON, each with and without `omit_empty_values`) under `directory`.
    static func config(port: Int, directory: String) -> String {
        func logger(_ name: String, _ format: String) -> String {
            """
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                          path: \(directory)/\(name).log
                          log_format:
            \(format)

            """
        }
        func text(_ omit: Bool) -> String {
            let indent = String(repeating: " ", count: 16)
            return "\(indent)omit_empty_values: \(omit)\n"
                + "\(indent)text_format_source: { inline_string: \"\(Self.text)\" }"
        }
        func json(_ omit: Bool) -> String {
            "                omit_empty_values: \(omit)\n                json_format: \(Self.json)"
        }
        return """
            static_resources:
              listeners:
              - address: { socket_address: { address: 127.0.0.1, port_value: \(port) } }
                filter_chains:
                - filters:
                  - name: envoy.filters.network.http_connection_manager
                    typed_config:
                      "@type": \(Self.connectionManagerType)
                      stat_prefix: ingress_http
                      access_log:
            \(logger("text", text(false)))\(logger("text_omit", text(true)))\
            \(logger("json", json(false)))\(logger("json_omit", json(true)))
                      route_config:
                        virtual_hosts:
                        - name: all
                          domains: ["*"]
                          routes:
                          - match: { prefix: "/" }
                            direct_response: { status: 200, body: { inline_string: "hi" } }
                      http_filters:
                      - name: envoy.filters.http.router
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
            """
    }

    static let logs = ["text", "text_omit", "json", "json_omit"]
    static let connectionManagerType =
        "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"

    /// A probe until the listener answers, then the two compared requests: with and without a user-agent.
    static func sendRequests(port: Int) {
        _ = waitUntil { (try? RawHTTPClient.get(port: port, path: "/probe"))?.status == 200 }
        _ = try? RawHTTPClient.get(port: port, path: "/a?q=1", extraHeaders: "User-Agent: ua1\r\n")
        _ = try? RawHTTPClient.get(port: port, path: "/b")
    }

    /// The last two lines of each log, once each has at least three.
    static func lastLines(_ directory: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        _ = waitUntil(seconds: 15) {
            for name in logs {
                let text = (try? String(contentsOfFile: "\(directory)/\(name).log", encoding: .utf8)) ?? ""
                result[name] = Array(text.split(separator: "\n").map(String.init).suffix(2))
            }
            return logs.allSatisfy { result[$0]?.count == 2 }
        }
        return result
    }

    @Test func linesMatchRealEnvoys() throws {
        let base = NSTemporaryDirectory() + "nuncio-envoy-log-\(UUID().uuidString)"
        let (envoyDirectory, nuncioDirectory) = (base + "/envoy", base + "/nuncio")
        for directory in [envoyDirectory, nuncioDirectory] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(atPath: base) }

        let envoyPort = NuncioBinary.freePort()
        let configPath = base + "/envoy.yaml"
        try Self.config(port: envoyPort, directory: envoyDirectory).write(
            toFile: configPath, atomically: true, encoding: .utf8)
        let envoy = try ChildProcess(ProcessInfo.processInfo.environment["ENVOY_BIN"]!, [
            "-c", configPath, "--base-id", String(Int.random(in: 1000...60000)), "-l", "warning",
            "--concurrency", "1", "--file-flush-interval-msec", "50",
        ])
        defer { envoy.stop() }
        Self.sendRequests(port: envoyPort)
        let envoyLines = Self.lastLines(envoyDirectory)

        let loaded = try BootstrapLoader.load(
            text: Self.config(port: 0, directory: nuncioDirectory), file: "test.yaml")
        let server = ProxyServer(bootstrap: loaded.bootstrap, options: .init(
            concurrency: 1, drainTime: .milliseconds(200), loggers: LoggerRegistry(defaultLevel: .critical)))
        try server.start()
        defer { server.shutdown(drainTime: .milliseconds(200)) }
        let nuncioPort = server.listenerAddresses[0].port!
        Self.sendRequests(port: nuncioPort)
        let nuncioLines = Self.lastLines(nuncioDirectory)
        for name in Self.logs {
            #expect(envoyLines[name]?.count == 2, "\(name)")
            #expect(nuncioLines[name] == envoyLines[name], "\(name)")
        }
    }
}

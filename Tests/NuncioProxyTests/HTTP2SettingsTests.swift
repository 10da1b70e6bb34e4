import Foundation
import NuncioTestSupport
import Testing

/// The connection manager's `http2_protocol_options` as a client sees them: the server's SETTINGS frame carries
/// `max_concurrent_streams` and `initial_stream_window_size`, as real Envoy's does (nghttp, h2c prior knowledge).
@Suite struct HTTP2SettingsTests {
    static let nghttp = "/usr/bin/nghttp"
    static var nghttpAvailable: Bool { FileManager.default.isExecutableFile(atPath: nghttp) }

    /// The server's SETTINGS values by name, as `nghttp -v` prints the frame it receives first.
    static func serverSettings(port: Int) throws -> [String: Int] {
        let run = try ChildProcess.run(nghttp, ["-nv", "-t", "10", "http://127.0.0.1:\(port)/up"], seconds: 20)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.contains("recv SETTINGS frame") && !$0.contains("ACK") })
        else { return [:] }
        var settings: [String: Int] = [:]
        // `          (niv=3)`, then `          [SETTINGS_MAX_CONCURRENT_STREAMS(0x03):7]` a line.
        for line in lines[(start + 1)...] {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("(") { continue }
            guard let open = line.firstIndex(of: "["), let colon = line.lastIndex(of: ":"),
                let close = line.lastIndex(of: "]"), line.contains("SETTINGS_")
            else { break }
            let name = line[line.index(after: open)..<colon].split(separator: "(").first.map(String.init) ?? ""
            settings[name] = Int(line[line.index(after: colon)..<close])
        }
        return settings
    }

    @Test(.enabled(if: nghttpAvailable)) func settingsCarryTheConfiguredLimits() throws {
        let extra = """
                      http2_protocol_options: { max_concurrent_streams: 7, initial_stream_window_size: 131072 }
            """
        let harness = try ConnectionManagerHeaderTests.harness(extra)
        defer { harness.stop() }
        var seen = [try Self.serverSettings(port: harness.port)]
        if RealEnvoy.available {
            let yaml = ProxyHarness.config(
                clusters: [("one", harness.endpoint("a"), "")], routes: ConnectionManagerHeaderTests.routes,
                managerExtra: extra)
            let envoy = try RealEnvoy(yaml: yaml)
            defer { envoy.stop() }
            seen.append(try Self.serverSettings(port: envoy.port))
        }
        for settings in seen {
            #expect(settings["SETTINGS_MAX_CONCURRENT_STREAMS"] == 7, "\(settings)")
            #expect(settings["SETTINGS_INITIAL_WINDOW_SIZE"] == 131072, "\(settings)")
        }
        #expect(harness.upstreams["a"]!.requestCount == seen.count)
    }
}

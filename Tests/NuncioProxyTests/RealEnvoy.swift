import Foundation
import NuncioTestSupport

/// A real Envoy (from `ENVOY_BIN`) on the same YAML a `ProxyHarness` runs, for side-by-side checks: one worker,
/// the listener on a free port, admin on an ephemeral one. Stopped by its PID in `stop()`.
final class RealEnvoy {
    static var binary: String? {
        guard let path = ProcessInfo.processInfo.environment["ENVOY_BIN"],
            FileManager.default.isExecutableFile(atPath: path)
        else { return nil }
        return path
    }

    let port: Int
    private let process: ChildProcess
    private let adminPort: Int
    private let directory: URL

    struct NotReady: Error {}

    /// `yaml` as `ProxyHarness.start(yaml:)` takes it (`@LISTENER_PORT@` is replaced).
    init(yaml: String) throws {
        guard let binary = Self.binary else { throw NotReady() }
        port = NuncioBinary.freePort()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-envoy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = "admin:\n  address: { socket_address: { address: 127.0.0.1, port_value: 0 } }\n"
            + yaml.replacingOccurrences(of: "@LISTENER_PORT@", with: String(port))
        let configPath = directory.appendingPathComponent("envoy.yaml").path
        let adminPath = directory.appendingPathComponent("admin.txt").path
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        process = try ChildProcess(binary, [
            "-c", configPath, "--admin-address-path", adminPath, "--base-id", String(Int.random(in: 1000...60000)),
            "--concurrency", "1", "-l", "warning",
        ], stderr: .file(directory.appendingPathComponent("envoy.log").path))
        var address = ""
        _ = waitUntil(seconds: 15) {
            address = (try? String(contentsOfFile: adminPath, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return !address.isEmpty
        }
        adminPort = Int(address.split(separator: ":").last ?? "") ?? 0
        let ready = adminPort > 0
            && waitUntil(seconds: 15) { (try? RawHTTPClient.get(port: adminPort, path: "/ready"))?.status == 200 }
        if !ready {
            stop()
            throw NotReady()
        }
    }

    /// A stat's value from `/stats` (0 when absent).
    func stat(_ name: String) -> UInt64 {
        stats()[name] ?? 0
    }

    func stats() -> [String: UInt64] {
        guard let body = try? RawHTTPClient.get(port: adminPort, path: "/stats").body else { return [:] }
        var values: [String: UInt64] = [:]
        for line in body.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = UInt64(parts[1].trimmingCharacters(in: .whitespaces)) else {
                continue
            }
            values[String(parts[0])] = value
        }
        return values
    }

    func stop() {
        process.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

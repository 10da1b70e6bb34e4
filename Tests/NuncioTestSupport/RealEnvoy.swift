import Foundation

/// A real Envoy for side-by-side tests, when `ENVOY_BIN` names its binary: started on a config in a temporary
/// directory, its admin port read from `--admin-address-path`, ready once `/ready` answers 200, stopped by its PID.
public final class RealEnvoy {
    /// The binary from `ENVOY_BIN`, when it exists.
    public static var binary: String? {
        guard let path = ProcessInfo.processInfo.environment["ENVOY_BIN"],
            FileManager.default.isExecutableFile(atPath: path)
        else { return nil }
        return path
    }

    public static var available: Bool { binary != nil }

    public struct NotReady: Error {}

    public let adminPort: Int
    /// The listener port given to `init(yaml:)` (0 for `init(binary:config:)`).
    public let port: Int
    private let process: ChildProcess
    private let directory: URL

    /// `config` needs an `admin` address (port 0 is fine); `arguments` go after the usual ones (`--drain-strategy`).
    public init(binary: String, config: String, listenerPort: Int = 0, arguments: [String] = []) throws {
        port = listenerPort
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-envoy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let configPath = directory.appendingPathComponent("envoy.yaml").path
        let adminPath = directory.appendingPathComponent("admin.txt").path
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        process = try ChildProcess(binary, [
            "-c", configPath, "--admin-address-path", adminPath, "--base-id", String(Int.random(in: 1000...60000)),
            "--concurrency", "1", "-l", "warning",
        ] + arguments, stderr: .file(directory.appendingPathComponent("envoy.log").path))
        var address = ""
        _ = waitUntil(seconds: 20) {
            address = (try? String(contentsOfFile: adminPath, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return !address.isEmpty
        }
        adminPort = Int(address.split(separator: ":").last ?? "") ?? 0
        guard adminPort > 0, waitUntil(seconds: 20, { [adminPort] in
            (try? RawHTTPClient.get(port: adminPort, path: "/ready"))?.status == 200
        }) else {
            stop()
            throw NotReady()
        }
    }

    /// The YAML a `ProxyHarness` runs (`@LISTENER_PORT@` becomes a free port, `port`), with an admin added.
    public convenience init(yaml: String, arguments: [String] = []) throws {
        guard let binary = Self.binary else { throw NotReady() }
        let port = NuncioBinary.freePort()
        let config = "admin:\n  address: { socket_address: { address: 127.0.0.1, port_value: 0 } }\n"
            + yaml.replacingOccurrences(of: "@LISTENER_PORT@", with: String(port))
        try self.init(binary: binary, config: config, listenerPort: port, arguments: arguments)
    }

    /// `/stats` as counter and gauge values by name.
    public func stats() throws -> [String: UInt64] {
        let body = try RawHTTPClient.get(port: adminPort, path: "/stats").body
        var values: [String: UInt64] = [:]
        for line in body.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, let value = UInt64(parts[1].trimmingCharacters(in: .whitespaces)) {
                values[String(parts[0])] = value
            }
        }
        return values
    }

    /// A stat's value from `/stats` (0 when absent or unreadable).
    public func stat(_ name: String) -> UInt64 {
        ((try? stats()) ?? [:])[name] ?? 0
    }

    public func stop() {
        process.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

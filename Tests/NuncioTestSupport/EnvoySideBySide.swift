import Foundation

/// Real Envoy on the same config as a Nuncio under test, when `ENVOY_BIN` names its binary: the config's
/// `@LISTENER_PORT@` becomes a free port of Envoy's, and Envoy runs until `stop()`.
public final class EnvoySideBySide {
    public static var binary: String? { ProcessInfo.processInfo.environment["ENVOY_BIN"] }
    public static var available: Bool { binary.map { FileManager.default.isExecutableFile(atPath: $0) } ?? false }

    public let port: Int
    private let process: ChildProcess
    private let configPath: String

    public init(yaml: String) throws {
        guard let binary = Self.binary else { throw ChildProcess.SpawnFailed(executable: "ENVOY_BIN", errno: ENOENT) }
        port = NuncioBinary.freePort()
        configPath = NSTemporaryDirectory() + "side-by-side-\(UUID().uuidString).yaml"
        try yaml.replacingOccurrences(of: "@LISTENER_PORT@", with: String(port))
            .write(toFile: configPath, atomically: true, encoding: .utf8)
        process = try ChildProcess(binary, [
            "-c", configPath, "--concurrency", "1", "-l", "error", "--base-id", "\(Int.random(in: 1000...60000))",
        ])
        let port = self.port
        _ = waitUntil(seconds: 20) {
            guard let client = try? RawHTTPClient(port: port) else { return false }
            client.close()
            return true
        }
    }

    public func stop() {
        process.stop()
        try? FileManager.default.removeItem(atPath: configPath)
    }
}

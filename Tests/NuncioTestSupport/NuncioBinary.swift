import Foundation

/// Finds the `nuncio` executable of the build that built these tests, and runs it.
public enum NuncioBinary {
    /// The package root, from this file's place in `Tests/NuncioTestSupport`.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static let url: URL? = {
        let fileManager = FileManager.default
        // The test bundle lives in the build's products directory, next to the executable.
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("nuncio")
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        // Otherwise any `.build*/debug/nuncio` of this package, the newest first.
        let builds = (try? fileManager.contentsOfDirectory(atPath: packageRoot.path)) ?? []
        let candidates = builds.filter { $0.hasPrefix(".build") }
            .map { packageRoot.appendingPathComponent("\($0)/debug/nuncio") }
            .filter { fileManager.isExecutableFile(atPath: $0.path) }
        return candidates.max { modified($0) < modified($1) }
    }()

    private static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }

    public struct NotBuilt: Error {}

    /// Runs `nuncio` to completion (killed after `seconds`).
    public static func run(_ arguments: [String], seconds: Double = 60) throws
        -> (status: Int32, stdout: String, stderr: String) {
        guard let url else { throw NotBuilt() }
        return try ChildProcess.run(url.path, arguments, seconds: seconds)
    }

    /// Starts `nuncio` in the background; its stdout and stderr go to `logPath`. Stop it with `stop()`.
    public static func launch(_ arguments: [String], logPath: String) throws -> ChildProcess {
        guard let url else { throw NotBuilt() }
        return try ChildProcess(url.path, arguments, stdout: .file(logPath), stderr: .file(logPath))
    }

    /// A loopback port that was free a moment ago (the kernel's pick), for configs that need a fixed port.
    public static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var bound = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: bound.sin_port))
    }
}

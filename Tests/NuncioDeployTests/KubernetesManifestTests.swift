import Foundation
import NuncioTestSupport
import XCTest
import Yams

/// deploy/kubernetes rendered as kustomize renders it and checked against the Kubernetes API schema
/// (kubernetes-validate, strict) and against the links to the bootstrap (validate.py).
final class KubernetesManifestTests: XCTestCase {
    func testManifestsPassTheKubernetesSchemaAndTheBootstrapsLinks() throws {
        let result = try DeployScripts.run("validate.py")
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("ConfigMap/nuncio-xds"), result.output)
        XCTAssertTrue(result.output.contains("Deployment/nuncio"), result.output)
        XCTAssertTrue(result.output.contains(", 0 failures"), result.output)
    }

    /// The checks have teeth: an unknown field fails the schema, a watched directory that is not the mount fails
    /// the links, a ConfigMap with a name hash (an edit would replace the pods) fails too.
    func testTheValidatorRejectsAnUnknownFieldAndBrokenLinks() throws {
        let copy = try DeployScripts.copyOfDeployDirectory(removedAfter: self)
        try DeployScripts.edit(copy, "deployment.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true")
        try DeployScripts.edit(copy, "config/bootstrap.yaml",
            "cds.yaml\n      watched_directory:\n        path: /etc/nuncio/xds\n",
            "cds.yaml\n      watched_directory:\n        path: /etc/nuncio\n")
        try DeployScripts.edit(copy, "kustomization.yaml",
            "  - config/cds.yaml\n  options:\n    disableNameSuffixHash: true\n", "  - config/cds.yaml\n")
        let result = try DeployScripts.run("validate.py", [copy.path], in: copy)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains("'readOnlyRootFileSystem' was unexpected"), result.output)
        XCTAssertTrue(result.output.contains("cds_config watched_directory is not the directory"), result.output)
        XCTAssertTrue(result.output.contains("the root filesystem is writable"), result.output)
        XCTAssertTrue(result.output.contains("ConfigMap nuncio-xds has a name hash"), result.output)
    }

    /// N is one field: kustomization.yaml's `replicas` count is the Deployment's.
    func testReplicasAreTheKustomizationsCount() throws {
        let copy = try DeployScripts.copyOfDeployDirectory(removedAfter: self)
        try DeployScripts.edit(copy, "kustomization.yaml", "  count: 3", "  count: 7")
        let rendered = try DeployScripts.run("validate.py", [copy.path, "--render"], in: copy)
        XCTAssertEqual(rendered.status, 0, rendered.output)
        let objects = try Yams.load_all(yaml: rendered.output).compactMap { $0 as? [String: Any] }
        let deployment = objects.first { $0["kind"] as? String == "Deployment" }
        XCTAssertEqual((deployment?["spec"] as? [String: Any])?["replicas"] as? Int, 7)
        XCTAssertEqual(try DeployScripts.run("validate.py", [copy.path], in: copy).status, 0)
    }
}

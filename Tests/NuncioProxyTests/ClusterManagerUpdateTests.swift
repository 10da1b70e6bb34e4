import NIOCore
import NuncioConfig
@testable import NuncioProxy
import NuncioTestSupport
import XCTest

/// CDS updates applied to a running server: clusters are added, modified and removed under traffic, and the
/// workers' pools of clusters and hosts that left are drained.
final class ClusterManagerUpdateTests: XCTestCase {
    private func startHarness() throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a", "b"])
        let routes = """
                      - name: default
                        domains: ["*"]
                        routes:
                        - match: { prefix: "/dyn" }
                          route: { cluster: dyn }
                        - match: { prefix: "/" }
                          route: { cluster: one }
        """
        // `dyn` is not there yet: its route answers 503 until CDS adds it (Envoy's validate_clusters: false).
        let yaml = ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: routes)
            .replacingOccurrences(of: "name: local_route", with: "name: local_route\n            validate_clusters: false")
        try harness.start(yaml: yaml)
        return harness
    }

    private func get(_ harness: ProxyHarness, _ path: String = "/dyn") throws -> RawHTTPClient.Response {
        try RawHTTPClient.get(port: harness.port, path: path)
    }

    func testAnAddedClusterIsRoutedToOnceWarmAndARemovedOneIsNot() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        XCTAssertEqual(try get(harness).status, 503)
        try harness.server.clusterManager.applyUpdate(
            [DynamicResources.cluster("dyn", endpoints: harness.endpoint("b"))], versionInfo: "1").wait()
        let response = try get(harness)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("x-upstream"), "b")
        XCTAssertEqual(harness.stat("cluster_manager.cluster_added"), 2)
        XCTAssertEqual(harness.stat("cluster_manager.active_clusters"), 2)
        XCTAssertEqual(harness.server.clusterManager.versionInfo, "1")

        try harness.server.clusterManager.applyUpdate([], versionInfo: "2").wait()
        XCTAssertEqual(try get(harness).status, 503)
        XCTAssertEqual(harness.stat("cluster_manager.cluster_removed"), 1)
        XCTAssertEqual(harness.stat("cluster_manager.active_clusters"), 1)
        XCTAssertEqual(try get(harness, "/").status, 200, "the static cluster is untouched")
    }

    func testAModifiedClusterTakesOverAndTheOldPoolsDrain() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        try harness.server.clusterManager.applyUpdate(
            [DynamicResources.cluster("dyn", endpoints: harness.endpoint("a"))], versionInfo: "1").wait()
        XCTAssertEqual(try get(harness).header("x-upstream"), "a")
        let poolsBefore = try harness.server.workers.poolCount().wait()
        try harness.server.clusterManager.applyUpdate(
            [DynamicResources.cluster("dyn", endpoints: harness.endpoint("b"))], versionInfo: "2").wait()
        XCTAssertEqual(try get(harness).header("x-upstream"), "b")
        XCTAssertEqual(harness.stat("cluster_manager.cluster_modified"), 1)
        XCTAssertEqual(harness.stat("cluster.dyn.membership_total"), 1)
        // One pool left (to a, for `dyn` v1) and one came (to b): the count stays.
        XCTAssertEqual(try harness.server.workers.poolCount().wait(), poolsBefore)
    }

    func testAnUnchangedClusterIsLeftAloneAndAStaticOneIsNeverReplaced() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        let dyn = try DynamicResources.cluster("dyn", endpoints: harness.endpoint("a"))
        try harness.server.clusterManager.applyUpdate([dyn], versionInfo: "1").wait()
        let before = try XCTUnwrap(harness.server.clusterManager.cluster(named: "dyn"))
        let staticOne = try DynamicResources.cluster("one", endpoints: harness.endpoint("b"))
        try harness.server.clusterManager.applyUpdate([dyn, staticOne], versionInfo: "2").wait()
        XCTAssertTrue(harness.server.clusterManager.cluster(named: "dyn") === before)
        XCTAssertEqual(try get(harness, "/").header("x-upstream"), "a", "the static cluster keeps its hosts")
        XCTAssertEqual(harness.stat("cluster_manager.cluster_modified"), 0)
        XCTAssertThrowsError(try harness.server.clusterManager.applyUpdate([dyn, dyn], versionInfo: "3")) {
            XCTAssertEqual("\($0)", "duplicate cluster dyn found")
        }
        XCTAssertEqual(harness.server.clusterManager.versionInfo, "2")
    }

    func testAThousandUpdatesLeaveNoPoolsOrDescriptorsBehind() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        let clusters = try ["a", "b"].map { try DynamicResources.cluster("dyn", endpoints: harness.endpoint($0)) }
        try harness.server.clusterManager.applyUpdate([clusters[0]], versionInfo: "0").wait()
        XCTAssertEqual(try get(harness).status, 200)
        let descriptorsBefore = openDescriptors()
        let residentBefore = residentKiB()
        for round in 1...1000 {
            try harness.server.clusterManager.applyUpdate([clusters[round % 2]], versionInfo: "\(round)").wait()
            if round % 100 == 0 { XCTAssertEqual(try get(harness).status, 200) }
        }
        XCTAssertEqual(harness.stat("cluster_manager.cluster_modified"), 1000)
        // The workers drain on their loops: wait for the last retirements to land.
        XCTAssertTrue(waitUntil { (try? harness.server.workers.poolCount().wait()) ?? 99 <= 2 })
        XCTAssertTrue(waitUntil { openDescriptors() <= descriptorsBefore + 4 },
            "descriptors before \(descriptorsBefore), after \(openDescriptors())")
        let residentAfter = residentKiB()
        print("1000 cluster updates: descriptors \(descriptorsBefore) -> \(openDescriptors()), "
            + "RSS \(residentBefore) KiB -> \(residentAfter) KiB")
        // The test process holds everything else too: a leaked cluster per update would be far above this.
        XCTAssertLessThan(residentAfter, residentBefore + 64 * 1024)
    }

    /// This process's resident set (VmRSS).
    private func residentKiB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    private func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }
}

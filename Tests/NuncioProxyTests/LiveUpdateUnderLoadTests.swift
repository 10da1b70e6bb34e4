import Atomics
import Dispatch
import Foundation
import NuncioConfig
@testable import NuncioProxy
import NuncioTestSupport
import XCTest

/// Issue 13's zero-loss check: a steady load on keep-alive connections while a cluster's hosts change, a cluster
/// is replaced, a listener is added and removed and the load's own listener gets a new route table.
final class LiveUpdateUnderLoadTests: XCTestCase {
    /// What the load saw; a request counts as failed on any answer but 200, or when a fresh connection fails.
    final class LoadTally: Sendable {
        let sent = ManagedAtomic<Int>(0)
        let failed = ManagedAtomic<Int>(0)
        /// Requests sent on a reused connection the proxy had just closed, before any response byte: resent on a
        /// new connection, as HTTP clients do (RFC 9112 9.3.1).
        let resent = ManagedAtomic<Int>(0)
        let stop = ManagedAtomic<Bool>(false)
    }

    /// One client: keep-alive requests on `port` until stopped, reconnecting after `connection: close`.
    private static func runClient(port: Int, tally: LoadTally, paths: [String]) {
        var client: RawHTTPClient?
        var reused = false
        var index = 0
        while !tally.stop.load(ordering: .relaxed) {
            if client == nil {
                client = try? RawHTTPClient(port: port, receiveTimeoutMilliseconds: 5_000)
                reused = false
                if client == nil {
                    tally.failed.wrappingIncrement(ordering: .relaxed)
                    Thread.sleep(forTimeInterval: 0.01)
                    continue
                }
            }
            let path = paths[index % paths.count]
            index += 1
            client?.send("GET \(path) HTTP/1.1\r\nHost: load\r\n\r\n")
            tally.sent.wrappingIncrement(ordering: .relaxed)
            guard let response = client?.readResponse() else {
                if reused { tally.resent.wrappingIncrement(ordering: .relaxed) } else {
                    tally.failed.wrappingIncrement(ordering: .relaxed)
                }
                client = nil
                continue
            }
            if response.status != 200 { tally.failed.wrappingIncrement(ordering: .relaxed) }
            reused = true
            if response.header("connection") == "close" { client = nil }
        }
    }

    func testUpdatesUnderSteadyLoadLoseNoRequest() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b", "c"])
        try harness.start(
            yaml: ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne),
            concurrency: 2, drainTime: .seconds(2), drainStrategy: .immediate)
        let manager = harness.server.clusterManager
        try manager.applyUpdate([DynamicResources.cluster("dyn", endpoints: harness.endpoint("b"))], versionInfo: "1")
            .wait()
        let routes = """
                          - name: default
                            domains: ["*"]
                            routes:
                            - match: { prefix: "/dyn" }
                              route: { cluster: dyn }
                            - match: { prefix: "/" }
                              route: { cluster: one }
            """
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "load", routes: routes)], versionInfo: "1")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)

        let tally = LoadTally()
        let clients = DispatchGroup()
        // Stops the load whatever happens below, before the harness stops.
        defer {
            tally.stop.store(true, ordering: .relaxed)
            _ = clients.wait(timeout: .now() + 30)
        }
        for _ in 0..<4 {
            DispatchQueue.global().async(group: clients) {
                Self.runClient(port: port, tally: tally, paths: ["/dyn", "/"])
            }
        }
        func settle() { Thread.sleep(forTimeInterval: 0.3) }
        settle()
        // A cluster's hosts change; the cluster is replaced; a listener comes and goes; the load's route changes.
        try manager.applyUpdate([DynamicResources.cluster(
            "dyn", endpoints: harness.endpoint("b") + "\n" + harness.endpoint("c"))], versionInfo: "2").wait()
        settle()
        try manager.applyUpdate([DynamicResources.cluster(
            "dyn", endpoints: harness.endpoint("c"), extra: "    per_connection_buffer_limit_bytes: 65536")], versionInfo: "3").wait()
        settle()
        let extra = try DynamicResources.listener(name: "extra", routes: DynamicResources.directResponse("extra"))
        try harness.server.applyListenerUpdate([
            DynamicResources.listener(name: "load", routes: routes), extra,
        ], versionInfo: "2")
        settle()
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "load", routes: routes)], versionInfo: "3")
        settle()
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "load", routes: DynamicResources.routes(to: "dyn"))], versionInfo: "4")
        settle()
        tally.stop.store(true, ordering: .relaxed)
        XCTAssertEqual(clients.wait(timeout: .now() + 30), .success)

        let sent = tally.sent.load(ordering: .relaxed)
        let failed = tally.failed.load(ordering: .relaxed)
        let resent = tally.resent.load(ordering: .relaxed)
        print("live updates under load: \(sent) requests sent, \(failed) failed, \(resent) resent after a close")
        XCTAssertEqual(failed, 0)
        XCTAssertGreaterThan(sent, 100)
        XCTAssertGreaterThan(harness.upstreams["c"]!.requestCount, 0, "the replaced cluster's host got traffic")
        XCTAssertEqual(harness.stat("listener_manager.listener_modified"), 1, "only the route swap modified 'load'")
    }
}

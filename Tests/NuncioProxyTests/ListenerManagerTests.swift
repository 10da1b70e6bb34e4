import NIOCore
import NuncioConfig
import NuncioProxy
import NuncioTestSupport
import XCTest

/// LDS updates applied to a running server: listeners are added, modified in place and removed under traffic.
final class ListenerManagerTests: XCTestCase {
    private func startHarness() throws -> ProxyHarness {
        let harness = ProxyHarness()
        try harness.addUpstreams(["a"])
        try harness.start(
            yaml: ProxyHarness.config(clusters: [("one", harness.endpoint("a"), "")], routes: ProxyHarness.routesToOne),
            drainTime: .seconds(3), drainStrategy: .immediate)
        return harness
    }

    func testAnAddedListenerServesAndARemovedOneStopsAcceptingAtOnce() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("added"))], versionInfo: "1")
        XCTAssertEqual(harness.server.listenerStatuses.map(\.name).last, "dyn")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        XCTAssertEqual(try RawHTTPClient.get(port: port, path: "/").body, "added")
        XCTAssertEqual(harness.stat("listener_manager.listener_added"), 2)
        XCTAssertEqual(harness.stat("listener_manager.total_listeners_active"), 2)
        XCTAssertEqual(harness.server.listenerVersionInfo, "1")

        try harness.server.applyListenerUpdate([], versionInfo: "2")
        XCTAssertThrowsError(try RawHTTPClient.get(port: port, path: "/"), "the removed listener's socket is closed")
        XCTAssertEqual(harness.stat("listener_manager.listener_removed"), 1)
        XCTAssertEqual(harness.stat("listener_manager.total_listeners_active"), 1)
        XCTAssertEqual(try RawHTTPClient.get(port: harness.port, path: "/").status, 200, "the static one serves on")
    }

    func testAModifiedListenerGivesNewConnectionsTheNewConfigAndDrainsTheOldOnes() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v1"))], versionInfo: "1")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        let old = try RawHTTPClient(port: port)
        defer { old.close() }
        old.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(old.readResponse()?.body, "v1")

        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v2"))], versionInfo: "2")
        XCTAssertEqual(harness.server.listenerAddresses.last?.port, port, "an in-place update keeps the socket")
        XCTAssertEqual(try RawHTTPClient.get(port: port, path: "/").body, "v2")
        XCTAssertEqual(harness.stat("listener_manager.listener_modified"), 1)
        XCTAssertEqual(harness.stat("listener_manager.listener_in_place_updated"), 1)
        // As in Envoy, the next response on an old connection says `connection: close`.
        old.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let last = try XCTUnwrap(old.readResponse())
        XCTAssertEqual(last.body, "v1", "an old connection keeps the config it began with")
        XCTAssertEqual(last.header("connection"), "close")
        XCTAssertTrue(old.waitForClose(), "a connection on the replaced config drains")
        XCTAssertTrue(waitUntil { harness.stat("listener_manager.total_listeners_draining") == 0 })
    }

    func testAConnectionBusyAcrossAnUpdateFinishesItsRequestOnTheConfigItBeganWith() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.routes(to: "one"))], versionInfo: "1")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        let busy = try RawHTTPClient(port: port)
        defer { busy.close() }
        busy.send("GET /delay/500 HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertTrue(waitUntil { harness.upstreams["a"]!.requestCount == 1 })
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v2"))], versionInfo: "2")
        XCTAssertEqual(harness.stat("listener_manager.total_listeners_draining"), 1)
        let response = try XCTUnwrap(busy.readResponse())
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("x-upstream"), "a", "the in-flight request kept its route")
        XCTAssertEqual(response.header("connection"), "close", "then the connection drains")
        XCTAssertTrue(waitUntil { harness.stat("listener_manager.total_listeners_draining") == 0 })
    }

    func testAnIdleConnectionOfAReplacedConfigIsClosedAtTheEndOfTheDrainTime() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v1"))], versionInfo: "1")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        let idle = try RawHTTPClient(port: port)
        defer { idle.close() }
        idle.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(idle.readResponse()?.body, "v1")
        try harness.server.applyListenerUpdate([], versionInfo: "2")
        XCTAssertEqual(harness.stat("listener_manager.total_listeners_draining"), 1)
        XCTAssertTrue(idle.waitForClose(), "closed when the 3 s drain time is up")
        XCTAssertTrue(waitUntil { harness.stat("listener_manager.total_listeners_draining") == 0 })
    }

    func testAnHTTP2ConnectionOfAReplacedConfigGetsItsGoAways() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        let manager = "          drain_timeout: 0.2s"
        try harness.server.applyListenerUpdate([DynamicResources.listener(
            name: "dyn", routes: DynamicResources.directResponse("v1"), managerExtra: manager)], versionInfo: "1")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        let peer = try HTTP2FramePeer.connect(port: port, group: harness.group)
        defer { peer.close() }
        peer.request(streamID: 1)
        XCTAssertTrue(waitUntil { peer.responseStatuses[1] == "200" })
        try harness.server.applyListenerUpdate([DynamicResources.listener(
            name: "dyn", routes: DynamicResources.directResponse("v2"), managerExtra: manager)], versionInfo: "2")
        // Envoy's drain: GOAWAY with the largest stream id, then after drain_timeout the last one, then close.
        XCTAssertTrue(waitUntil { peer.isClosed })
        XCTAssertEqual(peer.goAways.map(\.lastStreamID), [2_147_483_647, 1])
    }

    func testAListenerMovedToANewAddressGetsANewSocket() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        try harness.server.applyListenerUpdate(
            [DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v1"))], versionInfo: "1")
        let first = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        var relocated = try DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v2"))
        relocated.address.address = "127.0.0.2"
        try harness.server.applyListenerUpdate([relocated], versionInfo: "2")
        XCTAssertEqual(harness.server.listenerStatuses.last?.address, "127.0.0.2")
        let second = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        let client = try RawHTTPClient(port: second, host: "127.0.0.2")
        defer { client.close() }
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.body, "v2")
        XCTAssertThrowsError(try RawHTTPClient.get(port: first, path: "/"), "the old socket is closed")
    }

    func testARefusedUpdateChangesNothing() throws {
        let harness = try startHarness()
        defer { harness.stop() }
        let good = try DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v1"))
        try harness.server.applyListenerUpdate([good], versionInfo: "1")
        let port = try XCTUnwrap(harness.server.listenerAddresses.last?.port)
        let staticName = harness.server.listenerStatuses[0].name
        let renamed = try DynamicResources.listener(name: staticName, routes: DynamicResources.directResponse("x"))
        let replacement = try DynamicResources.listener(name: "dyn", routes: DynamicResources.directResponse("v2"))
        XCTAssertThrowsError(try harness.server.applyListenerUpdate([replacement, replacement], versionInfo: "2")) {
            XCTAssertEqual("\($0)", "duplicate listener dyn found")
        }
        XCTAssertThrowsError(try harness.server.applyListenerUpdate([replacement, renamed], versionInfo: "2"))
        var clash = try DynamicResources.listener(name: "other", routes: DynamicResources.directResponse("x"))
        clash.address.port = UInt16(harness.port)
        XCTAssertThrowsError(try harness.server.applyListenerUpdate([replacement, clash], versionInfo: "2"))
        XCTAssertEqual(try RawHTTPClient.get(port: port, path: "/").body, "v1", "the last good config serves")
        XCTAssertEqual(harness.server.listenerVersionInfo, "1")
        XCTAssertEqual(harness.stat("listener_manager.listener_modified"), 0)
    }
}

import NIOHTTP1
import Testing

@testable import NuncioConfig
@testable import NuncioProxy

/// `ConnectionManagerUtility.mutateRequestHeaders` and `ForwardedAddress` on their own: peers the loopback-only
/// network tests cannot be, and Envoy's `getLastAddressFromXFF` rules.
@Suite struct ConnectionManagerUtilityTests {
    static func mutate(
        _ headers: [(String, String)], peer: String, edge: Bool = true, hops: UInt32 = 0
    ) -> ConnectionManagerUtility.Mutation {
        var manager = HttpConnectionManager(
            statPrefix: "test", routeConfig: RouteConfiguration(virtualHosts: []), httpFilters: [])
        manager.useRemoteAddress = edge
        manager.xffNumTrustedHops = hops
        manager.via = "edge"
        var ids = RequestIDGenerator()
        return ConnectionManagerUtility.mutateRequestHeaders(
            HTTPHeaders(headers), config: .init(manager), remoteAddress: peer, requestIDs: &ids)
    }

    @Test func aNonLoopbackPeerIsAppendedAndIsTheExternalAddress() {
        let result = Self.mutate([("host", "a"), ("X-Forwarded-For", "10.0.0.1")], peer: "203.0.113.9:5555")
        #expect(result.headers["x-forwarded-for"] == ["10.0.0.1,203.0.113.9"])
        #expect(result.headers["x-envoy-external-address"] == ["203.0.113.9"])
        #expect(result.trustedRemoteAddress == nil)
        // Replaced where the client put it, as Envoy edits its header map.
        #expect(result.headers.map(\.name).prefix(2) == ["host", "X-Forwarded-For"])
    }

    @Test func anIPv6LoopbackPeerAppendsTheLocalAddress() {
        let result = Self.mutate([("host", "a")], peer: "[::1]:5555")
        #expect(result.headers["x-forwarded-for"] == [ForwardedAddress.local])
        #expect(result.headers["x-envoy-external-address"] == ["::1"])
    }

    @Test func headerOrderIsEnvoys() {
        let result = Self.mutate([("host", "a")], peer: "203.0.113.9:1")
        #expect(result.headers.map(\.name) == [
            "host", "x-forwarded-for", "x-forwarded-proto", "via", "x-envoy-external-address", "x-request-id",
        ])
    }

    @Test func trustedHopsWithoutUseRemoteAddress() {
        let trusted = Self.mutate(
            [("x-forwarded-for", "192.0.2.1, 10.0.0.1")], peer: "127.0.0.1:1", edge: false, hops: 1)
        #expect(trusted.trustedRemoteAddress == "192.0.2.1:0")
        #expect(trusted.headers["x-envoy-external-address"].isEmpty)
        let v6 = Self.mutate([("x-forwarded-for", "2001:db8::1")], peer: "127.0.0.1:1", edge: false)
        #expect(v6.trustedRemoteAddress == "[2001:db8::1]:0")
    }

    @Test(arguments: [
        ("10.1.1.1, 10.2.2.2", UInt32(0), "10.2.2.2"), ("10.1.1.1, 10.2.2.2", 1, "10.1.1.1"),
        ("10.1.1.1", 1, nil), ("10.1.1.1,", 0, nil), (" 10.1.1.1 ", 0, "10.1.1.1"), ("bogus, 10.2.2.2", 1, nil),
        ("a,b,10.3.3.3, 10.4.4.4", 1, "10.3.3.3"),
    ] as [(String, UInt32, String?)])
    func lastAddressFromXForwardedFor(header: String, skip: UInt32, expected: String?) {
        #expect(ForwardedAddress.lastAddress(in: header, skipping: skip) == expected)
    }

    @Test func internalHeadersAreRecognizedInAnyCase() {
        #expect(InternalHeaders.isStripped("X-Envoy-Retry-On", edge: false))
        #expect(!InternalHeaders.isStripped("x-envoy-original-path", edge: false))
        #expect(InternalHeaders.isStripped("x-envoy-original-path", edge: true))
        #expect(!InternalHeaders.isStripped("x-envoy-external-address", edge: true))
        #expect(!InternalHeaders.isStripped("x-forwarded-for", edge: true))
    }
}

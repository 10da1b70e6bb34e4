import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// The overload manager's global connection limit: past it, new connections are shed, held ones keep working.
@Suite struct OverloadTests {
    @Test func connectionsPastTheGlobalLimitAreShed() throws {
        let harness = try ProxyHarness.seed(bootstrapExtra: """

            overload_manager:
              resource_monitors:
              - name: envoy.resource_monitors.global_downstream_max_connections
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.resource_monitors.downstream_connections.v3.DownstreamConnectionsConfig
                  max_active_downstream_connections: 2
            """)
        defer { harness.stop() }
        let first = try RawHTTPClient(port: harness.port)
        let second = try RawHTTPClient(port: harness.port)
        first.send("GET /service/1 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(first.readResponse()?.status == 200)
        second.send("GET /service/1 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(second.readResponse()?.status == 200)
        let third = try RawHTTPClient(port: harness.port)
        third.send("GET /service/1 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(third.readResponse() == nil)
        #expect(harness.stat("listener.127.0.0.1_0.downstream_global_cx_overflow") == 1)
        first.send("GET /service/2 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(first.readResponse()?.status == 200)
        first.close()
        #expect(waitUntil { (try? RawHTTPClient.get(port: harness.port, path: "/service/1"))?.status == 200 })
    }
}

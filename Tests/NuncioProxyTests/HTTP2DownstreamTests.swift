import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// h2c with prior knowledge on the same port as HTTP/1.1 (codec AUTO), checked with curl as a real client.
@Suite struct HTTP2DownstreamTests {
    static var curlAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") }

    @Test(.enabled(if: curlAvailable)) func priorKnowledgeH2cIsServedWithEnvoysHeaders() throws {
        let harness = try ProxyHarness.seed(http2: true)
        defer { harness.stop() }
        let output = try Self.curl(["-si", "--http2-prior-knowledge", "http://127.0.0.1:\(harness.port)/service/1"])
        #expect(output.hasPrefix("HTTP/2 200"))
        #expect(output.contains("\nserver: envoy\r\n"))
        #expect(output.contains("\nx-envoy-upstream-service-time: "))
        let http1 = try Self.curl(["-si", "http://127.0.0.1:\(harness.port)/service/1"])
        #expect(http1.hasPrefix("HTTP/1.1 200"))
        #expect(harness.stat("http.ingress_http.downstream_rq_http2_total") == 1)
        #expect(harness.stat("http.ingress_http.downstream_rq_http1_total") == 1)
    }

    static func curl(_ arguments: [String]) throws -> String {
        try ChildProcess.run("/usr/bin/curl", ["--max-time", "10"] + arguments, seconds: 20).stdout
    }
}

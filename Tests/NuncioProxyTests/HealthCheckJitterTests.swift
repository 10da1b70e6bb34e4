import Foundation
import NuncioTestSupport
import Testing

/// `initial_jitter`: each host's first check waits a random part of it. Eight hosts with 3 s of jitter are not
/// all checked within 1 s of the start but once in 6,500 runs.
@Suite struct HealthCheckJitterTests {
    static func secondsUntilEveryHostIsChecked(_ jitter: String) throws -> Double {
        let names = (0..<8).map { "h\($0)" }
        let started = Date()
        let (harness, _) = try ClusterFieldTests.harness("""
                health_checks:
                - timeout: 1s
                  interval: 0.5s
                  unhealthy_threshold: 1
                  healthy_threshold: 1
            \(jitter)
                  http_health_check: { path: /healthz }
            """, upstreams: names)
        defer { harness.stop() }
        #expect(waitUntil(seconds: 15) { names.allSatisfy { harness.upstreams[$0]!.requestCount > 0 } })
        return Date().timeIntervalSince(started)
    }

    @Test func initialJitterDelaysTheFirstChecks() throws {
        #expect(try Self.secondsUntilEveryHostIsChecked("      initial_jitter: 3s") > 1)
    }
}

import Foundation
import NuncioTestSupport
import Testing

/// Health checks' random spreads: `initial_jitter` delays each host's first check by a random part of it (eight
/// hosts with 3 s of it are not all checked within 1 s of the start but once in 6,500 runs), `interval_jitter`
/// adds a random part of it to every interval.
@Suite struct HealthCheckJitterTests {
    /// A cluster's `/healthz` check every `interval` (with or without traffic), with `extra` lines.
    static func healthCheck(interval: String, _ extra: String) -> String {
        """
            health_checks:
            - timeout: 1s
              interval: \(interval)
              no_traffic_interval: \(interval)
              unhealthy_threshold: 1
              healthy_threshold: 1
        \(extra)
              http_health_check: { path: /healthz }
        """
    }

    static func secondsUntilEveryHostIsChecked(_ jitter: String) throws -> Double {
        let names = (0..<8).map { "h\($0)" }
        let started = Date()
        let (harness, _) = try ClusterFieldTests.harness(Self.healthCheck(interval: "0.5s", jitter), upstreams: names)
        defer { harness.stop() }
        #expect(waitUntil(seconds: 15) { names.allSatisfy { harness.upstreams[$0]!.requestCount > 0 } })
        return Date().timeIntervalSince(started)
    }

    @Test func initialJitterDelaysTheFirstChecks() throws {
        #expect(try Self.secondsUntilEveryHostIsChecked("      initial_jitter: 3s") > 1)
    }

    /// Checks every 0.1 s for 3 s: some 30 of them, but with `interval_jitter: 2s` (up to 2 s more each) a few.
    @Test(arguments: [("", true), ("      interval_jitter: 2s", false)])
    func intervalJitterSpacesTheChecks(jitter: String, many: Bool) throws {
        let (harness, _) = try ClusterFieldTests.harness(Self.healthCheck(interval: "0.1s", jitter))
        defer { harness.stop() }
        Thread.sleep(forTimeInterval: 3)
        let checks = harness.upstreams["a"]!.requestCount
        #expect((checks >= 10) == many, "\(checks) checks")
    }
}

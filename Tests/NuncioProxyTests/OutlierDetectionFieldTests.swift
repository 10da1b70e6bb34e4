import Foundation
import NIOCore
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Outlier detection's clocks: `interval` is how often ejected hosts are looked at for return, and
/// `max_ejection_time` caps an ejection that `base_ejection_time` times the ejection count would make longer.
@Suite struct OutlierDetectionFieldTests {
    /// One upstream in cluster `one`, ejected by its first 5xx (the ejection `priorEjections + 1`).
    static func ejected(_ outlier: String, priorEjections: UInt32 = 0) throws -> (ProxyHarness, NuncioProxy.Host) {
        let harness = try ClusterFieldTests.harness("""
                outlier_detection:
                  consecutive_5xx: 1
                  max_ejection_percent: 100
            \(outlier)
            """).0
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        let host = cluster.hosts.hosts[0]
        host.outlier.ejections.store(priorEjections, ordering: .relaxed)
        _ = try RawHTTPClient.get(port: harness.port, path: "/status/500")
        #expect(waitUntil { host.healthFlags.contains(.failedOutlierCheck) })
        return (harness, host)
    }

    @Test(arguments: [("0.2s", true), ("60s", false)])
    func intervalIsWhenAnEjectedHostComesBack(interval: String, returns: Bool) throws {
        let (harness, host) = try Self.ejected("      base_ejection_time: 0.1s\n      interval: \(interval)")
        defer { harness.stop() }
        let back = waitUntil(seconds: returns ? 10 : 1.5) { !host.healthFlags.contains(.failedOutlierCheck) }
        #expect(back == returns)
        #expect(harness.stat("cluster.one.outlier_detection.ejections_active") == (returns ? 0 : 1))
    }

    /// The sixth ejection at a 1 s base would last 6 s; `max_ejection_time: 2s` makes it 2 s.
    @Test(arguments: [("      max_ejection_time: 2s", 2.0), ("", 6.0)])
    func maxEjectionTimeCapsARepeatedEjection(cap: String, seconds: Double) throws {
        let (harness, host) = try Self.ejected(
            "      base_ejection_time: 1s\n      interval: 60s\n" + cap, priorEjections: 5)
        defer { harness.stop() }
        let left = Double(Int64(host.outlier.ejectedUntil.load(ordering: .relaxed))
            - Int64(NIODeadline.now().uptimeNanoseconds)) / 1e9
        #expect(left <= seconds && left > seconds - 1.5, "\(left) s left")
    }

    /// Four hosts ejected for 1 s plus up to 10 s of jitter: all within 11 s, and (but once in 10,000 runs) one
    /// past 2 s, where without jitter none is.
    @Test func maxEjectionTimeJitterLengthensEjections() throws {
        let names = ["a", "b", "c", "d"]
        let (harness, _) = try ClusterFieldTests.harness("""
                outlier_detection:
                  consecutive_5xx: 1
                  max_ejection_percent: 100
                  base_ejection_time: 1s
                  max_ejection_time_jitter: 10s
                  interval: 60s
            """, upstreams: names)
        defer { harness.stop() }
        let cluster = try #require(harness.server.clusterManager.cluster(named: "one"))
        let hosts = cluster.hosts.hosts
        for _ in 0..<8 { _ = try RawHTTPClient.get(port: harness.port, path: "/status/500") }
        #expect(waitUntil { hosts.allSatisfy { $0.healthFlags.contains(.failedOutlierCheck) } })
        let now = Int64(NIODeadline.now().uptimeNanoseconds)
        let left = hosts.map { Double(Int64($0.outlier.ejectedUntil.load(ordering: .relaxed)) - now) / 1e9 }
        #expect(left.allSatisfy { $0 <= 11 }, "\(left)")
        #expect(left.contains { $0 > 2 }, "\(left)")
    }
}

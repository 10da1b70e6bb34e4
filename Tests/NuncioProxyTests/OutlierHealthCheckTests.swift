import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// `successful_active_health_check_uneject_host` (Envoy's default, true): a passing active check returns an
/// outlier-ejected host long before `base_ejection_time`; with false it stays out. Compared with a real Envoy
/// when `ENVOY_BIN` is set.
@Suite struct OutlierHealthCheckTests {
    static func yaml(_ harness: ProxyHarness, uneject: Bool) -> String {
        let routes = ProxyHarness.routesToOne
        let extra = """
                health_checks:
                - { timeout: 1s, interval: 0.2s, no_traffic_interval: 0.2s, unhealthy_threshold: 3,
                    healthy_threshold: 1, http_health_check: { path: /healthz } }
                outlier_detection:
                  consecutive_5xx: 3
                  interval: 30s
                  base_ejection_time: 30s
                  max_ejection_percent: 50
                  successful_active_health_check_uneject_host: \(uneject)
            """
        return ProxyHarness.config(clusters: [("one", harness.endpoint("a") + "\n" + harness.endpoint("b"), extra)],
            routes: routes)
    }

    @Test(arguments: [true, false])
    func aPassingCheckUnejects(uneject: Bool) throws {
        for proxy in RealEnvoy.binary == nil ? ["nuncio"] : ["nuncio", "envoy"] {
            let harness = ProxyHarness()
            defer { harness.stop() }
            try harness.addUpstreams(["a", "b"])
            let yaml = Self.yaml(harness, uneject: uneject)
            var envoy: RealEnvoy?
            if proxy == "nuncio" { try harness.start(yaml: yaml) } else { envoy = try RealEnvoy(yaml: yaml) }
            defer { envoy?.stop() }
            let port = envoy?.port ?? harness.port
            let stat: (String) -> UInt64 = envoy.map { e in { e.stat($0) } } ?? harness.stat
            #expect(waitUntil { stat("cluster.one.health_check.healthy") == 2 }, "\(proxy)")
            // Both hosts answer 503 three times in a row; one of the two may be ejected (50 %).
            for _ in 0..<6 { _ = try? RawHTTPClient.get(port: port, path: "/status/503") }
            #expect(waitUntil { stat("cluster.one.outlier_detection.ejections_enforced_total") >= 1 }, "\(proxy)")
            if uneject {
                #expect(waitUntil(seconds: 5) { stat("cluster.one.outlier_detection.ejections_active") == 0 },
                    "\(proxy)")
            } else {
                usleep(1_500_000)
                #expect(stat("cluster.one.outlier_detection.ejections_active") >= 1, "\(proxy)")
            }
        }
    }
}

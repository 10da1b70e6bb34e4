import Foundation
import NuncioTestSupport
import Testing

@testable import NuncioStats

/// The Prometheus output read back by the reference parser, `prometheus_client` (Python). Skipped where
/// `python3 -c "import prometheus_client"` fails, e.g. on CI images without it.
@Suite struct PrometheusParserTests {
    static let parserAvailable = runPython(["-c", "import prometheus_client"]).status == 0

    @Test(.enabled(if: parserAvailable, "python3 with prometheus_client is not installed"))
    func captureScenarioParses() throws {
        let output = PrometheusStatsRenderer.render(CaptureStore.make().snapshot())
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("nuncio-stats-\(UUID().uuidString).prom")
        try output.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys
            from prometheus_client.parser import text_string_to_metric_families
            families = list(text_string_to_metric_families(open(sys.argv[1]).read()))
            samples = sum(len(f.samples) for f in families)
            kinds = sorted(set(f.type for f in families))
            print(len(families), samples, ",".join(kinds))
            """
        let result = Self.runPython(["-c", script, file.path])
        #expect(result.status == 0, "parser failed: \(result.output)")
        // 342 metric names; 546 counter and gauge series, and 28 histograms of 20 buckets, a sum and a count.
        #expect(result.output == "342 1162 counter,gauge,histogram\n")
    }

    private static func runPython(_ arguments: [String]) -> (status: Int32, output: String) {
        do {
            let result = try ChildProcess.run("/usr/bin/env", ["python3"] + arguments)
            return (result.status, result.stdout + result.stderr)
        } catch {
            return (-1, "\(error)")
        }
    }
}

import Foundation
import Testing

@testable import NuncioDashboard

/// Writes every screen at both sizes to `$DASHBOARD_DUMP_DIR` for eyeballing; skipped unless that is set.
@Suite struct ScreenDump {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DASHBOARD_DUMP_DIR"] != nil))
    func dumpEveryScreen() throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DASHBOARD_DUMP_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for size in ScreenRenderingTests.sizes {
            for screen in DashboardScreen.allCases {
                var model = try ScreenRenderingTests.liveModel()
                model.screen = screen
                model.record("reset counters: OK")
                let terminal = ScreenRenderingTests.draw(model, size)
                let name = "\(screen.title.lowercased())-\(size.columns)x\(size.rows).txt"
                try terminal.text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
    }
}

import Foundation
import NuncioConfig
import NuncioStats
import NuncioTestSupport
import Testing

@testable import NuncioProxy

/// Log files as Envoy's AccessLogFileImpl writes them: buffered off the event loops, appended, and a failing
/// write counted in `filesystem.*`, never fatal.
@Suite struct AccessLogFileTests {
    static func temporaryPath() -> String {
        NSTemporaryDirectory() + "nuncio-logfile-\(UUID().uuidString).log"
    }

    /// `/dev/full` fails every write with ENOSPC: the proxy keeps serving and counts the failures.
    @Test func aFullDiskIsCountedNotFatal() throws {
        let harness = try AccessLogTests.harness(logPath: "/dev/full")
        defer { harness.stop() }
        for _ in 0..<3 {
            let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
            #expect(response.status == 200)
        }
        #expect(waitUntil { harness.stat("filesystem.write_failed") > 0 })
        #expect(harness.stat("filesystem.write_buffered") == 3)
        #expect(harness.stat("filesystem.write_completed") == 0)
        let response = try RawHTTPClient.get(port: harness.port, path: "/service/1")
        #expect(response.status == 200)
    }

    /// `--log-path /dev/full`: the engine's own log failing is counted too (and reported on stderr).
    @Test func aFullEngineLogIsCountedNotFatal() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let server = try harness.startServer(options: .init(
            concurrency: 1, drainTime: .milliseconds(200), loggers: LoggerRegistry(defaultLevel: .info),
            logPath: "/dev/full"))
        defer { server.shutdown(drainTime: .milliseconds(200)) }
        let port = server.listenerAddresses[0].port!
        #expect(try RawHTTPClient.get(port: port, path: "/").status == 200)
        #expect(waitUntil { (server.stats.values()["filesystem.write_failed"] ?? 0) > 0 })
        #expect(try RawHTTPClient.get(port: port, path: "/").status == 200)
    }

    /// An access log that starts failing is reported once in the engine log, with the reason.
    @Test func aFailingAccessLogIsReportedInTheEngineLog() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let sink = MemoryLogSink()
        let manager = """
                      access_log:
                      - name: envoy.access_loggers.file
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                          path: /dev/full
            """
        let server = try harness.startServer(managerExtra: manager, options: .init(
            concurrency: 1, drainTime: .milliseconds(200), loggers: LoggerRegistry(defaultLevel: .info),
            logSink: sink))
        defer { server.shutdown(drainTime: .milliseconds(200)) }
        let port = server.listenerAddresses[0].port!
        for _ in 0..<2 {
            #expect(try RawHTTPClient.get(port: port, path: "/").status == 200)
            server.flushLogs()
        }
        let reports = sink.tail.filter { $0.contains("[error][file]") }
        #expect(reports.count == 1)
        #expect(reports.first?.contains("writing to '/dev/full' failed: No space left on device") == true)
        #expect(server.stats.values()["filesystem.write_failed"] == 2)
    }

    /// Lines wait in the buffer, not in a write on the logging thread, until the flush thread or a flush.
    @Test func writesAreBufferedUntilFlushed() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = StatsStore()
        let files = AccessLogManager(store: store, flushInterval: 3600)
        let file = files.file(.path(path))
        file.write("one\n")
        file.write("two\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
        #expect(store.values()["filesystem.write_buffered"] == 2)
        #expect(store.values()["filesystem.write_total_buffered"] == 8)
        files.flush()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\ntwo\n")
        #expect(store.values()["filesystem.write_completed"] == 1)
        #expect(store.values()["filesystem.write_total_buffered"] == 0)
        files.close()
    }

    /// The flush thread writes on its timer (counted as Envoy counts it), and sooner past 64 KiB.
    @Test func theFlushThreadWritesOnTimerAndPast64KiB() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = StatsStore()
        let timed = AccessLogManager(store: store, flushInterval: 0.05)
        timed.file(.path(path)).write("line\n")
        #expect(waitUntil { (try? String(contentsOfFile: path, encoding: .utf8)) == "line\n" })
        #expect(waitUntil { (store.values()["filesystem.flushed_by_timer"] ?? 0) > 0 })
        timed.close()

        let bigPath = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: bigPath) }
        let untimed = AccessLogManager(store: StatsStore(), flushInterval: 3600)
        let big = untimed.file(.path(bigPath))
        let line = String(repeating: "x", count: 1023) + "\n"
        for _ in 0..<65 { big.write(line) }
        func size() -> Int? { (try? FileManager.default.attributesOfItem(atPath: bigPath)[.size]) as? Int }
        #expect(waitUntil { size() == 65 * 1024 })
        untimed.close()
    }

    /// O_APPEND: a file that already has lines keeps them; two loggers on one path share one file.
    @Test func appendsAndSharesOneFilePerPath() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "before\n".write(toFile: path, atomically: false, encoding: .utf8)
        let files = AccessLogManager(store: StatsStore(), flushInterval: 3600)
        #expect(files.file(.path(path)) === files.file(.path(path)))
        files.file(.path(path)).write("after\n")
        files.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "before\nafter\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o644 || mode == 0o644 & ~0o022)
    }

    /// `/reopen_logs` after a rotation: later lines go to a new file at the path; a failed reopen is counted.
    @Test func reopenFollowsARotation() throws {
        let directory = NSTemporaryDirectory() + "nuncio-rotate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/access.log"
        let store = StatsStore()
        let files = AccessLogManager(store: store, flushInterval: 0.05)
        let file = files.file(.path(path))
        file.write("old\n")
        files.flush()
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        files.reopen()
        #expect(waitUntil { FileManager.default.fileExists(atPath: path) })
        file.write("new\n")
        files.flush()
        #expect(try String(contentsOfFile: path + ".1", encoding: .utf8) == "old\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        try FileManager.default.removeItem(atPath: directory)
        files.reopen()
        #expect(waitUntil { store.values()["filesystem.reopen_failed"] == 1 })
        files.close()
    }

    @Test func anUnopenableFileStopsTheStart() throws {
        let files = AccessLogManager(store: StatsStore(), flushInterval: 3600)
        _ = files.file(.path("/nonexistent-dir-\(UUID().uuidString)/access.log"))
        #expect(files.openError?.hasPrefix("unable to open file '/nonexistent-dir-") == true)
        files.close()
    }
}

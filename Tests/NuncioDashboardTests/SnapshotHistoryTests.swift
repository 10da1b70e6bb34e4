import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// The history behind the windows: restarts and counter resets start it over; the ring keeps five minutes.
@Suite struct SnapshotHistoryTests {
    /// The fixture with `server.uptime` set and every service1 host at `success` successes and `errors` errors.
    static let base = try! Fixtures.snapshot(at: 0)

    static func snapshot(at time: Double, uptime: UInt64, success: UInt64, errors: UInt64 = 0) throws
        -> AdminSnapshot
    {
        var snapshot = base
        snapshot.takenAt = time
        snapshot.stats.values = snapshot.stats.values.filter { $0.name != "server.uptime" }
            + [StatValue(name: "server.uptime", number: uptime)]
        let index = snapshot.clusters.clusterStatuses.firstIndex { $0.name == "service1" }!
        for host in snapshot.clusters.clusterStatuses[index].hostStatuses.indices {
            snapshot.clusters.clusterStatuses[index].hostStatuses[host].stats = [
                HostStat(name: "rq_success", value: success), HostStat(name: "rq_error", value: errors),
            ]
        }
        return snapshot
    }

    @Test func uptimeGoingDownIsARestart() throws {
        var history = SnapshotHistory()
        #expect(history.append(try Self.snapshot(at: 0, uptime: 10, success: 100)) == nil)
        #expect(history.append(try Self.snapshot(at: 1, uptime: 10, success: 110)) == nil)
        // Envoy's gauge moves only at a stats flush (5 s), so equal uptimes are no restart.
        #expect(history.append(try Self.snapshot(at: 5, uptime: 0, success: 3)) == .restart)
        #expect(history.samples.count == 1)
    }

    @Test func serverInfoUptimeTellsARestartBeforeTheFirstStatsFlush() throws {
        // Envoy's server.uptime gauge stays 0 until its first flush (5 s); /server_info counts from the start.
        var history = SnapshotHistory()
        var old = try Self.snapshot(at: 0, uptime: 0, success: 100)
        old.serverInfo.uptimeCurrentEpoch = "4s"
        history.append(old)
        var new = try Self.snapshot(at: 3, uptime: 0, success: 2)
        new.serverInfo.uptimeCurrentEpoch = "1s"
        #expect(history.append(new) == .restart)
    }

    @Test func countersGoingDownIsAReset() throws {
        var history = SnapshotHistory()
        history.append(try Self.snapshot(at: 0, uptime: 100, success: 100))
        history.append(try Self.snapshot(at: 1, uptime: 101, success: 110))
        #expect(history.append(try Self.snapshot(at: 2, uptime: 102, success: 2)) == .countersReset)
        #expect(history.samples.count == 1)
    }

    @Test func ringKeepsFiveMinutesAndOneSampleBefore() throws {
        var history = SnapshotHistory()
        for second in 0...400 {
            history.append(try Self.snapshot(at: Double(second), uptime: UInt64(second), success: UInt64(second)))
        }
        let oldest = try #require(history.samples.first)
        #expect(oldest.time <= 100 && oldest.time >= 99)
        #expect(history.baseline(for: .fiveMinutes)?.time == 100)
        #expect(history.baseline(for: .tenSeconds)?.time == 390)
    }
}

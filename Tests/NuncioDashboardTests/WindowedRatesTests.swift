import Foundation
import NuncioAdminClient
import Testing

@testable import NuncioDashboard

/// Attempts, shares, expected shares and errors over the chosen window, from synthetic snapshot sequences.
@Suite struct WindowedRatesTests {
    /// service1's three hosts with the given (successes, errors) each, `uptime` seconds after the server started.
    static func snapshot(at time: Double, _ counts: [(UInt64, UInt64)], uptime: UInt64? = nil) -> AdminSnapshot {
        var snapshot = SnapshotHistoryTests.base
        snapshot.takenAt = time
        snapshot.stats.values = snapshot.stats.values.filter { $0.name != "server.uptime" }
            + [StatValue(name: "server.uptime", number: uptime ?? UInt64(1000 + time))]
        let index = snapshot.clusters.clusterStatuses.firstIndex { $0.name == "service1" }!
        var hosts = snapshot.clusters.clusterStatuses[index].hostStatuses
        while hosts.count < counts.count {
            var extra = hosts[0]
            extra.address = EnvoyAddress(address: "127.0.0.\(11 + hosts.count)", port: 80)
            hosts.append(extra)
        }
        hosts = Array(hosts.prefix(counts.count))
        for (host, count) in counts.enumerated() {
            hosts[host].stats = [HostStat(name: "rq_success", value: count.0), HostStat(name: "rq_error", value: count.1)]
        }
        snapshot.clusters.clusterStatuses[index].hostStatuses = hosts
        return snapshot
    }

    static func model(_ snapshots: [AdminSnapshot]) -> DashboardModel {
        var model = DashboardModel()
        for snapshot in snapshots { model.apply(snapshot) }
        return model
    }

    @Test func sharesOverTheWindowNotSinceTheHostAppeared() throws {
        // Three hosts took 1000 requests each before the dashboard looked; then a fourth joins (scale-up) and each
        // of the four takes 10 a second for 10 seconds.
        var snapshots = [Self.snapshot(at: 0, [(1000, 0), (1000, 0), (1000, 0)])]
        for second in 1...10 {
            let n = UInt64(second * 10)
            snapshots.append(Self.snapshot(at: Double(second), [(1000 + n, 0), (1000 + n, 0), (1000 + n, 0), (n, 0)]))
        }
        let model = Self.model(snapshots)
        let rates = try #require(model.rates(forCluster: "service1"))
        #expect(rates.windowSeconds == 10)
        #expect(rates.attemptsPerSecond == 40)
        let newcomer = try #require(rates.host("127.0.0.14:80"))
        #expect(newcomer.share == 0.25)
        #expect(newcomer.expectedShare == 0.25)
        #expect(newcomer.deviation == 0)
        #expect(newcomer.attemptsPerSecond == 10)
        // All time counts Envoy's counters from zero: the newcomer's part is small.
        var allTime = model
        allTime.window = .allTime
        #expect(try #require(allTime.rates(forHost: "127.0.0.14:80", inCluster: "service1")?.share) < 0.05)
    }

    @Test func refusedAttemptsCountOnceAsErrors() throws {
        // The third host refuses every connection: Envoy counts each attempt in rq_error (and cx_connect_fail).
        let model = Self.model([
            Self.snapshot(at: 0, [(0, 0), (0, 0), (0, 0)]), Self.snapshot(at: 10, [(100, 0), (100, 0), (0, 100)]),
        ])
        let rates = try #require(model.rates(forCluster: "service1"))
        let refusing = try #require(rates.host("127.0.0.13:80"))
        #expect(refusing.attemptsPerSecond == 10)
        #expect(refusing.errorsPerSecond == 10)
        #expect(abs((refusing.share ?? 0) - 1.0 / 3) < 1e-9)
        #expect(refusing.successRate == 0)
        #expect(rates.errorsPerSecond == 10)
        #expect(abs((rates.successRate ?? 0) - 2.0 / 3) < 1e-9)
    }

    @Test func aRecoveredHostShowsItsCurrentSuccessRate() throws {
        // 35 % success all time, 100 % over the last ten seconds.
        var snapshots = [Self.snapshot(at: 0, [(35, 65), (0, 0), (0, 0)])]
        for second in 1...12 { snapshots.append(Self.snapshot(at: Double(second), [(35 + UInt64(second) * 5, 65)])) }
        let model = Self.model(snapshots)
        #expect(model.rates(forHost: "127.0.0.11:80", inCluster: "service1")?.successRate == 1)
    }

    @Test func noRateAcrossARestart() throws {
        var model = Self.model([
            Self.snapshot(at: 0, [(500, 0), (500, 0), (500, 0)], uptime: 600),
            Self.snapshot(at: 1, [(510, 0), (510, 0), (510, 0)], uptime: 601),
        ])
        #expect(model.rates(forCluster: "service1")?.attemptsPerSecond == 30)
        // The server restarted: uptime and counters start again near zero.
        model.apply(Self.snapshot(at: 3, [(4, 0), (4, 0), (4, 0)], uptime: 1))
        let rates = try #require(model.rates(forCluster: "service1"))
        #expect(rates.attemptsPerSecond == nil)
        #expect(rates.hosts.allSatisfy { $0.share == nil && $0.attemptsPerSecond == nil })
        #expect(model.events.contains { $0.text.hasPrefix("server restarted") })
        // The next poll computes from the restart on.
        model.apply(Self.snapshot(at: 4, [(14, 0), (14, 0), (14, 0)], uptime: 2))
        #expect(model.rates(forCluster: "service1")?.attemptsPerSecond == 30)
    }

    @Test func sinceMarkCountsFromTheMark() throws {
        var model = Self.model([
            Self.snapshot(at: 0, [(0, 0), (0, 0), (0, 0)]), Self.snapshot(at: 10, [(100, 0), (100, 0), (100, 0)]),
        ])
        model.setMark()
        model.window = .sinceMark
        #expect(model.rates(forCluster: "service1")?.attemptsPerSecond == nil)  // nothing since the mark yet
        model.apply(Self.snapshot(at: 15, [(100, 0), (100, 0), (150, 0)]))
        let rates = try #require(model.rates(forCluster: "service1"))
        #expect(rates.windowSeconds == 5)
        #expect(rates.host("127.0.0.13:80")?.share == 1)
        #expect(rates.host("127.0.0.13:80")?.attemptsPerSecond == 10)
    }

    @Test func idleClustersShowNoIntervalLatency() throws {
        // Envoy prints an empty interval's quantiles as 0, which is not "<1ms".
        let idle = Self.model([Self.snapshot(at: 0, [(5, 0), (5, 0), (5, 0)]), Self.snapshot(at: 6, [(5, 0), (5, 0), (5, 0)])])
        #expect(idle.rates(forCluster: "service1")?.intervalP50 == nil)
        let busy = Self.model([Self.snapshot(at: 0, [(5, 0), (5, 0), (5, 0)]), Self.snapshot(at: 6, [(9, 0), (5, 0), (5, 0)])])
        #expect(busy.rates(forCluster: "service1")?.intervalP50 == 0)
    }

    @Test func expectedSharesFollowWeightsAndHealth() {
        func host(_ weight: Int, healthy: Bool = true) -> HostStatus {
            HostStatus(
                address: EnvoyAddress(address: "127.0.0.1", port: 1), stats: [],
                healthStatus: HostHealthStatus(failedActiveHealthCheck: !healthy), weight: weight)
        }
        let weighted = WindowedRates.expectedShares([host(1), host(3)])
        #expect(weighted.shares == [0.25, 0.75])
        let oneDown = WindowedRates.expectedShares([host(1), host(1), host(1), host(1, healthy: false)])
        #expect(oneDown.shares.map { $0.map { ($0 * 1000).rounded() / 1000 } } == [0.333, 0.333, 0.333, 0])
        #expect(!oneDown.panic)
        // Two of three down: 1.4 x 33 % healthy is under Envoy's 50 % panic threshold, so all hosts share.
        let panic = WindowedRates.expectedShares([host(1), host(1, healthy: false), host(1, healthy: false)])
        #expect(panic.panic)
        #expect(panic.shares.map { $0.map { ($0 * 1000).rounded() / 1000 } } == [0.333, 0.333, 0.333])
    }

    @Test func addressesSortAsNumbers() {
        let addresses = ["127.0.1.19:80", "127.0.1.2:80", "127.0.1.3:80", "10.0.0.1:80"]
        #expect(addresses.sorted(by: NaturalOrder.less) == ["10.0.0.1:80", "127.0.1.2:80", "127.0.1.3:80", "127.0.1.19:80"])
        #expect(NaturalOrder.less("service9", "service10"))
        #expect(!NaturalOrder.less("a", "a"))
    }

    @Test func windowKeyCyclesAndIntervalQuantilesShowUnderOneMillisecond() throws {
        var model = Self.model([Self.snapshot(at: 0, [(0, 0), (0, 0), (0, 0)])])
        let seen = (0..<5).map { _ -> RateWindow in
            _ = KeyHandler.handle(.character("w"), model: &model)
            return model.window
        }
        #expect(seen == [.oneMinute, .fiveMinutes, .sinceMark, .allTime, .tenSeconds])
        // The fixture's interval p50 is 0 ms (Envoy records whole milliseconds) and its p99 1.075 ms.
        let rates = try #require(model.rates(forCluster: "service1"))
        #expect(Format.millis(rates.intervalP50) == "<1ms")
        #expect(Format.millis(rates.intervalP99) == "1.1ms")
    }
}

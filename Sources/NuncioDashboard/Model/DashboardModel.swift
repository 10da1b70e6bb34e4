import Foundation
import NuncioAdminClient

/// Everything the dashboard shows, as a value: the key handler changes it, the renderer draws it, tests build it.
public struct DashboardModel: Sendable {
    public var options: DashboardOptions
    public var adminAddress: String
    public var screen: DashboardScreen
    public var refreshInterval: Double
    public var paused = false
    public var showingHelp = false
    public var prompt: Prompt?
    public var connection: ConnectionState = .connecting
    /// The cluster Enter opened on the Hosts screen; nil shows the one selected on the Clusters screen.
    public var hostsCluster: String?
    public var usedOnly = false
    public var loggers: LoggerLevels?
    /// Marks, pinned stat, log options, cluster detail, config viewer (issue 16, items 5-7).
    public var investigation = Investigation()
    public private(set) var events: [DashboardEvent] = []
    public private(set) var latest: AdminSnapshot?
    /// The monotonic clock (`ProcessInfo.systemUptime`, as snapshots' `takenAt`), set by the run loop each turn;
    /// 0 when unknown. Data age, dimming and the retry countdown are computed against it.
    public var now: Double = 0
    /// The host whose detail Enter opened on the Hosts screen (its address), until a key closes it.
    public var hostDetail: String?
    /// Why the last key did nothing (read-only), shown on the events line until the next key.
    public var notice: String?
    /// Windowed rates, chart series, transitions (DashboardModel+Board.swift).
    var board = BoardState()
    var delta = SnapshotDelta()
    var selections: [DashboardScreen: Int] = [:]
    var filters: [DashboardScreen: String] = [:]
    var sorts: [DashboardScreen: SortState] = [:]

    /// How many rq/s samples a sparkline keeps.
    static let historyLength = 120
    static let eventLimit = 500

    public init(options: DashboardOptions = DashboardOptions(), adminAddress: String = "") {
        self.options = options
        self.adminAddress = adminAddress
        screen = options.startScreen
        refreshInterval = options.refreshInterval
    }

    public var readOnly: Bool { options.readOnly }
    public var demoKeys: Bool { options.demoKeys }

    // MARK: Snapshots

    /// Takes a new poll result: rates against the previous one, sparkline samples, connection back to live.
    public mutating func apply(_ snapshot: AdminSnapshot) {
        if case .disconnected = connection { record("reconnected to \(adminAddress)") }
        // The log follows its tail unless the reader moved up into it.
        let logLines = latest?.logLines?.count ?? 0
        let followingLog = investigation.logFollow && (selections[.log] == nil || selections[.log] == logLines - 1)
        // The selection follows its row (cluster, host, stat) when a sort by a live number reorders the table.
        // Only the screen on show is re-arranged here: building every table each tick costs too much with
        // thousands of stats; the others are clamped when they are switched to.
        let selectedKey = screen == .log || screen == .events ? nil : selectedRowKey(on: screen)
        delta = SnapshotDelta(latest: snapshot, previous: latest, carrying: delta)
        applyToBoard(snapshot)
        latest = snapshot
        connection = .connected
        investigation.observe(snapshot, delta: delta)
        if let selectedKey, let index = arrangedTable(on: screen).rows.firstIndex(where: { $0.key == selectedKey }) {
            selections[screen] = index
        } else {
            clampSelection(on: screen)
        }
        if followingLog, let lines = snapshot.logLines, !lines.isEmpty { selections[.log] = lines.count - 1 }
    }

    /// A failed poll: the last snapshot stays on screen, marked stale by the header.
    public mutating func applyFailure(_ reason: String, retryIn: Double) {
        if case .disconnected = connection {} else { record("disconnected: \(reason)", isError: true) }
        connection = .disconnected(reason: reason, retryIn: retryIn)
        noteFailureTime()
    }

    public mutating func record(_ text: String, isError: Bool = false, at time: Date = Date()) {
        events.append(DashboardEvent(time: time, text: text, isError: isError))
        if events.count > Self.eventLimit { events.removeFirst(events.count - Self.eventLimit) }
    }

    // MARK: Derived values

    /// Attempts per second sent to a cluster's hosts, over the window.
    public func clusterRequestRate(_ cluster: String) -> Double? {
        rates(forCluster: cluster)?.attemptsPerSecond
    }

    /// Attempts/s per cluster, oldest first, for the sparklines (gaps, at a restart or reset, as 0).
    public var rateHistory: [String: [Double]] { board.rateHistory }

    /// True while the server fails its health check (Envoy reports `DRAINING` after `/healthcheck/fail`).
    public var healthCheckFailing: Bool { latest?.serverInfo.isDraining ?? false }

    // MARK: Selection, filter, sort

    public func selection(on screen: DashboardScreen) -> Int { selections[screen] ?? 0 }

    public func filter(on screen: DashboardScreen) -> String { filters[screen] ?? "" }

    public func sort(on screen: DashboardScreen) -> SortState { sorts[screen] ?? SortState() }

    mutating func setSelection(_ index: Int, on screen: DashboardScreen) {
        selections[screen] = max(0, min(index, rowCount(on: screen) - 1))
    }

    mutating func setFilter(_ text: String, on screen: DashboardScreen) {
        filters[screen] = text
        selections[screen] = 0
    }

    mutating func setSort(_ sort: SortState, on screen: DashboardScreen) {
        sorts[screen] = sort
    }

    mutating func clampSelection(on screen: DashboardScreen) {
        if let selection = selections[screen] { setSelection(selection, on: screen) }
    }

    /// The current screen's rows after filter and sort, as the renderer draws them.
    func arrangedTable(on screen: DashboardScreen) -> Table {
        let table = ScreenTables.table(for: screen, in: self)
        return table.arranged(filter: RowFilter(filter(on: screen)), sort: sort(on: screen))
    }

    func rowCount(on screen: DashboardScreen) -> Int {
        arrangedTable(on: screen).rows.count
    }

    /// The key (cluster name, host address, stat name) of the selected row.
    public func selectedRowKey(on screen: DashboardScreen) -> String? {
        let rows = arrangedTable(on: screen).rows
        let index = selection(on: screen)
        return index < rows.count ? rows[index].key : nil
    }
}

/// How a dashboard session starts.
public struct DashboardOptions: Sendable, Equatable {
    /// Hides every state-changing action (`H`, `L`, `R`, `D`, `Q`) from keys, help and hints.
    public var readOnly: Bool
    /// Seconds between polls; `[` and `]` change it while running.
    public var refreshInterval: Double
    public var startScreen: DashboardScreen
    /// Colours unless false; `NO_COLOR` in the environment also turns them off.
    public var color: Bool
    /// `nuncio demo`'s keys: `+`/`-` scale the selected service, `t` toggles traffic, `f` crashes or restores one
    /// of its instances (through the demo's admin endpoints).
    public var demoKeys: Bool = false
    /// Files the Log screen tails after the source's own lines: `nuncio top --log-file F` (Envoy's `--log-path`),
    /// or the access logs of an in-process engine.
    public var logFiles: [String] = []
    /// True when the proxy runs in this process (`nuncio -c`, `nuncio demo`): leaving stops it, so `q` asks.
    public var stopsProxyOnQuit: Bool = false

    public init(
        readOnly: Bool = false, refreshInterval: Double = 1, startScreen: DashboardScreen = .clusters,
        color: Bool = true
    ) {
        self.readOnly = readOnly
        self.refreshInterval = refreshInterval
        self.startScreen = startScreen
        self.color = color
    }

    /// The steps `[` and `]` move through, in seconds.
    public static let refreshSteps: [Double] = [0.25, 0.5, 1, 2, 3, 5, 10, 30]
}

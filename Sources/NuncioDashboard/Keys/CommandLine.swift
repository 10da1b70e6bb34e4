import NuncioAdminClient

/// The `:` command line being typed: its text, the completions Tab last offered, and where Up/Down is in the
/// history.
public struct CommandLineState: Sendable, Equatable {
    public var text = ""
    /// What Tab offered when more than one candidate fits, shown above the line.
    public var completions: [String] = []
    /// Position in the history while Up/Down walk it; nil when typing a new command.
    public var historyIndex: Int?

    public init(text: String = "") {
        self.text = text
    }
}

/// The commands, their arguments and what Tab completes them from.
enum CommandLineCommands {
    struct Command {
        var name: String
        var usage: String
        var help: String
    }

    static let all = [
        Command(name: "hosts", usage: "hosts CLUSTER", help: "the cluster's hosts"),
        Command(name: "stats", usage: "stats REGEX", help: "the Stats screen filtered by REGEX"),
        Command(name: "log", usage: "log LOGGER|all LEVEL", help: "set a logger's level"),
        Command(name: "hc", usage: "hc fail|ok", help: "fail or pass the server's health checks"),
        Command(name: "mark", usage: "mark", help: "mark the stats now, for SINCE MARK and :diff"),
        Command(name: "diff", usage: "diff", help: "stats changed since the mark (again: all stats)"),
        Command(name: "window", usage: "window 10s|1m|5m|mark|all", help: "the window rates are computed over"),
        Command(name: "interval", usage: "interval 2s", help: "time between refreshes"),
        Command(name: "export", usage: "export json|csv FILE", help: "write per-cluster and per-host numbers"),
        Command(name: "search", usage: "search TEXT", help: "log: highlight TEXT, n / N jump to it"),
        Command(name: "pin", usage: "pin STAT", help: "chart a stat under the Stats table"),
    ]

    static let windows = ["10s", "1m", "5m", "mark", "all"]

    /// Candidates for the word at `index` (0 is the command) of a line whose earlier words are `words`.
    static func candidates(words: [String], index: Int, model: DashboardModel) -> [String] {
        if index == 0 { return all.map(\.name) }
        let clusters = model.latest?.clusters.clusterStatuses.map(\.name) ?? []
        switch (words.first ?? "", index) {
        case ("hosts", 1): return clusters
        case ("stats", 1), ("pin", 1):
            // Cluster and listener prefixes first; whole names once the prefix narrows them.
            return clusters.map { "cluster.\($0)." } + (model.latest?.stats.values.map(\.name) ?? [])
        case ("log", 1): return ["all"] + (model.loggers?.loggers.map(\.name) ?? [])
        case ("log", 2): return LoggerLevels.levels
        case ("hc", 1): return ["fail", "ok"]
        case ("window", 1): return windows
        case ("interval", 1): return DashboardOptions.refreshSteps.map(Format.interval)
        case ("export", 1): return StateExport.Format.allCases.map(\.rawValue)
        default: return []
        }
    }

    /// Tab: completes the last word to the candidates' common prefix (and a space when only one fits).
    static func complete(_ state: CommandLineState, model: DashboardModel) -> CommandLineState {
        var words = state.text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if state.text.hasSuffix(" ") || words.isEmpty { words.append("") }
        let partial = words.removeLast()
        let matches = candidates(words: words, index: words.count, model: model).filter { $0.hasPrefix(partial) }
        var next = state
        guard !matches.isEmpty else {
            next.completions = []
            return next
        }
        let unique = Array(Set(matches)).sorted()
        let common = unique.dropFirst().reduce(unique[0]) { commonPrefix($0, $1) }
        let done = unique.count == 1 && !common.hasSuffix(".")
        next.text = (words + [common]).joined(separator: " ") + (done ? " " : "")
        next.completions = unique.count == 1 ? [] : unique
        return next
    }

    static func commonPrefix(_ left: String, _ right: String) -> String {
        String(zip(left, right).prefix { $0 == $1 }.map(\.0))
    }

    /// `10s`, `1m`, `500ms`, `2` (seconds), `1h`.
    static func duration(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count)
            if let value = Double(number), value > 0, !(suffix == "s" && number.hasSuffix("m")) {
                return value * scale
            }
        }
        return Double(text).flatMap { $0 > 0 ? $0 : nil }
    }
}

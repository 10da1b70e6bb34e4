import Foundation
import NuncioAdminClient

/// Keys while the `:` line is open, and running what it says. Every command reports on the events line, so a
/// mistyped one says why it did nothing.
extension KeyHandler {
    static let historyLimit = 50

    static func editCommandLine(
        _ state: CommandLineState, key: Key, model: inout DashboardModel
    ) -> [DashboardCommand] {
        var state = state
        let history = model.investigation.commandHistory
        switch key {
        case .escape:
            model.prompt = nil
            return []
        case .enter:
            model.prompt = nil
            let text = state.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return [] }
            if history.last != text { model.investigation.commandHistory.append(text) }
            if model.investigation.commandHistory.count > historyLimit {
                model.investigation.commandHistory.removeFirst()
            }
            return runCommand(text, model: &model)
        case .tab:
            state = CommandLineCommands.complete(state, model: model)
        case .backspace:
            if state.text.isEmpty {
                model.prompt = nil
                return []
            }
            state.text.removeLast()
            state.completions = []
        case .up where !history.isEmpty:
            let index = max(0, (state.historyIndex ?? history.count) - 1)
            state = CommandLineState(text: history[index])
            state.historyIndex = index
        case .down where state.historyIndex != nil:
            let index = state.historyIndex! + 1
            state = CommandLineState(text: index < history.count ? history[index] : "")
            state.historyIndex = index < history.count ? index : nil
        case .character(let character):
            state.text.append(character)
            state.completions = []
        default: break
        }
        model.prompt = .command(state)
        return []
    }

    /// Runs one command line such as `hosts service1` or `export json /tmp/out.json`.
    static func runCommand(_ text: String, model: inout DashboardModel) -> [DashboardCommand] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let arguments = Array(words.dropFirst())
        let name = words[0]
        func fail(_ reason: String) -> [DashboardCommand] {
            model.record(":\(text): \(reason)", isError: true)
            return []
        }
        let usage = CommandLineCommands.all.first { $0.name == name }?.usage ?? ""
        let stateChanging = ["log", "hc"].contains(name)
        if stateChanging && model.readOnly { return fail("read-only: server actions are off") }
        switch (name, arguments.count) {
        case ("hosts", 1):
            guard model.latest?.clusters.cluster(named: arguments[0]) != nil else {
                return fail("no cluster \(arguments[0])")
            }
            model.hostsCluster = arguments[0]
            model.screen = .hosts
            model.setSelection(0, on: .hosts)
        case ("stats", 0...1):
            model.screen = .stats
            model.setFilter(arguments.first ?? "", on: .stats)
        case ("log", 2):
            guard LoggerLevels.levels.contains(arguments[1]) else { return fail("no level \(arguments[1])") }
            let logger = ["all", "*"].contains(arguments[0]) ? nil : arguments[0]
            return [.perform(.setLogLevel(arguments[1], logger: logger))]
        case ("hc", 1) where arguments[0] == "fail": return [.perform(.healthcheckFail), .refreshNow]
        case ("hc", 1) where arguments[0] == "ok": return [.perform(.healthcheckOk), .refreshNow]
        case ("mark", 0): setMark(&model)
        case ("diff", 0):
            if model.investigation.mark == nil { setMark(&model) }
            model.investigation.diffOnly.toggle()
            model.screen = .stats
            model.setSelection(0, on: .stats)
            model.record(model.investigation.diffOnly ? "stats: changed since the mark" : "stats: all")
        case ("window", 1):
            // The same windows as `w`: the numbers of every screen and of `:export` follow.
            let windows: [String: RateWindow] = [
                "10s": .tenSeconds, "1m": .oneMinute, "5m": .fiveMinutes, "mark": .sinceMark, "all": .allTime,
            ]
            guard let window = windows[arguments[0]] else { return fail("not a window (10s, 1m, 5m, mark, all)") }
            model.window = window
            model.investigation.windowSeconds = window.seconds ?? .infinity
            model.record("window \(arguments[0])")
        case ("interval", 1):
            guard let seconds = CommandLineCommands.duration(arguments[0]), seconds >= 0.1 else {
                return fail("not an interval (such as 2s or 500ms)")
            }
            model.refreshInterval = seconds
            model.record("refresh every \(Format.interval(seconds))")
            return [.refreshNow]
        case ("export", 2):
            guard let format = StateExport.Format(rawValue: arguments[0]) else { return fail("json or csv") }
            let result = StateExport.write(format, to: arguments[1], model: model)
            model.record(result.text, isError: result.isError)
        case ("search", _):
            let term = arguments.joined(separator: " ")
            model.investigation.logSearch = term.isEmpty ? nil : term
            model.screen = .log
            if !term.isEmpty { jumpToMatch(&model, forward: false, fromEnd: true) }
        case ("pin", 1): pin(arguments[0], model: &model)
        default:
            return fail(usage.isEmpty ? "unknown command (Tab lists them)" : "usage: :\(usage)")
        }
        return []
    }

    /// One mark for all: `:mark` and `m` both start the since-mark window and the Stats screen's SINCE MARK.
    static func setMark(_ model: inout DashboardModel) {
        model.investigation.mark = StatsMark(values: model.delta.latest)
        model.setMark()
    }

    static func pin(_ stat: String, model: inout DashboardModel) {
        model.investigation.pinnedStat = stat
        model.investigation.pinnedSamples = []
        model.record("pinned \(stat) to the chart")
    }
}

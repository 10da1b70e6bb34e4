import Foundation
import NuncioAdminClient

/// Maps a key to a model change and the commands the run loop must carry out. Prompts (confirmations, the
/// filter, the log level picker) take keys first; then help; then the screen keys.
public enum KeyHandler {
    /// - Parameter pageSize: rows per page, for PgUp/PgDn (`DashboardRenderer.pageSize(for:)`).
    public static func handle(_ key: Key, model: inout DashboardModel, pageSize: Int = 10) -> [DashboardCommand] {
        let screen = model.screen
        let commands = dispatch(key, model: &model, pageSize: pageSize)
        // Tables that changed while off screen may have fewer rows now.
        if model.screen != screen { model.clampSelection(on: model.screen) }
        return commands
    }

    static func dispatch(_ key: Key, model: inout DashboardModel, pageSize: Int) -> [DashboardCommand] {
        model.notice = nil
        if let prompt = model.prompt { return handlePrompt(prompt, key: key, model: &model) }
        if let viewer = model.investigation.configViewer {
            viewConfig(viewer, key: key, model: &model, pageSize: max(1, pageSize - 1))
            return []
        }
        if model.showingHelp {
            model.showingHelp = false
            return key == .character("q") ? quit(&model) : []
        }
        if model.hostDetail != nil {
            model.hostDetail = nil
            return key == .character("q") ? quit(&model) : []
        }
        if let commands = investigationKey(key, model: &model, pageSize: pageSize) { return commands }
        let screen = model.screen
        let selection = model.selection(on: screen)
        // Moving on Clusters re-points Hosts at the selected cluster.
        if screen == .clusters, [.up, .down, .home, .end, .pageUp, .pageDown].contains(key)
            || ["j", "k", "g", "G"].contains(where: { key == .character($0) })
        {
            model.hostsCluster = nil
        }
        switch key {
        case .character("q"): return quit(&model)
        case .character("w"): model.window = model.window.next
        case .character("m"): setMark(&model)
        case .character("?"): model.showingHelp = true
        case .tab, .right: model.screen = screen.advanced(by: 1)
        case .backTab, .left: model.screen = screen.advanced(by: -1)
        case .character(let digit) where ("1"..."7").contains(digit):
            model.screen = DashboardScreen(rawValue: Int(String(digit))!)!
        case .down, .character("j"): model.setSelection(selection + 1, on: screen)
        case .up, .character("k"): model.setSelection(selection - 1, on: screen)
        case .home, .character("g"): model.setSelection(0, on: screen)
        case .end, .character("G"): model.setSelection(Int.max / 2, on: screen)
        case .pageDown: model.setSelection(selection + pageSize, on: screen)
        case .pageUp: model.setSelection(selection - pageSize, on: screen)
        case .enter: openSelection(&model)
        case .escape where screen == .hosts: model.screen = .clusters
        case .character("/"):
            let current = model.filter(on: screen)
            model.prompt = .filter(text: current, previous: current)
        case .character("u"):
            model.usedOnly.toggle()
            model.setSelection(0, on: .stats)
        case .character("s"): cycleSort(&model)
        case .character("S"):
            var sort = model.sort(on: screen)
            sort.descending.toggle()
            model.setSort(sort, on: screen)
        case .character("p"):
            model.paused.toggle()
            return model.paused ? [] : [.refreshNow]
        case .character("["): return changeInterval(&model, step: -1)
        case .character("]"): return changeInterval(&model, step: 1)
        case .character(let letter) where !model.readOnly && "HLRDQ".contains(letter):
            return startAction(letter, model: &model)
        case .character(let letter) where model.demoKeys && !model.readOnly && "+-tf".contains(letter):
            return demoAction(letter, model: &model)
        case .character(let letter) where model.readOnly && isAction(letter, model):
            model.notice = "read-only: \(letter) would change the server; start without --read-only to use it"
        default: break
        }
        return []
    }

    /// The demo's keys act on the selected cluster (service1 when none is selected).
    static func demoAction(_ letter: Character, model: inout DashboardModel) -> [DashboardCommand] {
        let cluster = HostsTable.selectedCluster(model)
        let service = cluster?.name ?? "service1"
        let action: AdminAction
        switch letter {
        case "+", "-":
            let count = max(0, (cluster?.hostStatuses.count ?? 0) + (letter == "+" ? 1 : -1))
            action = .custom(path: "/demo/scale?\(service)=\(count)", summary: "scale \(service) to \(count)")
        case "t":
            action = .custom(path: "/demo/traffic", summary: "toggle traffic")
        default:
            action = failAction(service: service, model: model)
        }
        return [.perform(action), .refreshNow]
    }

    /// Enter: a cluster opens its hosts; a listener or a host opens the stats that name it.
    static func openSelection(_ model: inout DashboardModel) {
        guard let key = model.selectedRowKey(on: model.screen) else { return }
        switch model.screen {
        case .clusters:
            model.hostsCluster = key
            model.screen = .hosts
            model.setSelection(0, on: .hosts)
        case .listeners:
            let listener = model.latest?.listeners.listenerStatuses.first { $0.name == key }
            let statName = listener?.localAddress?.statName ?? key
            model.screen = .stats
            model.setFilter("^listener\\." + NSRegularExpression.escapedPattern(for: statName) + "\\.", on: .stats)
        case .hosts:
            // Envoy keeps per-host counters out of /stats: the detail shows what /clusters has for the host.
            model.hostDetail = key
        case .routes:
            guard let cluster = RoutesTable.selectedCluster(model) else { return }
            model.hostsCluster = cluster
            model.screen = .hosts
            model.setSelection(0, on: .hosts)
        case .stats, .log, .events:
            break
        }
    }

    static func cycleSort(_ model: inout DashboardModel) {
        let columns = ScreenTables.table(for: model.screen, in: model).columns
        guard columns.contains(where: \.sortable) else { return }
        var sort = model.sort(on: model.screen)
        repeat {
            sort.column = (sort.column + 1) % columns.count
        } while !columns[sort.column].sortable
        // Names read best A to Z; numbers read best largest first.
        sort.descending = sort.column != 0
        model.setSort(sort, on: model.screen)
    }

    static func changeInterval(_ model: inout DashboardModel, step: Int) -> [DashboardCommand] {
        let steps = DashboardOptions.refreshSteps
        let current = steps.firstIndex { $0 >= model.refreshInterval } ?? steps.count - 1
        let next = steps[max(0, min(steps.count - 1, current + step))]
        guard next != model.refreshInterval else { return [] }
        model.refreshInterval = next
        model.record("refresh every \(Format.interval(next))")
        return [.refreshNow]
    }

    /// Capital letters: destructive ones ask first, the logging picker opens (and loads the logger list).
    static func startAction(_ letter: Character, model: inout DashboardModel) -> [DashboardCommand] {
        switch letter {
        case "H":
            if model.healthCheckFailing { return [.perform(.healthcheckOk), .refreshNow] }
            model.prompt = .confirm(
                Confirmation(
                    question: "Fail health checks? /ready turns 503 and the server drains out of rotation. [y/N]",
                    choices: ["y": .healthcheckFail]))
        case "L":
            model.prompt = .logLevel(LogLevelPicker(loggers: model.loggers))
            return [.fetchLoggers]
        case "R":
            model.prompt = .confirm(
                Confirmation(question: "Reset all counters to zero? [y/N]", choices: ["y": .resetCounters]))
        case "D":
            model.prompt = .confirm(
                Confirmation(
                    question: "Drain all listeners? y: now  g: graceful  N: cancel",
                    choices: ["y": .drainListeners(graceful: false), "g": .drainListeners(graceful: true)]))
        case "Q":
            model.prompt = .confirm(
                Confirmation(question: "Quit the server (/quitquitquit)? [y/N]", choices: ["y": .quit]))
        default: break
        }
        return []
    }
}

import NuncioAdminClient

/// Keys that guard the server: `q` asks before it stops an in-process proxy, read-only keys say why they did
/// nothing, and the demo's `f` acts on the selected host.
extension KeyHandler {
    /// Leaves at once when attached to a server elsewhere (`nuncio top`); asks first when leaving stops the proxy.
    static func quit(_ model: inout DashboardModel) -> [DashboardCommand] {
        guard model.options.stopsProxyOnQuit else { return [.quit] }
        model.prompt = .confirm(
            Confirmation(
                question: "Quit? This stops the proxy running in this process. [y/N]", choices: [:], quitKey: "y"))
        return []
    }

    /// A key that would act on the server (or the demo) if the dashboard were not read-only.
    static func isAction(_ letter: Character, _ model: DashboardModel) -> Bool {
        "HLRDQ".contains(letter) || (model.demoKeys && "+-tf".contains(letter))
    }

    /// On the Hosts screen `f` crashes or restores the selected host; elsewhere some instance of the service.
    static func failAction(service: String, model: DashboardModel) -> AdminAction {
        if model.screen == .hosts, let ip = HostsTable.selectedHost(model)?.address.socketAddress?.address {
            return .custom(
                path: "/demo/fail?service=\(service)&address=\(ip)", summary: "crash or restore \(ip) of \(service)")
        }
        return .custom(path: "/demo/fail?service=\(service)", summary: "crash or restore an instance of \(service)")
    }
}

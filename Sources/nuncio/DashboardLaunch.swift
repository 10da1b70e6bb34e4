import Foundation
import NuncioAdmin
import NuncioAdminClient
import NuncioDashboard
import NuncioProxy

/// The dashboard in front of an engine in this process, as a service of the process's group.
enum DashboardLaunch {
    /// True when stdin and stdout are terminals: the dashboard opens unless `--no-tui`.
    static var hasTerminal: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    static func service(
        server: ProxyServer, context: AdminContext, router: AdminRouter, logs: MemoryLogSink,
        options: DashboardOptions
    ) -> DashboardService {
        let source = LocalAdminSource(context: context, router: router, displayAddress: adminAddress(server)) {
            logs.tail
        }
        var options = options
        options.logFiles += AccessLogFiles.paths(in: server.bootstrap)
        // Leaving the dashboard stops this proxy, so `q` asks first.
        options.stopsProxyOnQuit = true
        return DashboardService(source: source, options: options)
    }

    static func adminAddress(_ server: ProxyServer) -> String {
        guard let address = server.bootstrap.admin?.address else { return "in-process" }
        return address.description
    }
}

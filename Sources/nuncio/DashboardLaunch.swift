import Foundation
import NuncioAdmin
import NuncioAdminClient
import NuncioDashboard
import NuncioProxy

/// Runs the dashboard in front of an engine in this process, or falls back to headless when there is no terminal.
enum DashboardLaunch {
    /// True when stdin and stdout are terminals: the dashboard opens unless `--no-tui`.
    static var hasTerminal: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Blocks with the dashboard until the user quits it, or the server stops (SIGTERM, `/quitquitquit`, `Q`);
    /// the engine is then drained and stopped. Returns false when no dashboard could open (the caller goes headless).
    static func run(
        server: ProxyServer, context: AdminContext, router: AdminRouter, logs: MemoryLogSink,
        options: DashboardOptions
    ) -> Bool {
        let source = LocalAdminSource(context: context, router: router, displayAddress: adminAddress(server)) {
            logs.tail
        }
        // SIGTERM stops the engine; the dashboard, which owns SIGINT, is then asked to close as by Ctrl-C.
        signal(SIGTERM, SIG_IGN)
        let term = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        term.setEventHandler { server.shutdown() }
        term.resume()
        let watcher = Thread {
            server.waitUntilStopped()
            kill(getpid(), SIGINT)
        }
        watcher.start()
        // Leaving the dashboard stops this proxy, so `q` asks first.
        var options = options
        options.stopsProxyOnQuit = true
        do {
            try Dashboard.run(source: source, options: options)
        } catch {
            term.cancel()
            return false
        }
        term.cancel()
        // The user quit the dashboard (or the server stopped): drain and stop, as on SIGTERM.
        DispatchQueue.global().async { server.shutdown() }
        server.waitUntilStopped()
        return true
    }

    static func adminAddress(_ server: ProxyServer) -> String {
        guard let address = server.bootstrap.admin?.address else { return "in-process" }
        return address.description
    }
}

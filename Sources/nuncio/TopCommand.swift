import ArgumentParser
import NuncioAdminClient
import NuncioDashboard

/// `nuncio top [ADMIN_URL]`: the dashboard attached to a running admin port, Nuncio's or a real Envoy's.
struct TopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top", abstract: "Open the dashboard on a running admin port (Nuncio or Envoy).")

    @Argument(help: "The admin endpoint.")
    var adminURL: String = "http://127.0.0.1:9901"

    @Flag(help: "Dashboard without state-changing actions.")
    var readOnly = false

    @Option(help: "Seconds between polls.")
    var refresh: Double = 1

    @Option(help: "A log file to tail on the Log screen, such as Envoy's --log-path or an access log (repeatable).")
    var logFile: [String] = []

    func run() throws {
        let source = HTTPAdminSource(url: adminURL)
        do {
            var options = DashboardOptions(readOnly: readOnly, refreshInterval: refresh)
            options.logFiles = logFile
            try Dashboard.run(source: source, options: options)
        } catch {
            printError("nuncio top: \(error)")
            throw ExitCode(1)
        }
    }
}

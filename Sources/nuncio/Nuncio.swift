import ArgumentParser
import NuncioProxy

/// `nuncio`: Envoy's command line (`nuncio -c FILE ...` serves), plus `validate`, `demo` and `top`.
@main
struct Nuncio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nuncio",
        abstract: "An Envoy-compatible HTTP front proxy with a live terminal dashboard.",
        discussion: """
            Run it as you would run Envoy: `nuncio -c front-envoy.yaml --service-cluster front-proxy`.
            With a terminal the dashboard opens; `--no-tui` runs headless and logs to stderr.
            """,
        version: NuncioVersion.versionLine,
        subcommands: [ServeCommand.self, ValidateCommand.self, DemoCommand.self, TopCommand.self],
        defaultSubcommand: ServeCommand.self
    )

    static func main() {
        SwiftLogBridge.bootstrap()
        main(nil)
    }
}

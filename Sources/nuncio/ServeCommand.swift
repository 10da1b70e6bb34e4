import ArgumentParser
import Foundation
import NuncioConfig

/// `nuncio -c FILE`: Envoy's command line. Serves, or with `--mode validate` checks the config and exits.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the proxy (the default command; takes Envoy's flags).")

    @OptionGroup var options: EnvoyOptions

    func run() throws {
        if options.mode == .validate {
            ValidateCommand.validate(options)
            return
        }
        let loaded = ConfigLoading.loadOrExit(options)
        ConfigLoading.printWarnings(loaded)
        printError("nuncio: the proxy engine is not in this build yet; use --mode validate")
        throw ExitCode(1)
    }
}

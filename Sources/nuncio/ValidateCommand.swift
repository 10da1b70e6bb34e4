import ArgumentParser
import NuncioConfig

/// `nuncio validate -c FILE`: the same as `--mode validate`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a configuration file and exit (as --mode validate).")

    @OptionGroup var options: EnvoyOptions

    func run() throws {
        Self.validate(options)
    }

    /// Prints `configuration '<path>' OK` as Envoy does, or the error, and exits 0 or 1.
    static func validate(_ options: EnvoyOptions) {
        let loaded = ConfigLoading.loadOrExit(options)
        ConfigLoading.printWarnings(loaded)
        print("configuration '\(loaded.path)' OK")
    }
}

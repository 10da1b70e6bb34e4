import Foundation
import NuncioConfig

/// Loads the bootstrap for a command, or prints why not and exits 1. The node flags (`--service-node`, ...) are not
/// applied to it: as in Envoy, `/config_dump` shows the file's node and `/server_info` the node with the flags.
enum ConfigLoading {
    static func loadOrExit(_ options: EnvoyOptions) -> LoadedConfig {
        guard let path = options.configPath else {
            printError("nuncio: no configuration given: use -c FILE (see nuncio --help)")
            exit(1)
        }
        do {
            let loaded = try BootstrapLoader.load(path: path)
            if let message = loaded.bootstrap.localInfoError(
                serviceNode: options.serviceNode, serviceCluster: options.serviceCluster)
            {
                printError("nuncio: error initializing configuration '\(path)': \(message)")
                exit(1)
            }
            return loaded
        } catch let error as ConfigError {
            report([error], path: path)
            exit(1)
        } catch let errors as ConfigErrors {
            report(errors.errors, path: path, total: errors.total)
            exit(1)
        } catch {
            printError("nuncio: error initializing configuration '\(path)': \(error)")
            exit(1)
        }
    }

    /// Every error, in file order, each with its source line.
    static func report(_ errors: [ConfigError], path: String, total: Int? = nil) {
        var text = "nuncio: error initializing configuration '\(path)':"
        for error in errors {
            text += "\n  \(error.description)"
            if let snippet = error.snippet {
                text += "\n" + snippet.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + $0 }.joined(separator: "\n")
            }
        }
        if let total, total > errors.count { text += "\n  (\(total - errors.count) more errors not shown)" }
        printError(text)
    }

    static func printWarnings(_ loaded: LoadedConfig) {
        for warning in loaded.warnings {
            printError("nuncio: warning: \(warning)")
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

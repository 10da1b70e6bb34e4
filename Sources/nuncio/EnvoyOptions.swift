import ArgumentParser
import NuncioProxy

/// Envoy's own flags, spelled as Envoy spells them, so a command line written for `envoy` works for `nuncio`.
struct EnvoyOptions: ParsableArguments {
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case serve, validate
    }

    @Option(name: [.customShort("c"), .customLong("config-path")], help: "Path to the bootstrap file (YAML or JSON).")
    var configPath: String?

    @Option(name: .customLong("mode"), help: "serve (default) or validate (check the config and exit).")
    var mode: Mode = .serve

    @Option(help: "The node's cluster name (node.cluster).")
    var serviceCluster: String?

    @Option(help: "The node's name (node.id).")
    var serviceNode: String?

    @Option(help: "The node's zone (node.locality.zone).")
    var serviceZone: String?

    @Option(name: [.customShort("l"), .customLong("log-level")],
        help: "Log level of every logger: trace, debug, info, warning|warn, error, critical, off.")
    var logLevel: String = "info"

    @Option(help: "Comma-separated component log levels, for example upstream:debug,config:trace.")
    var componentLogLevel: String?

    @Option(help: "Path to the log file (default: stderr).")
    var logPath: String?

    @Option(help: "Milliseconds between writes of buffered access and --log-path lines (Envoy: 10000).")
    var fileFlushIntervalMsec: Int = 100

    @Option(help: "Number of worker event loops (default: the number of cores).")
    var concurrency: Int?

    @Option(help: "Seconds to let in-flight requests finish on shutdown or drain.")
    var drainTimeS: Int = 600

    @Option(help: "How /drain_listeners?graceful closes connections: gradual (over --drain-time-s) or immediate.")
    var drainStrategy: String = "gradual"

    @Option(help: "Accepted for Envoy compatibility; Nuncio has no hot restart.")
    var baseId: Int = 0

    @Option(help: "Accepted for Envoy compatibility; Nuncio has no hot restart.")
    var restartEpoch: Int = 0

    @Option(help: "Accepted for Envoy compatibility; Nuncio has no hot restart.")
    var parentShutdownTimeS: Int = 900

    @Flag(help: "Accepted for Envoy compatibility; Nuncio has no hot restart.")
    var disableHotRestart = false

    @Flag(help: "Run headless even on a terminal: no dashboard, logs to stderr.")
    var noTui = false

    @Flag(help: "Dashboard without state-changing actions.")
    var readOnly = false

    var parsedLogLevel: LogLevel {
        LogLevel(envoyName: logLevel)!
    }

    var parsedComponentLevels: [(String, LogLevel)] {
        guard let componentLogLevel else { return [] }
        return (try? LoggerRegistry.parseComponentLevels(componentLogLevel).get()) ?? []
    }

    func validate() throws {
        guard LogLevel(envoyName: logLevel) != nil else {
            throw ValidationError(
                "invalid log level '\(logLevel)'; expected trace, debug, info, warning, warn, error, critical or off")
        }
        if let componentLogLevel, case .failure(let error) = LoggerRegistry.parseComponentLevels(componentLogLevel) {
            throw ValidationError("--component-log-level: \(error)")
        }
        if let concurrency, concurrency < 1 {
            throw ValidationError("--concurrency must be at least 1")
        }
        if fileFlushIntervalMsec < 1 { throw ValidationError("--file-flush-interval-msec must be at least 1") }
        if drainTimeS < 0 { throw ValidationError("--drain-time-s must not be negative") }
        guard drainStrategy == "gradual" || drainStrategy == "immediate" else {
            throw ValidationError("--drain-strategy must be gradual or immediate")
        }
    }
}

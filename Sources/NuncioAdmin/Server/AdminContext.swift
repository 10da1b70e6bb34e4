import Foundation
import NuncioProxy

/// What the admin handlers work on: the engine, the command line it was started with, and how to stop it.
public final class AdminContext: Sendable {
    public let server: ProxyServer
    public let commandLine: CommandLineOptions
    /// Called after `/quitquitquit` has answered: the process shuts down gracefully.
    public let onQuit: @Sendable () -> Void

    public init(server: ProxyServer, commandLine: CommandLineOptions, onQuit: @escaping @Sendable () -> Void) {
        self.server = server
        self.commandLine = commandLine
        self.onQuit = onQuit
    }
}

/// The command line as `/server_info` reports it, in Envoy's key order: only the options Nuncio takes, each as
/// given (or its default). Envoy's options Nuncio does not have are left out rather than shown with Envoy's defaults.
public struct CommandLineOptions: Sendable {
    public var configPath = ""
    public var concurrency = 1
    public var logLevel = "info"
    public var componentLogLevel = ""
    public var logPath = ""
    public var serviceCluster = ""
    public var serviceNode = ""
    public var serviceZone = ""
    public var fileFlushIntervalMilliseconds = 100
    public var drainTimeSeconds = 600
    public var drainStrategy = "Gradual"
    public var parentShutdownTimeSeconds = 900
    public var baseID = 0
    public var restartEpoch = 0
    public var disableHotRestart = false
    /// Only a serving process has an admin listener.
    public var mode = "Serve"

    public init() {}

    var json: JSONValue {
        .object([
            ("base_id", .string(String(baseID))), ("concurrency", .int(Int64(concurrency))),
            ("config_path", .string(configPath)), ("log_level", .string(logLevel)),
            ("component_log_level", .string(componentLogLevel)), ("log_path", .string(logPath)),
            ("service_cluster", .string(serviceCluster)), ("service_node", .string(serviceNode)),
            ("service_zone", .string(serviceZone)),
            ("file_flush_interval", .string(Self.duration(milliseconds: fileFlushIntervalMilliseconds))),
            ("drain_time", .string("\(drainTimeSeconds)s")),
            ("parent_shutdown_time", .string("\(parentShutdownTimeSeconds)s")), ("mode", .string(mode)),
            ("disable_hot_restart", .bool(disableHotRestart)), ("restart_epoch", .int(Int64(restartEpoch))),
            ("drain_strategy", .string(drainStrategy)),
        ])
    }

    /// A protobuf Duration in JSON: `10s`, `0.100s`.
    static func duration(milliseconds: Int) -> String {
        milliseconds % 1000 == 0
            ? "\(milliseconds / 1000)s" : "\(milliseconds / 1000).\(String(format: "%03d", milliseconds % 1000))s"
    }
}

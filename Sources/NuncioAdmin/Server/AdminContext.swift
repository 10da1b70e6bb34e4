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

/// The command line as `/server_info` reports it, in Envoy's key order.
public struct CommandLineOptions: Sendable {
    public var configPath = ""
    public var concurrency = 1
    public var logLevel = "info"
    public var componentLogLevel = ""
    public var logPath = ""
    public var serviceCluster = ""
    public var serviceNode = ""
    public var serviceZone = ""
    public var drainTimeSeconds = 600
    public var drainStrategy = "Gradual"
    public var parentShutdownTimeSeconds = 900
    public var baseID = 0
    public var restartEpoch = 0
    public var disableHotRestart = false
    public var mode = "Serve"

    public init() {}

    var json: JSONValue {
        .object([
            ("base_id", .string(String(baseID))), ("concurrency", .int(Int64(concurrency))),
            ("config_path", .string(configPath)), ("config_yaml", ""), ("allow_unknown_static_fields", false),
            ("admin_address_path", ""), ("local_address_ip_version", "v4"), ("log_level", .string(logLevel)),
            ("component_log_level", .string(componentLogLevel)),
            ("log_format", "[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v"), ("log_path", .string(logPath)),
            ("service_cluster", .string(serviceCluster)), ("service_node", .string(serviceNode)),
            ("service_zone", .string(serviceZone)), ("file_flush_interval", "1s"),
            ("drain_time", .string("\(drainTimeSeconds)s")),
            ("parent_shutdown_time", .string("\(parentShutdownTimeSeconds)s")), ("mode", .string(mode)),
            ("disable_hot_restart", .bool(disableHotRestart)), ("enable_mutex_tracing", false),
            ("restart_epoch", .int(Int64(restartEpoch))), ("cpuset_threads", false),
            ("reject_unknown_dynamic_fields", false), ("log_format_escaped", false), ("disabled_extensions", .array([])),
            ("ignore_unknown_dynamic_fields", false), ("use_dynamic_base_id", false), ("base_id_path", ""),
            ("drain_strategy", .string(drainStrategy)), ("enable_fine_grain_logging", false),
            ("socket_path", "@envoy_domain_socket"), ("socket_mode", 0), ("enable_core_dump", false),
            ("stats_tag", .array([])), ("skip_hot_restart_on_no_parent", false),
            ("skip_hot_restart_parent_stats", false), ("skip_deprecated_logs", false), ("file_flush_min_size", 0),
            ("log_stacktrace_single_entry", false),
        ])
    }
}

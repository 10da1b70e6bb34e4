/// Every admin endpoint, with Envoy 1.40's help texts, so `/help` reads as Envoy's.
public enum AdminEndpoints {
    public static let all: [AdminEndpoint] = [
        AdminEndpoint("/", "Admin home page") { _, _ in
            AdminResponse(contentType: AdminResponse.html, body: AdminHomePage.render(AdminRouter().endpoints))
        },
        AdminEndpoint("/allocprofiler", "enable/disable the allocation profiler (if supported)", postOnly: true,
            parameters: [.init("enable", "enable/disable the allocation profiler", choices: ["y", "n"])],
            handler: ServerHandlers.allocProfiler),
        AdminEndpoint("/certs", "print certs on machine", handler: ServerHandlers.certs),
        AdminEndpoint("/clusters", "upstream cluster status",
            parameters: [.init("filter", "Regular expression (Google re2) for filtering clusters by name")],
            handler: ClustersHandler.handle),
        AdminEndpoint("/config_dump", "dump current Envoy configs",
            parameters: [
                .init("resource", "The resource to dump"),
                .init("mask", "The mask to apply. When both resource and mask are specified, the mask is applied to "
                    + "every element in the desired repeated field so that only a subset of fields are returned. The "
                    + "mask is parsed as a Protobuf::FieldMask"),
                .init("name_regex", "Dump only the currently loaded configurations whose names match the specified "
                    + "regex. Can be used with both resource and mask query parameters."),
                .init("include_eds", "Dump currently loaded configuration including EDS. See the response definition "
                    + "for more information"),
            ], handler: ConfigDumpHandler.handle),
        AdminEndpoint("/contention", "dump current Envoy mutex contention stats (if enabled)",
            handler: ServerHandlers.contention),
        AdminEndpoint("/cpuprofiler", "enable/disable the CPU profiler", postOnly: true,
            parameters: [.init("enable", "enables the CPU profiler", choices: ["y", "n"])],
            handler: ServerHandlers.cpuProfiler),
        AdminEndpoint("/drain_listeners", "drain listeners", postOnly: true,
            parameters: [
                .init("graceful", "When draining listeners, enter a graceful drain period prior to closing listeners. "
                    + "This behaviour and duration is configurable via server options or CLI"),
                .init("skip_exit", "When draining listeners, drain the connections but never stop the listeners. The "
                    + "graceful parameter has no effect when this is set, since the drain period only delays stopping "
                    + "the listeners"),
                .init("inboundonly", "Drains all inbound listeners. traffic_direction field in "
                    + "envoy_v3_api_msg_config.listener.v3.Listener is used to determine whether a listener is "
                    + "inbound or outbound."),
            ], handler: ServerHandlers.drainListeners),
        AdminEndpoint("/healthcheck/fail", "cause the server to fail health checks", postOnly: true,
            handler: ServerHandlers.healthcheckFail),
        AdminEndpoint("/healthcheck/ok", "cause the server to pass health checks", postOnly: true,
            handler: ServerHandlers.healthcheckOK),
        AdminEndpoint("/heapprofiler", "enable/disable the heap profiler", postOnly: true,
            parameters: [.init("enable", "enable/disable the heap profiler", choices: ["y", "n"])],
            handler: ServerHandlers.heapProfiler),
        AdminEndpoint("/help", "print out list of admin commands") { _, _ in
            AdminResponse(body: AdminRouter().helpText)
        },
        AdminEndpoint("/hot_restart_version", "print the hot restart compatibility version",
            handler: ServerHandlers.hotRestart),
        AdminEndpoint("/init_dump", "dump current Envoy init manager information (experimental)",
            parameters: [.init("mask", "The desired component to dump unready targets. The mask is parsed as a "
                + "Protobuf::FieldMask. For example, get the unready targets of all listeners with "
                + "/init_dump?mask=listener`")],
            handler: ServerHandlers.initDump),
        AdminEndpoint("/listeners", "print listener info",
            parameters: [.init("format", "File format to use", choices: ["text", "json"])],
            handler: ListenersHandler.handle),
        AdminEndpoint("/logging", "query/change logging levels", postOnly: true,
            parameters: [
                .init("paths", "Change multiple logging levels by setting to <logger_name1>:<desired_level1>,"
                    + "<logger_name2>:<desired_level2>. If fine grain logging is enabled, use __FILE__ or a glob "
                    + "experision as the logger name. For example, source/common*:warning"),
                .init("group", "Change given logger group to desired level, set to <logger_group_name>:"
                    + "<desired_level>. logger_group_name must be a logger name."),
                .init("level", "desired logging level, this will change all loggers's level",
                    choices: ["", "trace", "debug", "info", "warning", "error", "critical", "off"]),
            ], handler: LoggingHandler.handle),
        AdminEndpoint("/memory", "print current allocation/heap usage", handler: ServerHandlers.memory),
        AdminEndpoint("/quitquitquit", "exit the server", postOnly: true, handler: ServerHandlers.quit),
        AdminEndpoint("/ready", "print server state, return 200 if LIVE, otherwise return 503",
            handler: ServerHandlers.ready),
        AdminEndpoint("/reopen_logs", "reopen access logs", postOnly: true, handler: ServerHandlers.reopenLogs),
        AdminEndpoint("/reset_counters", "reset all counters to zero", postOnly: true,
            handler: ServerHandlers.resetCounters),
        AdminEndpoint("/runtime", "print runtime values", handler: RuntimeHandler.show),
        AdminEndpoint("/runtime_modify", "Adds or modifies runtime values as passed in query parameters. To delete a "
            + "previously added key, use an empty string as the value. Note that deletion only applies to overrides "
            + "added via this endpoint; values loaded from disk can be modified via override but not deleted. E.g. "
            + "?key1=value1&key2=value2...", postOnly: true, handler: RuntimeHandler.modify),
        AdminEndpoint("/server_info", "print server version/status information", handler: ServerHandlers.serverInfo),
        AdminEndpoint("/stats", "print server stats",
            parameters: [
                .init("usedonly", "Only include stats that have been written by system since restart"),
                .init("filter", "Regular expression (Google re2) for filtering stats"),
                .init("invert_filter", "Invert the filter regex"),
                .init("format", "Format to use", choices: ["html", "active-html", "text", "json"]),
                .init("type", "Stat types to include.",
                    choices: ["All", "Counters", "Histograms", "Gauges", "TextReadouts"]),
                .init("histogram_buckets", "Histogram bucket display mode",
                    choices: ["cumulative", "disjoint", "detailed", "summary"]),
            ], handler: StatsHandler.stats),
        AdminEndpoint("/stats/prometheus", "print server stats in prometheus format",
            parameters: [
                .init("usedonly", "Only include stats that have been written by system since restart"),
                .init("text_readouts", "Render text_readouts as new gaugues with value 0 (increases Prometheus data "
                    + "size)"),
                .init("filter", "Regular expression (Google re2) for filtering stats"),
                .init("invert_filter", "Invert the filter regex"),
                .init("histogram_buckets", "Histogram bucket display mode", choices: ["cumulative", "summary"]),
            ], handler: StatsHandler.prometheus),
    ]
}

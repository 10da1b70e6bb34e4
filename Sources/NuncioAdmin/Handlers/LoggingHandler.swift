import NuncioProxy

/// `POST /logging`: lists the loggers, or changes all (`level=`), several (`paths=a:l,b:l`) or one (`name=level`).
enum LoggingHandler {
    static let usage = """
        usage: /logging?<name>=<level> (change single level)
        usage: /logging?paths=name1:level1,name2:level2,... (change multiple levels)
        usage: /logging?level=<level> (change all levels)
        usage: /logging?group=<group_name>:<level> (change group of loggers)
        levels: trace debug info warning error critical off \n
        """

    static func handle(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let registry = context.server.log.registry
        if let error = apply(request, registry: registry, log: context.server.log) {
            return AdminResponse(status: 400, body: "error: \(error)\n\n" + usage + list(registry))
        }
        return AdminResponse(body: list(registry))
    }

    /// Applies the change; returns Envoy's error text when the request is invalid (nothing is changed then).
    static func apply(_ request: AdminRequest, registry: LoggerRegistry, log: EngineLog) -> String? {
        guard let (name, value) = request.query.first else { return nil }
        switch name {
        case "level":
            guard let level = LogLevel(envoyName: value) else { return "unknown logger level" }
            registry.setAll(level)
            log.log(.info, "misc", "change all log levels: level='\(level)'")
        case "paths":
            var changes: [(String, LogLevel)] = []
            for part in value.split(separator: ",") {
                let pieces = part.split(separator: ":", maxSplits: 1)
                guard pieces.count == 2 else { return "invalid paths" }
                guard let level = LogLevel(envoyName: String(pieces[1])) else { return "unknown logger level" }
                guard registry.contains(String(pieces[0])) else { return "unknown logger name" }
                changes.append((String(pieces[0]), level))
            }
            for (logger, level) in changes {
                registry.setLevel(level, for: logger)
                log.log(.info, "misc", "change log level: name='\(logger)' level='\(level)'")
            }
        case "group":
            let pieces = value.split(separator: ":", maxSplits: 1)
            guard pieces.count == 2 else { return "invalid group" }
            guard let level = LogLevel(envoyName: String(pieces[1])) else { return "unknown logger level" }
            guard registry.contains(String(pieces[0])) else { return "unknown logger name" }
            registry.setLevel(level, for: String(pieces[0]))
        default:
            guard let level = LogLevel(envoyName: value) else { return "unknown logger level" }
            guard registry.contains(name) else { return "unknown logger name" }
            registry.setLevel(level, for: name)
            log.log(.info, "misc", "change log level: name='\(name)' level='\(level)'")
        }
        return nil
    }

    static func list(_ registry: LoggerRegistry) -> String {
        "active loggers:\n" + registry.snapshot.map { "  \($0.name): \($0.level)\n" }.joined() + "\n"
    }
}

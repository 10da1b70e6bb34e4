import ArgumentParser
import Foundation
import NIOCore
import NuncioAdmin
import NuncioConfig
import NuncioDashboard
import NuncioProxy
import ServiceLifecycle

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
        let useDashboard = !options.noTui && DashboardLaunch.hasTerminal
        let logs = MemoryLogSink()
        let server = try EngineLaunch.start(loaded.bootstrap, options: options, logSink: useDashboard ? logs : nil)
        let trigger = ShutdownTrigger()
        let context = EngineLaunch.adminContext(server, options: options, trigger: trigger)
        let admin = try EngineLaunch.startAdmin(server, context: context)
        // Started in this order, stopped in reverse: the dashboard, the engine's drain, the admin listener.
        var services: [any Service] = admin.map { admin in
            [StopOnShutdownService(description: "admin") { admin.shutdown() }]
        } ?? []
        services.append(ProxyService(server: server))
        if useDashboard {
            services.append(DashboardLaunch.service(
                server: server, context: context, router: AdminRouter(), logs: logs,
                options: DashboardOptions(readOnly: options.readOnly)))
        }
        ServiceGroupLaunch.run(services, trigger: trigger)
    }
}

/// Starting the engine and its admin listener, shared by `serve` and `demo` (`ServiceGroupLaunch` stops them).
enum EngineLaunch {
    /// `logSink` overrides stderr / `--log-path` (the dashboard keeps the log in memory).
    static func start(_ bootstrap: Bootstrap, options: EnvoyOptions, logSink: LogSink? = nil) throws -> ProxyServer {
        let loggers = LoggerRegistry(defaultLevel: options.parsedLogLevel)
        for (name, level) in options.parsedComponentLevels { loggers.setLevel(level, for: name) }
        let serverOptions = ProxyServer.Options(
            concurrency: options.concurrency ?? System.coreCount,
            drainTime: .seconds(Int64(options.drainTimeS)), loggers: loggers, logSink: logSink ?? FileLogSink(),
            logPath: logSink == nil ? options.logPath : nil,
            fileFlushInterval: .milliseconds(Int64(options.fileFlushIntervalMsec)),
            drainStrategy: DrainStrategy(rawValue: options.drainStrategy) ?? .gradual)
        let server = ProxyServer(bootstrap: bootstrap, options: serverOptions)
        SwiftLogBridge.target.set(server.log)
        do {
            try server.start()
        } catch {
            printError("nuncio: \(error)")
            server.shutdown(drainTime: .zero)
            throw ExitCode(1)
        }
        return server
    }

    /// `/quitquitquit` asks the process's service group to shut down.
    static func adminContext(_ server: ProxyServer, options: EnvoyOptions, trigger: ShutdownTrigger) -> AdminContext {
        AdminContext(server: server, commandLine: commandLine(options)) { trigger.shutDown() }
    }

    /// The admin listener, when the bootstrap has `admin`; `/quitquitquit` shuts the engine down gracefully.
    static func startAdmin(
        _ server: ProxyServer, context: AdminContext, router: AdminRouter = AdminRouter(), adminFlag: String? = nil
    ) throws -> AdminServer? {
        guard let address = server.bootstrap.admin?.address else { return nil }
        do {
            return try AdminServer(address: address, context: context, router: router)
        } catch {
            printError("nuncio: admin: \(error)" + (adminFlag.map { "; choose another port with \($0)" } ?? ""))
            server.shutdown(drainTime: .zero)
            throw ExitCode(1)
        }
    }

    static func commandLine(_ options: EnvoyOptions) -> CommandLineOptions {
        var line = CommandLineOptions()
        line.configPath = options.configPath ?? ""
        line.concurrency = options.concurrency ?? System.coreCount
        line.logLevel = options.logLevel
        line.componentLogLevel = options.componentLogLevel ?? ""
        line.logPath = options.logPath ?? ""
        line.serviceCluster = options.serviceCluster ?? ""
        line.serviceNode = options.serviceNode ?? ""
        line.serviceZone = options.serviceZone ?? ""
        line.fileFlushIntervalMilliseconds = options.fileFlushIntervalMsec
        line.drainTimeSeconds = options.drainTimeS
        line.drainStrategy = options.drainStrategy == "immediate" ? "Immediate" : "Gradual"
        line.parentShutdownTimeSeconds = options.parentShutdownTimeS
        line.baseID = options.baseId
        line.restartEpoch = options.restartEpoch
        line.disableHotRestart = options.disableHotRestart
        return line
    }
}

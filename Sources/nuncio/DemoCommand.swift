import ArgumentParser
import Foundation
import NIOCore
import NuncioAdmin
import NuncioConfig
import NuncioDashboard
import NuncioDemo
import NuncioProxy
import ServiceLifecycle

/// `nuncio demo`: the seed's whole front-proxy walkthrough in one process — front proxy, service1 ×3,
/// service2 ×1, a DNS server in place of Docker's, the admin port — with the dashboard on top.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Run the seed's front-proxy sandbox in one process, no Docker.")

    @Option(help: "Instances per service at start, as docker-compose scale: service1=3,service2=1.")
    var scale: String = "service1=3,service2=1"

    @Option(help: "Start a steady stream of requests to both services at this many requests/s (0: off).")
    var traffic: Int = 0

    @Option(help: "The front proxy's port on 127.0.0.1 (Docker mapped 8000:80).")
    var listenerPort: Int = 8000

    @Option(help: "The admin port on 127.0.0.1.")
    var adminPort: Int = 8001

    @Option(help: "The demo DNS server's UDP port on 127.0.0.53.")
    var dnsPort: Int = 5353

    @Option(help: "The port every service instance listens on (80 as in the sandbox; 10080 when 80 is not allowed).")
    var backendPort: Int = 80

    @Option(name: [.customShort("l"), .customLong("log-level")], help: "Engine log level.")
    var logLevel: String = "warning"

    @Flag(help: "No dashboard: print the commands to try and run until Ctrl-C.")
    var noTui = false

    @Flag(help: "Dashboard without state-changing actions.")
    var readOnly = false

    func validate() throws {
        _ = try parsedScale()
        guard LogLevel(envoyName: logLevel) != nil else { throw ValidationError("invalid log level '\(logLevel)'") }
        for (flag, port) in [("--listener-port", listenerPort), ("--admin-port", adminPort), ("--dns-port", dnsPort),
            ("--backend-port", backendPort)] where !(1...65535).contains(port)
        {
            throw ValidationError("\(flag) must be from 1 to 65535")
        }
    }

    func parsedScale() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for part in scale.split(separator: ",") {
            let pieces = part.split(separator: "=")
            guard pieces.count == 2, let count = Int(pieces[1]), count >= 0 else {
                throw ValidationError("--scale: expected service=N[,service=N], got '\(part)'")
            }
            result[String(pieces[0])] = count
        }
        return result
    }

    func run() throws {
        let topology: DemoTopology
        do {
            topology = try DemoTopology(configuration: .init(
                initialInstances: try parsedScale(), backendPort: backendPort, dnsPort: dnsPort))
            try topology.start()
        } catch let error as DemoError {
            printError("nuncio demo: \(error.message)\(Self.hint(for: error))")
            throw ExitCode(1)
        }
        let yaml = topology.frontEnvoyYAML(listenerPort: listenerPort, adminPort: adminPort)
        let bootstrap = try BootstrapLoader.load(text: yaml, file: DemoFrontEnvoyConfig.fileName).bootstrap
        let loggers = LoggerRegistry(defaultLevel: LogLevel(envoyName: logLevel)!)
        let useDashboard = !noTui && DashboardLaunch.hasTerminal
        let logs = MemoryLogSink()
        let server = ProxyServer(bootstrap: bootstrap, options: .init(concurrency: 1, drainTime: .seconds(5),
            loggers: loggers, logSink: useDashboard ? logs : FileLogSink()))
        SwiftLogBridge.target.set(server.log)
        do {
            try server.start()
        } catch {
            printError("nuncio demo: the front proxy cannot listen on 127.0.0.1:\(listenerPort) (\(error)); "
                + "choose another port with --listener-port")
            server.shutdown(drainTime: .zero)
            topology.stop()
            throw ExitCode(1)
        }
        let targets = try topology.trafficTargets(listenerPort: listenerPort)
        let generator = TrafficGenerator(targets: targets, requestsPerSecond: max(1, traffic))
        if traffic > 0 { generator.start() }
        var commandLine = CommandLineOptions()
        commandLine.configPath = DemoFrontEnvoyConfig.fileName
        commandLine.serviceCluster = "front-proxy"
        let trigger = ShutdownTrigger()
        let context = AdminContext(server: server, commandLine: commandLine) { trigger.shutDown() }
        let router = AdminRouter(endpoints: AdminEndpoints.all
            + DemoAdminEndpoints.make(topology: topology, traffic: generator))
        let admin: AdminServer
        do {
            admin = try AdminServer(
                address: SocketAddress(address: "127.0.0.1", port: UInt16(adminPort)), context: context,
                router: router)
        } catch {
            printError("nuncio demo: the admin port cannot listen on 127.0.0.1:\(adminPort) (\(error)); "
                + "choose another port with --admin-port")
            generator.stop()
            server.shutdown(drainTime: .zero)
            topology.stop()
            throw ExitCode(1)
        }
        // Stopped in reverse: the dashboard, the traffic, the front proxy's drain, the admin port, the backends.
        var services: [any Service] = [
            StopOnShutdownService(description: "demo backends") { topology.stop() },
            StopOnShutdownService(description: "admin") { admin.shutdown() },
            ProxyService(server: server),
            StopOnShutdownService(description: "demo traffic") { generator.stop() },
        ]
        if useDashboard {
            var options = DashboardOptions(readOnly: readOnly, startScreen: .hosts)
            options.demoKeys = true
            services.append(DashboardLaunch.service(
                server: server, context: context, router: router, logs: logs, options: options))
        } else {
            // Written straight to the file descriptor: stdout may be a pipe, where print would sit in a buffer.
            FileHandle.standardOutput.write(Data((banner(topology: topology) + "\n").utf8))
        }
        ServiceGroupLaunch.run(services, trigger: trigger)
    }

    static func hint(for error: DemoError) -> String {
        switch error.socket {
        case .dnsServer: return "; choose another port with --dns-port"
        case .backend: return "; choose another port with --backend-port"
        case nil: return ""
        }
    }

    private func banner(topology: DemoTopology) -> String {
        let services = topology.serviceNames.map { name in
            "\(name): " + topology.instances(of: name).map { "\($0.address) (\($0.hostname))" }
                .joined(separator: ", ")
        }
        return """
            nuncio demo: the front-proxy sandbox is up (Ctrl-C to stop)
              front proxy  http://127.0.0.1:\(listenerPort)     admin  http://127.0.0.1:\(adminPort)
              \(services.joined(separator: "\n  "))

            Try:
              curl -v localhost:\(listenerPort)/service/1
              for i in 1 2 3 4 5 6; do curl -s localhost:\(listenerPort)/service/1; done
              curl localhost:\(adminPort)/clusters
              curl -X POST 'localhost:\(adminPort)/demo/scale?service1=1'
              curl -X POST localhost:\(adminPort)/demo/traffic
              curl -X POST localhost:\(adminPort)/demo/fail
              nuncio top http://127.0.0.1:\(adminPort)
            """
    }
}

import Foundation
import Logging
import NIOConcurrencyHelpers
import NuncioAdmin
import NuncioAdminClient
import NuncioDashboard
import NuncioProxy
import ServiceLifecycle

/// One lifecycle for the process: the engine, the admin listener, the dashboard and the demo run as services of one
/// swift-service-lifecycle group (the model of Hummingbird's `Application.run`). SIGTERM and SIGINT, `/quitquitquit`
/// (the dashboard's quit included) and leaving the dashboard all end in the group's graceful shutdown, which stops
/// the services in reverse order: the dashboard first, then the engine's drain, then the admin listener.
enum ServiceGroupLaunch {
    /// Runs `services` (in start order) until the group has shut down; blocks the calling (main) thread.
    static func run(_ services: [any Service], trigger: ShutdownTrigger) {
        let configurations = services.map { service in
            // A service that ends, or fails, ends the process as a signal would.
            ServiceGroupConfiguration.ServiceConfiguration(
                service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                failureTerminationBehavior: .gracefullyShutdownGroup)
        }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: configurations, gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "lifecycle")))
        trigger.attach(group)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await group.run()
            } catch {
                printError("nuncio: \(error)")
            }
            done.signal()
        }
        done.wait()
    }
}

/// How `/quitquitquit` reaches the group, which is made after the admin context that needs it.
final class ShutdownTrigger: Sendable {
    private let group = NIOLockedValueBox<ServiceGroup?>(nil)
    /// A quit that came before the group existed.
    private let requested = NIOLockedValueBox(false)

    func attach(_ group: ServiceGroup) {
        self.group.withLockedValue { $0 = group }
        if requested.withLockedValue({ $0 }) { shutDown() }
    }

    func shutDown() {
        requested.withLockedValue { $0 = true }
        guard let group = group.withLockedValue({ $0 }) else { return }
        Task { await group.triggerGracefulShutdown() }
    }
}

/// A service with nothing to run: it waits for the group's shutdown, then stops what it stands for (the admin
/// listener, the demo's backends and traffic) on a thread of its own, as those stops block.
struct StopOnShutdownService: Service, CustomStringConvertible {
    let description: String
    let stop: @Sendable () -> Void

    func run() async throws {
        _ = try? await gracefulShutdown()
        let stop = self.stop
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread {
                stop()
                continuation.resume()
            }.start()
        }
    }
}

/// The dashboard in front of the engine: leaving it (`q`, Ctrl-C) ends the service and so the process; the group's
/// shutdown closes it first, giving the terminal back before the drain. When no dashboard can open it waits for
/// the shutdown, as headless.
struct DashboardService: Service, CustomStringConvertible {
    let source: LocalAdminSource
    let options: DashboardOptions
    var description: String { "dashboard" }

    func run() async throws {
        let stop = DashboardStop()
        do {
            try await withGracefulShutdownHandler {
                try await Dashboard.run(source: source, options: options, stop: stop)
            } onGracefulShutdown: {
                stop.stop()
            }
        } catch {
            _ = try? await gracefulShutdown()
        }
    }
}

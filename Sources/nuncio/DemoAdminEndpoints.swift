import Foundation
import NuncioAdmin
import NuncioDemo

/// The demo's own admin endpoints: scale services, toggle traffic, crash and restore an instance.
/// The topology's calls block briefly, so they run on a dispatch queue, never on the admin event loop itself.
enum DemoAdminEndpoints {
    static func make(topology: DemoTopology, traffic: TrafficGenerator) -> [AdminEndpoint] {
        [
            AdminEndpoint("/demo/scale", "scale demo services, as docker-compose scale", postOnly: true,
                parameters: [.init("service1", "instances of service1 (0-9); likewise service2")]
            ) { request, _ in
                guard !request.query.isEmpty else {
                    return AdminResponse(status: 400, body: "usage: /demo/scale?service1=N&service2=M\n")
                }
                return offLoop {
                    var lines: [String] = []
                    for (service, value) in request.query {
                        guard let count = Int(value) else {
                            return AdminResponse(status: 400, body: "error: '\(value)' is not a number\n")
                        }
                        do {
                            let instances = try topology.scale(service: service, to: count)
                            lines.append("\(service): \(instances.filter(\.isRunning).count) running")
                        } catch {
                            return AdminResponse(status: 400, body: "error: \(error)\n")
                        }
                    }
                    return AdminResponse(body: lines.joined(separator: "\n") + "\n")
                }
            },
            AdminEndpoint("/demo/traffic", "toggle the demo's steady request stream", postOnly: true,
                parameters: [.init("rate", "requests per second (default: keep the current rate)")]
            ) { request, _ in
                if let rate = request.value("rate").flatMap(Int.init) { traffic.setRequestsPerSecond(rate) }
                let running = traffic.toggle()
                return AdminResponse(body: "traffic \(running ? "on" : "off") at \(traffic.requestsPerSecond) rq/s\n")
            },
            AdminEndpoint("/demo/fail", "stop one instance abruptly, or bring it back", postOnly: true,
                parameters: [
                    .init("service", "the service (default service1)"),
                    .init("address", "the instance's address, such as 127.0.0.12 (default: any)"),
                ]
            ) { request, _ in
                let service = request.value("service") ?? "service1"
                let address = request.value("address")
                return offLoop {
                    do {
                        guard let instance = try topology.toggleFailure(service: service, address: address) else {
                            let which = address.map { "no instance on \($0)" } ?? "no instance"
                            return AdminResponse(status: 404, body: "\(service) has \(which)\n")
                        }
                        return AdminResponse(
                            body: "\(instance.name) \(instance.address) \(instance.isRunning ? "restarted" : "stopped")\n")
                    } catch {
                        return AdminResponse(status: 400, body: "error: \(error)\n")
                    }
                }
            },
        ]
    }

    /// Runs `work` on a dispatch queue and waits for it (the caller is the admin's event loop).
    private static func offLoop(_ work: @escaping @Sendable () -> AdminResponse) -> AdminResponse {
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.response = work()
            done.signal()
        }
        done.wait()
        return box.response ?? AdminResponse(status: 500, body: "error\n")
    }

    private final class ResponseBox: @unchecked Sendable {
        var response: AdminResponse?
    }
}

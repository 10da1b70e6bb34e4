import Foundation
import NuncioConfig
import NuncioProxy

/// The small endpoints about the server itself: state, version, health, memory, profilers, shutdown.
enum ServerHandlers {
    /// What Envoy answers when hot restart is disabled; Nuncio has none.
    static let hotRestartVersion = "disabled"

    static func serverInfo(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let server = context.server
        let uptime = "\(Int(-server.state.startTime.timeIntervalSinceNow))s"
        // `days_until_first_cert_expiring` is left out, as Envoy leaves it out with no certificates.
        return .json(.object([
            ("version", .string(NuncioVersion.buildVersion)),
            ("state", .string(server.state.stateName)),
            ("uptime_current_epoch", .string(uptime)),
            // No hot restart: the one epoch is all epochs.
            ("uptime_all_epochs", .string(uptime)),
            ("hot_restart_version", .string(hotRestartVersion)),
            ("command_line_options", context.commandLine.json),
            ("node", node(server.bootstrap.node, context.commandLine)),
            ("hot_restart_initializing", false),
        ]))
    }

    /// The node as the server runs it: the bootstrap's, with `--service-node`, `--service-cluster` and
    /// `--service-zone` over it (Envoy's `LocalInfo`; `/config_dump` keeps the file's).
    static func node(_ file: Node, _ line: CommandLineOptions) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(line.serviceNode.isEmpty ? file.id : line.serviceNode)),
            ("cluster", .string(line.serviceCluster.isEmpty ? file.cluster : line.serviceCluster)),
        ]
        if file.locality != nil || !line.serviceZone.isEmpty {
            members.append(("locality", .object([
                ("region", .string(file.locality?.region ?? "")),
                ("zone", .string(line.serviceZone.isEmpty ? file.locality?.zone ?? "" : line.serviceZone)),
                ("sub_zone", .string(file.locality?.subZone ?? "")),
            ])))
        }
        members += [
            ("user_agent_name", "nuncio"),
            ("user_agent_build_version", .object([
                ("version", versionJSON),
                ("metadata", .object([
                    ("build.type", .string(NuncioVersion.buildType)),
                    ("envoy.compatibility", .string(NuncioVersion.envoyCompatibility)),
                ])),
            ])),
            ("extensions", .array(ExtensionList.json)),
            ("client_features", .array([])),
            ("listening_addresses", .array([])),
            ("dynamic_parameters", .object([])),
        ]
        return .object(members)
    }

    static var versionJSON: JSONValue {
        let parts = NuncioVersion.number.split(separator: ".").compactMap { Int64($0) }
        return .object([
            ("major_number", .int(parts.count > 0 ? parts[0] : 0)),
            ("minor_number", .int(parts.count > 1 ? parts[1] : 0)),
            ("patch", .int(parts.count > 2 ? parts[2] : 0)),
        ])
    }

    static func ready(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let state = context.server.state.stateName
        return AdminResponse(status: state == "LIVE" ? 200 : 503, body: state + "\n")
    }

    static func healthcheckFail(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        context.server.state.healthCheckFailed = true
        context.server.log.log(.info, "main", "healthcheck failed: server is now draining (DRAINING)")
        return .ok()
    }

    static func healthcheckOK(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        context.server.state.healthCheckFailed = false
        context.server.log.log(.info, "main", "healthcheck ok: server is live again (LIVE)")
        return .ok()
    }

    static func quit(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        context.server.log.log(.info, "main", "quitquitquit: shutting down")
        let onQuit = context.onQuit
        // Answer first; the drain and exit happen after this response is written.
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { onQuit() }
        return .ok()
    }

    static func drainListeners(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        // Nuncio's listeners have no traffic_direction, so none is inbound: `inboundonly` drains nothing, as Envoy.
        if !request.has("inboundonly") {
            context.server.drainListeners(graceful: request.has("graceful") && !request.has("skip_exit"))
        }
        return .ok()
    }

    static func reopenLogs(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        context.server.reopenAccessLogs()
        return .ok()
    }

    static func resetCounters(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        context.server.stats.resetCounters()
        return .ok()
    }

    static func certs(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        .json(.object([("certificates", .array([]))]))
    }

    static func memory(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        let usage = MemoryUsage.current()
        return .json(.object([
            ("allocated", .string(String(usage.allocated))),
            ("heap_size", .string(String(usage.heapSize))),
            ("pageheap_unmapped", "0"),
            ("pageheap_free", .string(String(usage.free))),
            ("total_thread_cache", "0"),
            ("total_physical_bytes", .string(String(usage.residentBytes))),
        ]))
    }

    /// Nuncio has no built-in profiler: answered as an Envoy built without one.
    static func cpuProfiler(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        switch request.value("enable") {
        case "y": return AdminResponse(status: 500, body: "failure to start the profiler")
        case "n": return .ok()
        default: return AdminResponse(status: 400, body: "?enable=<y|n>\n")
        }
    }

    static func heapProfiler(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        AdminResponse(status: 501, body: "The current build does not support heap profiler")
    }

    static func allocProfiler(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        switch request.value("enable") {
        case "y", "n": return AdminResponse(status: 501, body: "The current build does not support allocation profiler")
        default: return AdminResponse(status: 400, body: "?enable=<y|n>\n")
        }
    }

    static func contention(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        AdminResponse(body: "Mutex contention tracing is not enabled. To enable, run Envoy with flag "
            + "--enable-mutex-tracing.")
    }

    static func initDump(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        .json(.object([]))
    }

    static func hotRestart(_ request: AdminRequest, _ context: AdminContext) -> AdminResponse {
        AdminResponse(body: hotRestartVersion)
    }
}

/// The process's memory as `/memory` reports it. glibc's allocator statistics are not reachable from Swift, so
/// the kernel's view stands in: anonymous resident memory for `allocated`, the data segment for `heap_size`.
struct MemoryUsage {
    var allocated: Int
    var heapSize: Int
    var free: Int
    var residentBytes: Int

    static func current() -> MemoryUsage {
        var fields: [String: Int] = [:]
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") {
                let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
                if parts.count >= 2, let kilobytes = Int(parts[1]) { fields[String(parts[0])] = kilobytes * 1024 }
            }
        }
        let allocated = fields["RssAnon"] ?? 0
        let heap = fields["VmData"] ?? 0
        return MemoryUsage(allocated: allocated, heapSize: heap, free: max(0, heap - allocated),
            residentBytes: fields["VmRSS"] ?? 0)
    }
}

import Foundation
import NuncioAdmin
import NuncioProxy
import NuncioTestSupport
import Testing

/// Each admin endpoint against the capture of the same request to Envoy 1.40.
@Suite struct AdminEndpointTests {
    static let commonHeaders = ["content-type", "cache-control", "x-content-type-options", "date", "server",
        "transfer-encoding"]

    @Test func helpListsEveryEndpointAsEnvoyDoes() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let response = try harness.get("/help")
        let capture = try EnvoyCapture("admin_help.txt")
        #expect(response.headers.map { $0.0 } == Self.commonHeaders)
        #expect(response.header("content-type") == "text/plain; charset=UTF-8")
        let envoyLines = Set(capture.body.split(separator: "\n").map(String.init))
        for line in response.body.split(separator: "\n") {
            #expect(envoyLines.contains(String(line)), "not in Envoy's /help: \(line)")
        }
        #expect(response.body.hasPrefix("admin commands are:\n  /: Admin home page\n"))
        for path in ["/certs", "/clusters", "/config_dump", "/cpuprofiler", "/healthcheck/fail", "/healthcheck/ok",
            "/help", "/hot_restart_version", "/listeners", "/logging", "/quitquitquit", "/reset_counters", "/runtime",
            "/runtime_modify", "/server_info", "/stats", "/stats/prometheus", "/ready", "/drain_listeners", "/memory",
            "/reopen_logs"]
        {
            #expect(response.body.contains("\n  \(path)"), "missing \(path)")
        }
    }

    @Test func getOnPostOnlyEndpointsIs405() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let capture = try EnvoyCapture("admin_get_on_post_endpoints.txt")
        #expect(capture.body.hasPrefix("Method GET not allowed, POST required."))
        for path in ["/cpuprofiler", "/drain_listeners", "/healthcheck/fail", "/healthcheck/ok", "/heapprofiler",
            "/logging", "/logging?level=debug", "/quitquitquit", "/reopen_logs", "/reset_counters", "/runtime_modify",
            "/allocprofiler"]
        {
            let response = try harness.get(path)
            #expect(response.statusLine == "HTTP/1.1 405 Method Not Allowed", "\(path)")
            #expect(response.body == "Method GET not allowed, POST required.")
            #expect(response.headers.map { $0.0 } == Self.commonHeaders)
        }
        #expect(harness.proxy.server.state.healthCheckFailed == false)
    }

    @Test func unknownPathIs404WithTheHelp() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let response = try harness.get("/nope")
        let capture = try EnvoyCapture("admin_unknown_path.txt")
        #expect(response.statusLine == capture.statusLine)
        #expect(response.body.hasPrefix("invalid path. admin commands are:\n  /: Admin home page\n"))
    }

    @Test func clustersTextMatchesEnvoyAfterTheSeedTraffic() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        try harness.replaySeedTraffic()
        let response = try harness.get("/clusters")
        let capture = try EnvoyCapture("admin_clusters.txt")
        // The harness's clusters are STATIC (no DNS name), so the hostname is the one difference.
        let ours = Set(EnvoyCapture.normalisingPorts(response.body).split(separator: "\n"))
        let envoys = Set(capture.body.replacingOccurrences(of: ":80::", with: ":PORT::")
            .replacingOccurrences(of: #"hostname::service\d"#, with: "hostname::", options: .regularExpression)
            .split(separator: "\n"))
        #expect(ours == envoys)
        #expect(response.body.contains("service1::127.0.0.11:"))
    }

    @Test func clustersJSONMatchesEnvoyAfterTheSeedTraffic() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        try harness.replaySeedTraffic()
        let response = try harness.get("/clusters?format=json")
        #expect(response.header("content-type") == "application/json")
        let capture = try EnvoyCapture("admin_clusters.json")
        func clusters(_ text: String) throws -> [String: String] {
            let normalised = text.replacingOccurrences(
                of: #""port_value": \d+"#, with: #""port_value": 80"#, options: .regularExpression)
                .replacingOccurrences(of: #""hostname": "service\d",\s*"#, with: "", options: .regularExpression)
            let object = try JSONSerialization.jsonObject(with: Data(normalised.utf8)) as! [String: Any]
            var byName: [String: String] = [:]
            for cluster in object["cluster_statuses"] as! [[String: Any]] {
                let data = try JSONSerialization.data(withJSONObject: cluster, options: [.sortedKeys])
                byName[cluster["name"] as! String] = String(decoding: data, as: UTF8.self)
            }
            return byName
        }
        #expect(try clusters(response.body) == clusters(capture.body))
    }

    @Test func serverInfoHasEnvoysShape() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let response = try harness.get("/server_info")
        let capture = try EnvoyCapture("admin_server_info.json")
        func keys(_ text: String, indent: String) -> [String] {
            text.split(separator: "\n").filter { $0.hasPrefix(indent + "\"") }
                .map { String($0.split(separator: ":")[0]).trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
        }
        /// The keys of `command_line_options`, in printed order.
        func commandLineKeys(_ text: String) -> [String] {
            let lines = text.components(separatedBy: "\n")
            guard let start = lines.firstIndex(of: " \"command_line_options\": {") else { return [] }
            let section = lines[(start + 1)...].prefix { $0 != " }," }
            return keys(section.joined(separator: "\n"), indent: "  ")
        }
        #expect(keys(response.body, indent: " ") == keys(capture.body, indent: " "))
        // Only the options Nuncio takes, in Envoy's order.
        let ours = commandLineKeys(response.body)
        #expect(ours == commandLineKeys(capture.body).filter(ours.contains))
        #expect(ours.count == 16)
        let options = try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as! [String: Any]
        let commandLine = options["command_line_options"] as! [String: Any]
        #expect(options["state"] as? String == "LIVE")
        #expect(commandLine["service_cluster"] as? String == "front-proxy")
        #expect(commandLine["file_flush_interval"] as? String == "0.100s")
        #expect(commandLine["config_yaml"] == nil)
    }

    /// Every field from real state: Nuncio's version and build type, no hot restart (Envoy's "disabled"), the
    /// node with the flags over the bootstrap's, uptime counted from the start.
    @Test func serverInfoReportsRealState() throws {
        var line = CommandLineOptions()
        line.serviceNode = "edge-1"
        line.serviceZone = "zone-a"
        let harness = try AdminHarness(commandLine: line, bootstrapExtra: """

            node: { cluster: file-cluster, locality: { region: eu, sub_zone: rack-2 } }
            """)
        defer { harness.stop() }
        let info = try JSONSerialization.jsonObject(with: Data(harness.get("/server_info").body.utf8)) as! [String: Any]
        #expect(info["version"] as? String == "nuncio/\(NuncioVersion.number)/\(NuncioVersion.buildType)")
        #expect(info["hot_restart_version"] as? String == "disabled")
        #expect(info["days_until_first_cert_expiring"] == nil)
        #expect((info["uptime_current_epoch"] as? String)?.hasSuffix("s") == true)
        let node = info["node"] as! [String: Any]
        #expect(node["id"] as? String == "edge-1")
        #expect(node["cluster"] as? String == "file-cluster")
        #expect(node["locality"] as? [String: String] == ["region": "eu", "zone": "zone-a", "sub_zone": "rack-2"])
        let build = node["user_agent_build_version"] as! [String: Any]
        #expect((build["metadata"] as? [String: String])?["revision.status"] == nil)
        // `/config_dump` keeps the file's node, as Envoy's does.
        let dump = try JSONSerialization.jsonObject(with: Data(harness.get("/config_dump").body.utf8)) as! [String: Any]
        let bootstrap = ((dump["configs"] as! [[String: Any]])[0]["bootstrap"] as! [String: Any])
        #expect((bootstrap["node"] as! [String: Any])["id"] == nil)
        #expect((bootstrap["node"] as! [String: Any])["cluster"] as? String == "file-cluster")
    }

    /// Envoy 1.40 run with `--disable-hot-restart` answers `disabled`; Nuncio has no hot restart at all.
    @Test func hotRestartVersionIsDisabled() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let response = try harness.get("/hot_restart_version")
        let capture = try EnvoyCapture("admin_hot_restart_version.txt")
        #expect(response.statusLine == capture.statusLine)
        #expect(response.headers.map { $0.0 } == capture.headerNames)
        #expect(response.body == "disabled")
    }

    @Test func healthcheckFailDrainsReadyAndOkRestores() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        #expect(try harness.get("/ready").body == "LIVE\n")
        let fail = try harness.post("/healthcheck/fail")
        #expect(fail.body == (try EnvoyCapture("admin_healthcheck_fail.txt")).body)
        let draining = try harness.get("/ready")
        let capture = try EnvoyCapture("admin_ready_after_healthcheck_fail.txt")
        #expect(draining.statusLine == capture.statusLine)
        #expect(draining.body == capture.body)
        let info = try JSONSerialization.jsonObject(with: Data(harness.get("/server_info").body.utf8)) as! [String: Any]
        #expect(info["state"] as? String == "DRAINING")
        _ = try harness.post("/healthcheck/ok")
        #expect(try harness.get("/ready").statusLine == "HTTP/1.1 200 OK")
    }

    @Test func loggingChangesTheLiveLevels() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let registry = harness.proxy.server.log.registry
        _ = try harness.post("/logging?level=info")
        let list = try harness.post("/logging")
        // Envoy's shape, Nuncio's own loggers (Envoy lists its ~80).
        #expect(list.body == "active loggers:\n" + LoggerRegistry.nuncioLoggerNames.map { "  \($0): info\n" }.joined()
            + "\n")
        #expect((try EnvoyCapture("admin_logging_post.txt")).body.hasPrefix("active loggers:\n  a2a: info\n"))
        _ = try harness.post("/logging?level=debug")
        #expect(registry.level(of: "upstream") == .debug)
        _ = try harness.post("/logging?paths=upstream:warning,hc:trace")
        #expect(registry.level(of: "upstream") == .warning)
        #expect(registry.level(of: "hc") == .trace)
        #expect(registry.level(of: "main") == .debug)
        #expect(try harness.post("/logging?paths=router:trace").status == 400)
        let bad = try harness.post("/logging?level=loud")
        let capture = try EnvoyCapture("admin_logging_post_bad_level.txt")
        #expect(bad.statusLine == capture.statusLine)
        let usage = capture.body.components(separatedBy: "active loggers:")[0]
        #expect(bad.body.hasPrefix(usage))
        #expect(registry.level(of: "main") == .debug)
    }

    @Test func runtimeWithoutAndWithAnAdminLayer() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        #expect(try harness.get("/runtime").body == (try EnvoyCapture("admin_runtime.json")).body)
        let refused = try harness.post("/runtime_modify?foo=bar")
        let capture = try EnvoyCapture("admin_runtime_modify.txt")
        #expect(refused.statusLine == capture.statusLine)
        #expect(refused.body == capture.body)
        let noArgs = try harness.post("/runtime_modify")
        #expect(noArgs.body == (try EnvoyCapture("admin_runtime_modify_noargs.txt")).body)

        let layered = try AdminHarness(bootstrapExtra: """

            layered_runtime:
              layers:
              - name: static
                static_layer: { health_check: { min_interval: 5 } }
              - name: admin
                admin_layer: {}
            """)
        defer { layered.stop() }
        #expect(try layered.post("/runtime_modify?foo=bar").body == "OK\n")
        let runtime = try JSONSerialization.jsonObject(with: Data(layered.get("/runtime").body.utf8)) as! [String: Any]
        #expect(runtime["layers"] as? [String] == ["static", "admin"])
        let entries = runtime["entries"] as! [String: [String: Any]]
        #expect(entries["foo"]?["final_value"] as? String == "bar")
        #expect(entries["foo"]?["layer_values"] as? [String] == ["", "bar"])
        #expect(entries["health_check.min_interval"]?["final_value"] as? String == "5")
    }

    @Test func profilersAnswerAsABuildWithoutThem() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let cpu = try harness.post("/cpuprofiler")
        let cpuCapture = try EnvoyCapture("admin_cpuprofiler_post_noargs.txt")
        #expect(cpu.statusLine == cpuCapture.statusLine)
        #expect(cpu.body == cpuCapture.body)
        let heap = try harness.post("/heapprofiler")
        let heapCapture = try EnvoyCapture("admin_heapprofiler_post_noargs.txt")
        #expect(heap.statusLine == heapCapture.statusLine)
        #expect(heap.body == heapCapture.body)
        #expect(try harness.post("/cpuprofiler?enable=y").status == 500)
    }

    @Test func smallEndpointsMatchTheirCaptures() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        for (path, file) in [("/certs", "admin_certs.json"), ("/ready", "admin_ready.txt")]
        {
            let response = try harness.get(path)
            let capture = try EnvoyCapture(file)
            #expect(response.statusLine == capture.statusLine, "\(path)")
            #expect(response.body == capture.body, "\(path)")
            #expect(response.headers.map { $0.0 } == capture.headerNames, "\(path)")
        }
        let listeners = try harness.get("/listeners")
        #expect(listeners.body.range(of: #"^[0-9a-f-]{36}::127\.0\.0\.1:\d+\n$"#, options: .regularExpression) != nil)
        let json = try JSONSerialization.jsonObject(with: Data(harness.get("/listeners?format=json").body.utf8))
        #expect((json as? [String: Any])?["listener_statuses"] != nil)
    }

    @Test func resetCountersZeroesStatsButNotHostCounts() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        try harness.replaySeedTraffic()
        #expect(try harness.get("/stats?filter=cluster.service1.upstream_rq_total").body
            == "cluster.service1.upstream_rq_total: 12\n")
        #expect(try harness.post("/reset_counters").body == "OK\n")
        #expect(try harness.get("/stats?filter=cluster.service1.upstream_rq_total").body
            == "cluster.service1.upstream_rq_total: 0\n")
        let clusters = try harness.get("/clusters").body
        #expect(clusters.contains("::rq_total::4\n"))
    }

    @Test func statsClustersAndPrometheusAgree() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        try harness.replaySeedTraffic()
        let stats = try harness.get("/stats").body
        for line in ["cluster.service1.upstream_rq_total: 12", "cluster.service1.upstream_rq_200: 12",
            "cluster.service2.upstream_rq_2xx: 5", "http.ingress_http.downstream_rq_total: 18",
            "http.ingress_http.downstream_rq_4xx: 1", "http.ingress_http.no_route: 1",
            "cluster.service1.membership_total: 3"]
        {
            #expect(stats.contains(line + "\n"), "\(line)")
        }
        let prometheus = try harness.get("/stats/prometheus").body
        #expect(prometheus.contains("envoy_cluster_upstream_rq_total{envoy_cluster_name=\"service1\"} 12\n"))
        #expect(prometheus.contains(
            "envoy_cluster_upstream_rq_xx{envoy_response_code_class=\"2\",envoy_cluster_name=\"service2\"} 5\n"))
        let json = try JSONSerialization.jsonObject(with: Data(harness.get("/stats?format=json").body.utf8))
        let entries = ((json as? [String: Any])?["stats"] as? [[String: Any]]) ?? []
        #expect(entries.contains { $0["name"] as? String == "http.ingress_http.downstream_rq_total"
            && $0["value"] as? Int == 18 })
    }

    @Test func configDumpIsV3ShapedFromTheSeedsV2Config() throws {
        let harness = try AdminHarness()
        defer { harness.stop() }
        let dump = try JSONSerialization.jsonObject(with: Data(harness.get("/config_dump").body.utf8)) as! [String: Any]
        let types = (dump["configs"] as! [[String: Any]]).map { $0["@type"] as! String }
        #expect(types == [
            "type.googleapis.com/envoy.admin.v3.BootstrapConfigDump",
            "type.googleapis.com/envoy.admin.v3.ClustersConfigDump",
            "type.googleapis.com/envoy.admin.v3.ListenersConfigDump",
            "type.googleapis.com/envoy.admin.v3.ScopedRoutesConfigDump",
            "type.googleapis.com/envoy.admin.v3.RoutesConfigDump",
            "type.googleapis.com/envoy.admin.v3.SecretsConfigDump",
        ])
        let clusters = try harness.get("/config_dump?resource=static_clusters&name_regex=service2").body
        #expect(clusters.contains("\"@type\": \"type.googleapis.com/envoy.config.cluster.v3.Cluster\""))
        #expect(!clusters.contains("\"name\": \"service1\""))
    }
}

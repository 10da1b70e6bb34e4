import Foundation
import NIOPosix
import NuncioTestSupport
import Testing

/// Envoy's dynamic-config-fs sandbox as its README and verify script run it: `envoy.yaml` with LDS and CDS from
/// files, `cds.yaml` pointing at service1; `sed -i s/service1/service2/` on `cds.yaml` switches the traffic within
/// 10 s, and `/config_dump`'s `dynamic_active_clusters` then shows service2. The service names resolve through a
/// test DNS server; Nuncio runs as the binary, and real Envoy on the same files where its binary is present.
@Suite(.enabled(if: NuncioBinary.url != nil, "needs the nuncio binary"))
struct DynamicConfigFsSandboxTests {
    /// The sandbox's files in a folder of the test's, with its addresses and ports made loopback ones.
    private static func sandbox(proxyPort: Int, adminPort: Int, dnsPort: Int, servicePort: Int) throws -> String {
        let fixtures = NuncioBinary.packageRoot.appendingPathComponent("Tests/Fixtures/dynamic-config-fs")
        let folder = NSTemporaryDirectory() + "dynamic-config-fs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func copy(_ name: String, _ edit: (String) -> String) throws {
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            try edit(text).write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        try copy("envoy.yaml") {
            $0.replacingOccurrences(of: "/var/lib/envoy", with: folder)
                .replacingOccurrences(of: "0.0.0.0", with: "127.0.0.1")
                .replacingOccurrences(of: "port_value: 19000", with: "port_value: \(adminPort)") + """

                typed_dns_resolver_config:
                  name: envoy.network.dns_resolver.cares
                  typed_config:
                    "@type": type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig
                    resolvers:
                    - socket_address: { address: 127.0.0.1, port_value: \(dnsPort) }

                """
        }
        try copy("lds.yaml") {
            $0.replacingOccurrences(of: "0.0.0.0", with: "127.0.0.1")
                .replacingOccurrences(of: "port_value: 10000", with: "port_value: \(proxyPort)")
        }
        try copy("cds.yaml") { $0.replacingOccurrences(of: "port_value: 8080", with: "port_value: \(servicePort)") }
        return folder
    }

    private static func servedBy(_ port: Int) -> String? {
        (try? RawHTTPClient.get(port: port, path: "/"))?.header("x-upstream")
    }

    /// The address `/config_dump`'s ClustersConfigDump shows for its dynamic active clusters.
    private static func activeClusterAddresses(adminPort: Int) throws -> [String] {
        let body = try RawHTTPClient.get(port: adminPort, path: "/config_dump").body
        let dump = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        let configs = dump?["configs"] as? [[String: Any]] ?? []
        let clusters = configs.first { ($0["@type"] as? String)?.hasSuffix("ClustersConfigDump") == true }
        let active = clusters?["dynamic_active_clusters"] as? [[String: Any]] ?? []
        let text = String(decoding: try JSONSerialization.data(withJSONObject: active), as: UTF8.self)
        return ["service1", "service2"].filter { text.contains("\"address\":\"\($0)\"") }
    }

    /// The keys of each dump section and of its first dynamic entries: what a tool reading the dump relies on.
    private static func dumpShape(adminPort: Int) throws -> [String] {
        let body = try RawHTTPClient.get(port: adminPort, path: "/config_dump").body
        let dump = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        var shape: [String] = []
        for config in dump?["configs"] as? [[String: Any]] ?? [] {
            let type = (config["@type"] as? String ?? "").components(separatedBy: ".").last ?? ""
            shape.append(type + ": " + config.keys.sorted().joined(separator: ","))
            for key in ["dynamic_listeners", "dynamic_active_clusters"] {
                guard let first = (config[key] as? [[String: Any]])?.first else { continue }
                shape.append(key + ": " + first.keys.sorted().joined(separator: ","))
                if let active = first["active_state"] as? [String: Any] {
                    shape.append("active_state: " + active.keys.sorted().joined(separator: ","))
                }
            }
        }
        return shape
    }

    @Test func sedOnCdsYamlSwitchesTheTrafficToService2() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let servicePort = NuncioBinary.freePort()
        let service1 = try TestUpstream(name: "service1", host: "127.0.0.71", port: servicePort, group: group)
        defer { service1.stop() }
        let service2 = try TestUpstream(name: "service2", host: "127.0.0.72", port: servicePort, group: group)
        defer { service2.stop() }
        let dns = try TestDNSServer(group: group)
        defer { dns.stop() }
        dns.set("service1", ["127.0.0.71"])
        dns.set("service2", ["127.0.0.72"])

        var proxies: [(String, [String])] = []
        if let url = NuncioBinary.url { proxies.append((url.path, ["--no-tui", "--concurrency", "1"])) }
        if let envoy = RealEnvoy.binary { proxies.append((envoy, ["--concurrency", "1", "-l", "error"])) }
        var shapes: [[String]] = []
        for (executable, arguments) in proxies {
            let (proxyPort, adminPort) = (NuncioBinary.freePort(), NuncioBinary.freePort())
            let folder = try Self.sandbox(
                proxyPort: proxyPort, adminPort: adminPort, dnsPort: dns.port, servicePort: servicePort)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let log = folder + ".log"
            let process = try ChildProcess(executable, ["-c", folder + "/envoy.yaml"] + arguments,
                stdout: .file(log), stderr: .file(log))
            defer { process.stop() }
            let name = URL(fileURLWithPath: executable).lastPathComponent
            #expect(waitUntil(seconds: 20) { Self.servedBy(proxyPort) == "service1" }, "\(name)")
            #expect(try Self.activeClusterAddresses(adminPort: adminPort) == ["service1"], "\(name)")
            shapes.append(try Self.dumpShape(adminPort: adminPort))

            let sed = try ChildProcess.run("/usr/bin/env", ["sed", "-i", "s/service1/service2/", folder + "/cds.yaml"])
            #expect(sed.status == 0)
            #expect(waitUntil(seconds: 10) { Self.servedBy(proxyPort) == "service2" }, "\(name): switched in 10 s")
            #expect(try Self.activeClusterAddresses(adminPort: adminPort) == ["service2"], "\(name)")
            print("dynamic-config-fs: \(name) switched to service2")
        }
        #expect(proxies.count >= 1)
        if shapes.count == 2 { #expect(shapes[0] == shapes[1], "Nuncio's /config_dump has Envoy's sections") }
    }
}

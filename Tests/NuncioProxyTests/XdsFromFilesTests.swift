import Foundation
import NuncioTestSupport
import Testing

/// RDS and EDS from files on a running server: the routes and the endpoints follow each change of their file
/// (replaced by rename, as an editor or the kubelet does), and a bad file is rejected with the last good kept.
@Suite struct XdsFromFilesTests {
    private static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "xds-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes beside and renames over, so the watcher sees one whole new file.
    private static func replace(_ path: String, with text: String) throws {
        try text.write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        _ = rename(path + ".tmp", path)
    }

    private static func routes(version: String, cluster: String) -> String {
        """
        version_info: "\(version)"
        resources:
        - "@type": type.googleapis.com/envoy.config.route.v3.RouteConfiguration
          name: file_routes
          virtual_hosts:
          - name: all
            domains: ["*"]
            routes:
            - match: { prefix: "/" }
              route: { cluster: \(cluster) }
        """
    }

    private static func assignment(version: String, _ endpoints: [(String, Int)]) -> String {
        let lines = endpoints.map {
            "      - endpoint: { address: { socket_address: { address: \($0.0), port_value: \($0.1) } } }"
        }
        return """
            version_info: "\(version)"
            resources:
            - "@type": type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment
              cluster_name: eds_service
              endpoints:
              - lb_endpoints:
            \(lines.joined(separator: "\n"))
            """
    }

    @Test func rdsRoutesFollowTheirFile() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.routes(version: "1", cluster: "one").write(toFile: dir + "/rds.yaml", atomically: true, encoding: .utf8)
        var yaml = ProxyHarness.config(
            clusters: [("one", harness.endpoint("a"), ""), ("two", harness.endpoint("b"), "")],
            routes: ProxyHarness.routesToOne)
        let inline = yaml.range(of: "          route_config:")!.lowerBound
        let filters = yaml.range(of: "          http_filters:")!.lowerBound
        yaml.replaceSubrange(inline..<filters, with: """
                      rds:
                        route_config_name: file_routes
                        config_source: { path_config_source: { path: \(dir)/rds.yaml } }

            """)
        try harness.start(yaml: yaml)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/").header("x-upstream") == "a")
        try Self.replace(dir + "/rds.yaml", with: Self.routes(version: "2", cluster: "two"))
        #expect(waitUntil { (try? RawHTTPClient.get(port: harness.port, path: "/"))?.header("x-upstream") == "b" })
        // A file that does not parse is a failure; one naming another route configuration is rejected.
        let prefix = "http.ingress_http.rds.file_routes."
        try Self.replace(dir + "/rds.yaml", with: "resources: [ {")
        #expect(waitUntil { harness.stat(prefix + "update_failure") == 1 })
        try Self.replace(dir + "/rds.yaml", with: Self.routes(version: "3", cluster: "one")
            .replacingOccurrences(of: "name: file_routes", with: "name: other_routes"))
        #expect(waitUntil { harness.stat(prefix + "update_rejected") == 1 })
        #expect(try RawHTTPClient.get(port: harness.port, path: "/").header("x-upstream") == "b", "last good kept")
        #expect(harness.stat(prefix + "update_success") == 2)
    }

    @Test func edsEndpointsFollowTheirFile() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        try harness.addUpstreams(["a", "b"])
        let (a, b) = (harness.upstreams["a"]!, harness.upstreams["b"]!)
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.assignment(version: "1", [(a.host, a.port)])
            .write(toFile: dir + "/eds.yaml", atomically: true, encoding: .utf8)
        let routes = ProxyHarness.routesToOne.replacingOccurrences(of: "cluster: one", with: "cluster: eds_service")
        let yaml = ProxyHarness.config(clusters: [], routes: routes) + """
              - name: eds_service
                connect_timeout: 0.25s
                type: EDS
                eds_cluster_config:
                  eds_config: { path_config_source: { path: \(dir)/eds.yaml } }

            """
        try harness.start(yaml: yaml)
        #expect(try RawHTTPClient.get(port: harness.port, path: "/").header("x-upstream") == "a")
        try Self.replace(dir + "/eds.yaml", with: Self.assignment(version: "2", [(b.host, b.port)]))
        #expect(waitUntil { (try? RawHTTPClient.get(port: harness.port, path: "/"))?.header("x-upstream") == "b" })
        #expect(harness.stat("cluster.eds_service.update_success") == 2, "the subscription counts in the cluster's scope")
        #expect(harness.stat("cluster.eds_service.membership_total") == 1)
    }
}

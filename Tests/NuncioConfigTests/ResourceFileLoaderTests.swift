import Foundation
import Testing

@testable import NuncioConfig

/// Resource files as Envoy reads them: `resources:` each with its `@type`, YAML or JSON by the file's name.
@Suite struct ResourceFileLoaderTests {
    static let listenerYAML = """
        version_info: "7"
        resources:
        - "@type": type.googleapis.com/envoy.config.listener.v3.Listener
          name: listener_0
          address: {socket_address: {address: 127.0.0.1, port_value: 10000}}
          filter_chains:
          - filters:
            - name: envoy.filters.network.http_connection_manager
              typed_config:
                "@type": \(ConfigText.hcmType)
                stat_prefix: ingress_http
                http_filters:
                - name: envoy.filters.http.router
                  typed_config:
                    "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
                rds:
                  route_config_name: local_route
                  config_source: {path_config_source: {path: rds.yaml}, resource_api_version: V3}
        """

    static let clusterJSON = """
        {"version_info": "c1", "resources": [
          {"@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster", "name": "app", "type": "EDS",
           "connect_timeout": "1s",
           "eds_cluster_config": {"service_name": "app-eds",
             "eds_config": {"path_config_source": {"path": "eds.json"}}}},
          {"@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster", "name": "static", "type": "STATIC",
           "load_assignment": {"cluster_name": "static", "endpoints": [{"lb_endpoints": [
             {"endpoint": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": 8080}}}}]}]}}
        ]}
        """

    static let routeYAML = """
        resources:
        - "@type": type.googleapis.com/envoy.config.route.v3.RouteConfiguration
          name: local_route
          virtual_hosts:
          - name: all
            domains: ["*"]
            routes: [{match: {prefix: "/"}, route: {cluster: app}}]
        """

    static let endpointJSON = """
        {"resources": [{"@type": "type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment",
          "cluster_name": "app-eds", "endpoints": [{"lb_endpoints": [
            {"endpoint": {"address": {"socket_address": {"address": "127.0.0.2", "port_value": 9000}}}}]}]}]}
        """

    @Test func listenersFromYAMLWithRds() throws {
        let file = try ResourceFileLoader.load(text: Self.listenerYAML, file: "lds.yaml", type: .listener)
        #expect(file.versionInfo == "7")
        guard case .listeners(let listeners) = file.resources else { Issue.record("not listeners"); return }
        #expect(listeners.map(\.name) == ["listener_0"])
        let manager = listeners[0].httpConnectionManager
        #expect(manager.rds == Rds(routeConfigName: "local_route", configSource: ConfigSource(path: "rds.yaml")))
        #expect(manager.routeConfig.name == "local_route" && manager.routeConfig.virtualHosts.isEmpty)
    }

    @Test func clustersFromJSONWithEds() throws {
        let file = try ResourceFileLoader.load(text: Self.clusterJSON, file: "cds.json", type: .cluster)
        #expect(file.versionInfo == "c1")
        guard case .clusters(let clusters) = file.resources else { Issue.record("not clusters"); return }
        #expect(clusters.map(\.name) == ["app", "static"])
        #expect(clusters[0].type == .EDS)
        #expect(clusters[0].edsClusterConfig == EdsClusterConfig(
            serviceName: "app-eds", edsConfig: ConfigSource(path: "eds.json")))
        #expect(clusters[1].loadAssignment.allEndpoints.map(\.address.port) == [8080])
    }

    @Test func routeConfigurationsAndAssignments() throws {
        let routes = try ResourceFileLoader.load(text: Self.routeYAML, file: "rds.yml", type: .routeConfiguration)
        guard case .routeConfigurations(let configs) = routes.resources else { Issue.record("not routes"); return }
        #expect(configs.map(\.name) == ["local_route"])
        #expect(configs[0].virtualHosts[0].routes.count == 1)
        let endpoints = try ResourceFileLoader.load(
            text: Self.endpointJSON, file: "eds.json", type: .clusterLoadAssignment)
        guard case .clusterLoadAssignments(let assignments) = endpoints.resources else {
            Issue.record("not assignments")
            return
        }
        #expect(assignments.map(\.clusterName) == ["app-eds"])
        #expect(assignments[0].allEndpoints.map(\.address.address) == ["127.0.0.2"])
    }

    @Test func anEmptyFileOfResourcesIsAnEmptyUpdate() throws {
        let file = try ResourceFileLoader.load(text: "resources: []", file: "cds.yaml", type: .cluster)
        #expect(file.resources == .clusters([]))
        #expect(file.versionInfo == "")
    }

    /// Errors inside a resource name the file, line, column and field path, and reject the whole file.
    @Test func resourceErrorsArePositioned() {
        let text = Self.clusterJSON
            .replacingOccurrences(of: "\"connect_timeout\": \"1s\"", with: "\"conect_timeout\": \"1s\"")
            .replacingOccurrences(of: "\"port_value\": 8080", with: "\"port_value\": 70000")
        let error = loadError(text, file: "cds.json", type: .cluster)
        #expect(error?.kind == .rejected)
        #expect(error?.errors.map(\.path) == [
            "resources[0].conect_timeout",
            "resources[1].load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address.port_value",
        ])
        let first = error?.errors.first
        #expect(first?.file == "cds.json" && first?.line == 3 && first?.column == 4)
        #expect(error?.errors.first?.message.contains("did you mean 'connect_timeout'?") == true)
    }

    /// What protobuf's JSON parser refuses (a value of the wrong kind) is a failure in Envoy, not a rejection.
    @Test func aValueOfTheWrongKindIsAFailure() {
        let text = Self.clusterJSON
            .replacingOccurrences(of: "\"connect_timeout\": \"1s\"", with: "\"connect_timeout\": \"abc\"")
        let error = loadError(text, file: "cds.json", type: .cluster)
        #expect(error?.kind == .failure)
        #expect(error?.errors.first?.path == "resources[0].connect_timeout")
    }

    @Test func aResourceOfAnotherTypeIsRejected() {
        let error = loadError(Self.routeYAML, file: "lds.yaml", type: .listener)
        #expect(error?.kind == .rejected)
        #expect(error?.errors.first?.path == "resources[0].@type")
        #expect(error?.errors.first?.line == 2)
        #expect(error?.errors.first?.message.contains("type.googleapis.com/envoy.config.listener.v3.Listener") == true)
    }

    @Test func aResourceWithoutTypeIsRejected() {
        let error = loadError("resources:\n- name: app\n", file: "cds.yaml", type: .cluster)
        #expect(error?.errors.first?.path == "resources[0]")
        #expect(error?.errors.first?.message == "missing '@type': expected \(ResourceType.cluster.rawValue)")
    }

    @Test func duplicateNamesAreRejected() {
        let text = Self.routeYAML + "\n" + Self.routeYAML.split(separator: "\n").dropFirst().joined(separator: "\n")
        let error = loadError(text, file: "rds.yaml", type: .routeConfiguration)
        #expect(error?.errors.first?.path == "resources[1]")
        #expect(error?.errors.first?.message == "duplicate route configuration 'local_route' (also resources[0])")
    }

    /// As Envoy: a file not named .yaml or .yml is JSON, and YAML in it fails to parse (`update_failure`).
    @Test func yamlInAJsonFileIsAFailure() {
        let error = loadError(Self.routeYAML, file: "rds.json", type: .routeConfiguration)
        #expect(error?.kind == .failure)
        #expect(error?.errors.first?.message.hasPrefix("JSON syntax error") == true)
    }

    @Test func syntaxErrorsAreFailuresWithAPosition() {
        let error = loadError("resources: [\n", file: "cds.yaml", type: .cluster)
        #expect(error?.kind == .failure)
        #expect(error?.errors.first?.line == 2)
        #expect(error?.errors.first?.message.contains("YAML syntax error") == true)
    }

    @Test func controlPlaneFieldsAreRefused() {
        let error = loadError("nonce: a\nresources: []\n", file: "cds.yaml", type: .cluster)
        #expect(error?.errors.first?.path == "nonce")
        #expect(error?.errors.first?.message == "field 'nonce' is not supported by nuncio")
    }

    @Test func anUnreadableFileIsAFailure() throws {
        let error: ResourceFileError?
        do {
            _ = try ResourceFileLoader.load(path: "/nonexistent/cds.yaml", type: .cluster)
            error = nil
        } catch let thrown {
            error = thrown
        }
        #expect(error?.kind == .failure)
        #expect(error?.errors.first?.message.contains("no such file") == true)
    }

    private func loadError(_ text: String, file: String, type: ResourceType) -> ResourceFileError? {
        do {
            _ = try ResourceFileLoader.load(text: text, file: file, type: type)
            Issue.record("loaded")
            return nil
        } catch {
            return error
        }
    }
}

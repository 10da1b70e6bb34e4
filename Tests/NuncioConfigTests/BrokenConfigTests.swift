import Foundation
import Testing

@testable import NuncioConfig

/// One broken config and exactly what the loader must say about it.
struct BrokenConfig: Sendable, CustomTestStringConvertible {
    var name: String
    var config: ConfigText
    var file = "test.yaml"
    /// The field path of the error; empty for syntax errors, which have no path.
    var path: String
    var line: Int
    var column: Int?
    /// A phrase the message must contain.
    var phrase: String

    var testDescription: String { name }

    /// Loading fails with one error at this path and position, whose message holds the phrase.
    func expectError() throws {
        let error = try #require(config.loadError(file: file))
        #expect(error.file == file)
        #expect(error.path == path)
        #expect(error.line == line)
        if let column { #expect(error.column == column) }
        #expect(error.message.contains(phrase), "message: \(error.message)")
        let location = "\(file):\(error.line):\(error.column): "
        #expect(error.description == location + (path.isEmpty ? "" : "\(path): ") + error.message)
    }
}

/// Each case breaks the valid `ConfigText.base` in one way (see its line map) and pins the error's field path,
/// position and wording, so that a user is told precisely where and what.
@Suite struct BrokenConfigTests {
    static let base = ConfigText.base
    static let hcm = ConfigText.hcm
    static let route = ConfigText.firstRoute
    static let cluster = "static_resources.clusters[0]"
    static let healthCheckFilter = """
                  - name: envoy.filters.http.health_check
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck
                      pass_through_mode: false
        """

    static func typeURL(_ message: String) -> String {
        "type.googleapis.com/envoy.extensions.\(message)"
    }

    static let syntax: [BrokenConfig] = [
        BrokenConfig(
            name: "over-indented key", config: base.replacing(line: 24, with: "     connect_timeout: 1s"),
            path: "", line: 24, column: 21, phrase: "YAML syntax error: mapping values are not allowed"),
        BrokenConfig(
            name: "under-indented key", config: base.replacing(line: 24, with: "   connect_timeout: 1s"),
            path: "", line: 24, column: 4, phrase: "did not find expected key"),
        BrokenConfig(
            name: "tab indentation", config: base.replacing(line: 24, with: "\tconnect_timeout: 1s"),
            path: "", line: 24, column: 1, phrase: "found a tab character that violates indentation"),
        BrokenConfig(
            name: "unclosed quote",
            config: base.replacing(
                line: 31, with: "  address: {socket_address: {address: \"127.0.0.1, port_value: 9901}}"),
            path: "", line: 32, column: 1, phrase: "end of stream (while scanning a quoted scalar at line 31)"),
        BrokenConfig(
            name: "unclosed bracket", config: base.replacing(line: 14, with: "              domains: [\"*\""),
            path: "", line: 15, column: 15, phrase: "did not find expected ',' or ']' (while parsing a flow sequence"),
        BrokenConfig(
            name: "duplicate YAML key", config: base.inserting(after: 24, "    connect_timeout: 2s"),
            path: "\(cluster).connect_timeout", line: 25, column: 5, phrase: "duplicate key 'connect_timeout'"),
        BrokenConfig(
            name: "duplicate quoted key in flow mapping",
            config: base.replacing(line: 16, with: "              - match: {prefix: \"/\", \"prefix\": \"/a\"}"),
            path: "\(route).match.prefix", line: 16, column: 38, phrase: "duplicate key 'prefix'"),
        BrokenConfig(
            name: "JSON syntax error", config: ConfigText("""
                {
                  "static_resources": {
                    "clusters": [
                      {"name": "app"
                    ]
                  }
                }
                """),
            file: "test.json", path: "", line: 5, column: 5,
            phrase: "JSON syntax error: did not find expected ',' or '}'"),
        BrokenConfig(
            name: "empty file", config: ConfigText(""), path: "", line: 1, column: 1, phrase: "the file is empty"),
        BrokenConfig(
            name: "only a comment", config: ConfigText("# nothing here\n"),
            path: "", line: 1, column: 1, phrase: "the file is empty"),
    ]

    static let types: [BrokenConfig] = [
        BrokenConfig(
            name: "string where a mapping is expected",
            config: base.replacing(line: 4, with: "    address: 127.0.0.1:8080"),
            path: "static_resources.listeners[0].address", line: 4, column: 14,
            phrase: "expected a mapping, got \"127.0.0.1:8080\""),
        BrokenConfig(
            // A single value is a one-element list (as in Envoy), so the string is read as the first route.
            name: "string where a list of mappings is expected",
            config: base.replacing(lines: 15...17, with: "              routes: \"all\""),
            path: "\(hcm).route_config.virtual_hosts[0].routes[0]", line: 15, column: 23,
            phrase: "expected a mapping, got the string \"all\""),
        BrokenConfig(
            name: "word where a port number is expected",
            config: base.replacing(
                line: 31, with: "  address: {socket_address: {address: 127.0.0.1, port_value: eighty}}"),
            path: "admin.address.socket_address.port_value", line: 31, column: 62,
            phrase: "expected a port number from 0 to 65535, got \"eighty\""),
        BrokenConfig(
            name: "list where a string is expected",
            config: base.replacing(line: 10, with: "          stat_prefix: [ingress]"),
            path: "\(hcm).stat_prefix", line: 10, column: 24, phrase: "expected a string, got a list"),
        BrokenConfig(
            name: "list as a cluster name", config: base.replacing(line: 22, with: "  - name: [app]"),
            path: "\(cluster).name", line: 22, column: 11, phrase: "expected a string, got a list"),
        BrokenConfig(
            name: "number where a boolean is expected",
            config: base.inserting(after: 10, "          use_remote_address: 1"),
            path: "\(hcm).use_remote_address", line: 11, column: 31,
            phrase: "expected true or false, got the number 1"),
        BrokenConfig(
            name: "word where a boolean is expected",
            config: base.inserting(after: 10, "          use_remote_address: \"on\""),
            path: "\(hcm).use_remote_address", line: 11, column: 31,
            phrase: "expected true or false, got the string \"on\""),
        BrokenConfig(
            name: "negative integer",
            config: base.inserting(after: 3, "    per_connection_buffer_limit_bytes: -5"),
            path: "static_resources.listeners[0].per_connection_buffer_limit_bytes", line: 4, column: 40,
            phrase: "expected a non-negative integer, got -5"),
        BrokenConfig(
            name: "port out of range",
            config: base.replacing(
                line: 4, with: "    address: {socket_address: {address: 127.0.0.1, port_value: 70000}}"),
            path: "static_resources.listeners[0].address.socket_address.port_value", line: 4, column: 64,
            phrase: "port 70000 is out of range: expected 0 to 65535"),
        BrokenConfig(
            name: "negative port",
            config: base.replacing(
                line: 4, with: "    address: {socket_address: {address: 127.0.0.1, port_value: -1}}"),
            path: "static_resources.listeners[0].address.socket_address.port_value", line: 4, column: 64,
            phrase: "port -1 is out of range"),
    ] + ["fast", "1.5", "-1s", "1m", "1.0000000001s", "\"\""].map { duration in
        BrokenConfig(
            name: "bad duration \(duration)",
            config: base.replacing(line: 24, with: "    connect_timeout: \(duration)"),
            path: "\(cluster).connect_timeout", line: 24, column: 22,
            phrase: "expected a duration such as \"0.25s\" or \"15s\"")
    } + [
        BrokenConfig(
            name: "zero connect timeout", config: base.replacing(line: 24, with: "    connect_timeout: 0s"),
            path: "\(cluster).connect_timeout", line: 24, column: 22, phrase: "connect_timeout must be greater than 0"),
        BrokenConfig(
            name: "bad route timeout",
            config: base.replacing(line: 17, with: "                route: {cluster: app, timeout: 1m}"),
            path: "\(route).route.timeout", line: 17, column: 48, phrase: "got \"1m\""),
    ]

    static let names: [BrokenConfig] = [
        BrokenConfig(
            name: "unknown field with a suggestion", config: base.replacing(line: 24, with: "    conect_timeout: 1s"),
            path: "\(cluster).conect_timeout", line: 24, column: 5,
            phrase: "unknown field 'conect_timeout' (did you mean 'connect_timeout'?)"),
        BrokenConfig(
            name: "unknown top-level field with a suggestion",
            config: base.inserting(after: 31, "stats_flush_intervall: 5s"),
            path: "stats_flush_intervall", line: 32, column: 1,
            phrase: "unknown field 'stats_flush_intervall' (did you mean 'stats_flush_interval'?)"),
        BrokenConfig(
            name: "listeners at the top level", config: base.inserting(after: 31, "listeners: []"),
            path: "listeners", line: 32, column: 1, phrase: "unknown field 'listeners'"),
        BrokenConfig(
            name: "unknown enum value lb_policy",
            config: base.inserting(after: 23, "    lb_policy: ROUND_ROBBIN"),
            path: "\(cluster).lb_policy", line: 24, column: 16,
            phrase: "unknown value \"ROUND_ROBBIN\"; expected one of ROUND_ROBIN, LEAST_REQUEST, RANDOM "
                + "(did you mean ROUND_ROBIN?)"),
        BrokenConfig(
            name: "unknown enum value type", config: base.replacing(line: 23, with: "    type: STRICT_DNZ"),
            path: "\(cluster).type", line: 23, column: 11, phrase: "(did you mean STRICT_DNS?)"),
        BrokenConfig(
            name: "unsupported lb_policy RING_HASH", config: base.inserting(after: 23, "    lb_policy: RING_HASH"),
            path: "\(cluster).lb_policy", line: 24, column: 16,
            phrase: "RING_HASH is not supported by nuncio; supported: ROUND_ROBIN, LEAST_REQUEST, RANDOM"),
        BrokenConfig(
            name: "unsupported cluster type ORIGINAL_DST",
            config: base.replacing(line: 23, with: "    type: ORIGINAL_DST"),
            path: "\(cluster).type", line: 23, column: 11, phrase: "ORIGINAL_DST is not supported by nuncio"),
        BrokenConfig(
            name: "EDS cluster without eds_cluster_config",
            config: base.replacing(line: 23, with: "    type: EDS").replacing(lines: 25...29, with: ""),
            path: cluster, line: 22, column: 5, phrase: "an EDS cluster needs eds_cluster_config"),
        BrokenConfig(
            name: "unsupported codec HTTP3", config: base.inserting(after: 10, "          codec_type: HTTP3"),
            path: "\(hcm).codec_type", line: 11, column: 23, phrase: "HTTP3 is not supported by nuncio"),
        BrokenConfig(
            name: "unknown network filter name",
            config: base.replacing(lines: 7...9, with: """
                      - name: envoy.filters.network.http_conection_manager
                        config:
                """),
            path: "static_resources.listeners[0].filter_chains[0].filters[0].name", line: 7, column: 15,
            phrase: "unknown network filter 'envoy.filters.network.http_conection_manager'; known: "
                + "envoy.filters.network.http_connection_manager (did you mean "),
        BrokenConfig(
            name: "unsupported network filter by @type",
            config: base.replacing(
                line: 9, with: "          \"@type\": \(typeURL("filters.network.tcp_proxy.v3.TcpProxy"))"),
            path: "\(hcm).@type", line: 9, column: 20,
            phrase: "network filter 'envoy.filters.network.http_connection_manager' "
                + "(type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy) is not supported"),
        BrokenConfig(
            name: "wrong @type in the connection manager's typed_config",
            config: base.replacing(
                line: 9, with: "          \"@type\": \(typeURL("filters.http.router.v3.Router"))"),
            path: "\(hcm).@type", line: 9, column: 20,
            phrase: "expected type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3."),
        BrokenConfig(
            name: "wrong @type for the DNS resolver",
            config: base.inserting(after: 31, """
                typed_dns_resolver_config:
                  name: envoy.network.dns_resolver.cares
                  typed_config:
                    "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
                """),
            path: "typed_dns_resolver_config.typed_config.@type", line: 35, column: 14,
            phrase: "expected @type type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3."),
        BrokenConfig(
            name: "unknown HTTP filter",
            config: base.inserting(after: 18, "          - name: envoy.filters.http.routr"),
            path: "\(hcm).http_filters[0].name", line: 19, column: 19,
            phrase: "unknown HTTP filter 'envoy.filters.http.routr'; known: envoy.filters.http.router, "
                + "envoy.filters.http.health_check, envoy.filters.http.buffer (did you mean 'envoy.filters.http.router'?)"),
        BrokenConfig(
            name: "unsupported HTTP filter",
            config: base.inserting(after: 18, "          - name: envoy.filters.http.cors"),
            path: "\(hcm).http_filters[0].name", line: 19, column: 19,
            phrase: "HTTP filter 'envoy.filters.http.cors' "
                + "(type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors) is not supported by nuncio"),
        BrokenConfig(
            name: "unsupported HTTP filter by v2 name",
            config: base.inserting(after: 18, "          - name: envoy.rate_limit"),
            path: "\(hcm).http_filters[0].name", line: 19, column: 19,
            phrase: "HTTP filter 'envoy.rate_limit' "
                + "(type.googleapis.com/envoy.extensions.filters.http.ratelimit.v3.RateLimit) is not supported"),
        BrokenConfig(
            name: "unsupported HTTP filter by @type",
            config: base.inserting(after: 18, """
                          - name: my_cors
                            typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors}
                """),
            path: "\(hcm).http_filters[0].typed_config.@type", line: 20, column: 37,
            phrase: "HTTP filter 'my_cors' (type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors) "
                + "is not supported by nuncio"),
        BrokenConfig(
            name: "router not last", config: base.inserting(after: 20, healthCheckFilter),
            path: "\(hcm).http_filters[1]", line: 21, column: 13,
            phrase: "non-terminal filter 'envoy.filters.http.health_check' is the last filter in the http "
                + "filter chain"),
        BrokenConfig(
            name: "missing router", config: base.replacing(lines: 19...20, with: healthCheckFilter),
            path: "\(hcm).http_filters[0]", line: 19, column: 13, phrase: "the router must be last"),
    ]

    static let chain: [BrokenConfig] = [
        BrokenConfig(
            name: "disabled router", config: base.inserting(after: 19, "            disabled: true"),
            path: "\(hcm).http_filters[0]", line: 19, column: 13,
            phrase: "the last (terminal) filter (envoy.filters.http.router) in the chain cannot be disabled"),
        BrokenConfig(
            name: "unknown filter that is not optional",
            config: base.inserting(after: 18, "          - {name: envoy.filters.http.foo, disabled: true}"),
            path: "\(hcm).http_filters[0].name", line: 19, column: 20, phrase: "unknown HTTP filter"),
    ]

    static let unsupported: [BrokenConfig] = [
        BrokenConfig(
            name: "transport_socket on a cluster",
            config: base.inserting(after: 24, "    transport_socket: {name: envoy.transport_sockets.tls}"),
            path: "\(cluster).transport_socket", line: 25, column: 5,
            phrase: "field 'transport_socket' is not supported by nuncio"),
        BrokenConfig(
            name: "tracing in the connection manager", config: base.inserting(after: 10, "          tracing: {}"),
            path: "\(hcm).tracing", line: 11, column: 11, phrase: "field 'tracing' is not supported by nuncio"),
        BrokenConfig(
            name: "rds from ads",
            config: base.replacing(
                lines: 11...17, with: "          rds: {route_config_name: local, config_source: {ads: {}}}"),
            path: "\(hcm).rds.config_source.ads", line: 11, column: 64,
            phrase: "field 'ads' is not supported by nuncio; use path_config_source"),
        BrokenConfig(
            name: "dynamic_resources from ads",
            config: base.inserting(after: 31, "dynamic_resources: {ads_config: {}}"),
            path: "dynamic_resources.ads_config", line: 32, column: 21,
            phrase: "field 'ads_config' is not supported by nuncio"),
    ]

    static let structure: [BrokenConfig] = [
        BrokenConfig(
            name: "prefix and path in one match",
            config: base.replacing(line: 16, with: "              - match: {prefix: \"/\", path: \"/x\"}"),
            path: "\(route).match.path", line: 16, column: 44,
            phrase: "'prefix' and 'path' cannot both be set: the path match takes only one of"),
        BrokenConfig(
            name: "missing stat_prefix", config: base.deleting(line: 10),
            path: hcm, line: 9, column: 11, phrase: "missing required field 'stat_prefix'"),
        BrokenConfig(
            name: "missing cluster name", config: base.replacing(lines: 22...23, with: "  - type: STATIC"),
            path: cluster, line: 22, column: 5, phrase: "missing required field 'name'"),
        BrokenConfig(
            name: "empty load assignment cluster_name",
            config: base.replacing(line: 26, with: "      cluster_name: \"\""),
            path: "\(cluster).load_assignment.cluster_name", line: 26, column: 21,
            phrase: "expected a non-empty string"),
        BrokenConfig(
            name: "route without an action", config: base.deleting(line: 17),
            path: route, line: 16, column: 17,
            phrase: "missing the route action: expected one of route, redirect, direct_response"),
        BrokenConfig(
            name: "invalid safe_regex",
            config: base.replacing(line: 16, with: "              - match: {safe_regex: {regex: \"([\"}}"),
            path: "\(route).match.safe_regex.regex", line: 16, column: 45,
            phrase: "invalid regular expression \"([\""),
        BrokenConfig(
            name: "STATIC cluster with a host name",
            config: base.replacing(
                line: 29,
                with: "        - endpoint: {address: {socket_address: {address: app.internal, port_value: 9000}}}"),
            path: "\(cluster).load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address.address",
            line: 29, column: 58, phrase: "STATIC cluster 'app' needs IP addresses; \"app.internal\" is a name"),
        BrokenConfig(
            name: "LOGICAL_DNS with two endpoints",
            config: base.replacing(line: 23, with: "    type: LOGICAL_DNS")
                .inserting(after: 29, base.text(of: 29...29).replacingOccurrences(of: "9000", with: "9001")),
            path: "\(cluster).load_assignment.endpoints", line: 28, column: 7,
            phrase: "LOGICAL_DNS clusters must have a single locality_lb_endpoint and a single lb_endpoint"),
    ]

    static let crossChecks: [BrokenConfig] = [
        BrokenConfig(
            name: "route names an undefined cluster",
            config: base.replacing(line: 17, with: "                route: {cluster: appp}"),
            path: "\(route).route.cluster", line: 17, column: 34,
            phrase: "route names cluster 'appp', which is not defined in static_resources.clusters "
                + "(did you mean 'app'?)"),
        BrokenConfig(
            name: "weighted cluster names an undefined cluster",
            config: base.replacing(line: 17, with: """
                                route:
                                  weighted_clusters:
                                    clusters: [{name: app, weight: 1}, {name: other, weight: 1}]
                """),
            path: "\(route).route.weighted_clusters.clusters[1].name", line: 19, column: 63,
            phrase: "route names cluster 'other', which is not defined"),
        BrokenConfig(
            name: "duplicate cluster names", config: base.inserting(after: 29, base.text(of: 22...29)),
            path: "static_resources.clusters[1].name", line: 30, column: 11,
            phrase: "duplicate cluster name 'app': cluster names must be unique"),
        BrokenConfig(
            name: "duplicate listener names",
            config: base.inserting(after: 20, base.text(of: 3...20).replacingOccurrences(of: "8080", with: "8081")),
            path: "static_resources.listeners[1].name", line: 21, column: 11,
            phrase: "duplicate listener name 'web' (also static_resources.listeners[0])"),
        BrokenConfig(
            name: "two listeners on one address",
            config: base.inserting(after: 20, base.text(of: 3...20).replacingOccurrences(of: "web", with: "web2")),
            path: "static_resources.listeners[1].address", line: 22, column: 14,
            phrase: "listener address 127.0.0.1:8080 is already used by static_resources.listeners[0]"),
        BrokenConfig(
            name: "listener on a host name",
            config: base.replacing(
                line: 4, with: "    address: {socket_address: {address: localhost, port_value: 8080}}"),
            path: "static_resources.listeners[0].address.socket_address.address", line: 4, column: 41,
            phrase: "malformed IP address \"localhost\""),
        BrokenConfig(
            name: "admin on a host name",
            config: base.replacing(
                line: 31, with: "  address: {socket_address: {address: admin.local, port_value: 9901}}"),
            path: "admin.address.socket_address.address", line: 31, column: 39,
            phrase: "a listening address must be an IP address, not a name"),
        BrokenConfig(
            name: "STATIC cluster with a host name in v2 hosts",
            config: base.replacing(lines: 25...29, with: """
                    hosts:
                    - socket_address: {address: 127.0.0.1, port_value: 9000}
                    - socket_address: {address: app.internal, port_value: 9000}
                """),
            path: "\(cluster).hosts[1].socket_address.address", line: 27, column: 33,
            phrase: "STATIC cluster 'app' needs IP addresses; \"app.internal\" is a name"),
        BrokenConfig(
            name: "duplicate domain across virtual hosts",
            config: base.inserting(after: 17, """
                            - name: other
                              domains: ["example.com", "*"]
                              routes: [{match: {prefix: "/"}, direct_response: {status: 200}}]
                """),
            path: "\(hcm).route_config.virtual_hosts[1].domains[1]", line: 19, column: 40,
            phrase: "domain \"*\" of virtual host 'other' is already used by virtual host 'all'"),
        BrokenConfig(
            name: "duplicate domain in one virtual host",
            config: base.replacing(line: 14, with: "              domains: [\"*\", \"*\"]"),
            path: "\(hcm).route_config.virtual_hosts[0].domains[1]", line: 14, column: 30,
            phrase: "only unique values for domains are permitted"),
    ]

    static let all = syntax + types + names + chain + unsupported + structure + crossChecks

    @Test(arguments: all)
    func rejects(_ broken: BrokenConfig) throws {
        try broken.expectError()
    }

    @Test func theTableIsLargeAndTheBaseIsValid() throws {
        #expect(Self.all.count >= 30)
        let loaded = try Self.base.load()
        #expect(loaded.warnings.isEmpty)
        #expect(!loaded.usesV2)
    }

    /// Windows line endings must not shift lines or lose the snippet.
    @Test(arguments: all.filter { ["over-indented key", "duplicate YAML key", "unknown field with a suggestion"]
        .contains($0.name) })
    func crlfLineEndings(_ broken: BrokenConfig) throws {
        let text = broken.config.description.replacingOccurrences(of: "\n", with: "\r\n")
        #expect {
            _ = try BootstrapLoader.load(text: text, file: "crlf.yaml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == broken.line && error.path == broken.path && error.snippet?.contains("\r") == false
                && error.snippet?.hasSuffix("^") == true
        }
    }

    @Test func missingFileIsLineZero() {
        #expect {
            _ = try BootstrapLoader.load(path: "/nonexistent/nuncio/envoy.yaml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == 0 && error.path.isEmpty && error.message.contains("no such file")
                && error.description.hasPrefix("/nonexistent/nuncio/envoy.yaml: cannot read")
        }
    }

    @Test func protobufBootstrapIsRefusedByName() {
        #expect {
            _ = try BootstrapLoader.load(path: "/tmp/envoy.pb")
        } throws: { error in
            (error as? ConfigError)?.message.contains("protobuf bootstraps are not supported by nuncio") == true
        }
    }
}

import Foundation
import Testing

@testable import NuncioConfig

/// A config as numbered lines, edited by line number so that each test knows exactly where its change lands.
struct ConfigText: Sendable, CustomStringConvertible {
    var lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
    }

    var description: String { lines.joined(separator: "\n") + "\n" }

    /// Replaces line `number` (1-based) with `replacement`, which may span several lines or none.
    func replacing(line number: Int, with replacement: String) -> ConfigText {
        replacing(lines: number...number, with: replacement)
    }

    func replacing(lines range: ClosedRange<Int>, with replacement: String) -> ConfigText {
        var copy = self
        let new = replacement.isEmpty ? [] : replacement.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        copy.lines.replaceSubrange((range.lowerBound - 1)..<range.upperBound, with: new)
        return copy
    }

    /// Inserts `text` after line `number`, so that its first line becomes line `number + 1`.
    func inserting(after number: Int, _ text: String) -> ConfigText {
        var copy = self
        copy.lines.insert(contentsOf: text.split(separator: "\n").map(String.init), at: number)
        return copy
    }

    func deleting(line number: Int) -> ConfigText {
        replacing(line: number, with: "")
    }

    /// Lines `range`, joined, for copying a listener or cluster.
    func text(of range: ClosedRange<Int>) -> String {
        lines[(range.lowerBound - 1)..<range.upperBound].joined(separator: "\n")
    }

    func load(file: String = "test.yaml") throws -> LoadedConfig {
        try BootstrapLoader.load(text: description, file: file)
    }

    /// The error loading this config gives; records a failure (and returns nil) when it loads.
    func loadError(file: String = "test.yaml", sourceLocation: SourceLocation = #_sourceLocation) -> ConfigError? {
        do {
            _ = try load(file: file)
            Issue.record("expected the config to be rejected:\n\(description)", sourceLocation: sourceLocation)
            return nil
        } catch let error as ConfigError {
            return error
        } catch {
            Issue.record("expected a ConfigError, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}

extension ConfigText {
    /// A small valid v3 front proxy (checked with `envoy --mode validate`). Line numbers matter to the tests:
    ///  3 listener `web`, 4 its address, 10 `stat_prefix`, 14 `domains`, 16 the route match, 17 the route action,
    /// 19-20 the router, 22 cluster `app`, 23 `type`, 24 `connect_timeout`, 29 its endpoint, 30-31 `admin`.
    static let base = ConfigText("""
        static_resources:
          listeners:
          - name: web
            address: {socket_address: {address: 127.0.0.1, port_value: 8080}}
            filter_chains:
            - filters:
              - name: envoy.filters.network.http_connection_manager
                typed_config:
                  "@type": \(hcmType)
                  stat_prefix: ingress
                  route_config:
                    virtual_hosts:
                    - name: all
                      domains: ["*"]
                      routes:
                      - match: {prefix: "/"}
                        route: {cluster: app}
                  http_filters:
                  - name: envoy.filters.http.router
                    typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router}
          clusters:
          - name: app
            type: STATIC
            connect_timeout: 1s
            load_assignment:
              cluster_name: app
              endpoints:
              - lb_endpoints:
                - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 9000}}}
        admin:
          address: {socket_address: {address: 127.0.0.1, port_value: 9901}}
        """)

    static let hcmType =
        "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"

    /// The path of the base's connection manager config, which most listener paths start with.
    static let hcm = "static_resources.listeners[0].filter_chains[0].filters[0].typed_config"
    static let firstRoute = hcm + ".route_config.virtual_hosts[0].routes[0]"
}

import Benchmark
import Foundation
import MicroSupport
import NIOHTTP1
import NuncioConfig
import NuncioProxy

// The route matcher: `RouteTable.route(for:authority:)`, once per request on the proxy's hot path.
// Each iteration matches 1,000 requests; figures are per match.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = microConfiguration(scalingFactor: .kilo)

    // The seed config as shipped (`Resources/front-envoy.yaml`): one virtual host `*`, two prefix routes.
    let seed = RouteTable(routeConfiguration(of: try! BootstrapLoader.load(path: seedConfigPath)))
    match("seed: /service/1 (first route)", seed, "/service/1/users?id=7", "localhost:8000",
          expect: .prefix("/service/1"))
    match("seed: /service/2 (second route)", seed, "/service/2/users?id=7", "localhost:8000",
          expect: .prefix("/service/2"))
    match("seed: no route (404)", seed, "/other", "localhost:8000", expect: nil)

    // 50 virtual hosts x 20 routes, each host with an exact, a `*.suffix` and a `prefix.*` domain; the last host
    // is the one asked for.
    let large = RouteTable(
        routeConfiguration(of: try! BootstrapLoader.load(text: largeConfigYAML(), file: "large.yaml")))
    match("50x20: exact domain, first route", large, "/api/v1/resource-0/items", "host-49.example.com",
          expect: .prefix("/api/v1/resource-0/"))
    match("50x20: exact domain, last route", large, "/static/app.js", "host-49.example.com",
          expect: .prefix("/static/"))
    match("50x20: *.suffix domain, last route", large, "/static/app.js", "edge.svc-49.example.com",
          expect: .prefix("/static/"))
    match("50x20: prefix.* domain, last route", large, "/static/app.js", "api-49.example.net",
          expect: .prefix("/static/"))
    match("50x20: regex route", large, "/users/42/orders", "host-49.example.com",
          expect: .safeRegex("/users/[0-9]+/orders"))
    match("50x20: unknown domain (404)", large, "/static/app.js", "nowhere.example.org", expect: nil)
}

/// Registers one benchmark, after checking that the request really lands where the name says.
func match(_ name: String, _ table: RouteTable, _ uri: String, _ authority: String, expect: RouteMatch.PathSpecifier?) {
    let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: uri, headers: ["host": authority])
    let found = table.route(for: head, authority: authority)?.config.match.path
    precondition(
        found == expect, "\(name): matched \(String(describing: found)), expected \(String(describing: expect))")
    Benchmark("RouteTable \(name)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(table.route(for: head, authority: authority))
        }
    }
}

func routeConfiguration(of loaded: LoadedConfig) -> RouteConfiguration {
    loaded.bootstrap.listeners[0].httpConnectionManager.routeConfig
}

/// `Resources/front-envoy.yaml` of the Nuncio checkout this package sits in (`Benchmarks/Micro/Benchmarks/<target>/`).
let seedConfigPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<5 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Resources/front-envoy.yaml").path
}()

/// A bootstrap whose route table has 50 virtual hosts of 20 routes: 17 prefixes, an exact path, a regex, and a
/// last prefix route, so a request for `/static/...` walks every route of its host.
func largeConfigYAML(hosts: Int = 50) -> String {
    var yaml = """
        static_resources:
          listeners:
          - address: {socket_address: {address: 127.0.0.1, port_value: 10000}}
            filter_chains:
            - filters:
              - name: envoy.filters.network.http_connection_manager
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                  stat_prefix: ingress_http
                  http_filters:
                  - name: envoy.filters.http.router
                  route_config:
                    name: large
                    virtual_hosts:

        """
    for host in 0..<hosts {
        yaml += """
                        - name: host-\(host)
                          domains: ["host-\(host).example.com", "*.svc-\(host).example.com", "api-\(host).example.*"]
                          routes:

            """
        for route in 0..<17 {
            yaml += "                - {match: {prefix: \"/api/v1/resource-\(route)/\"}, route: {cluster: service1}}\n"
        }
        yaml += """
                            - {match: {path: "/health-\(host)"}, route: {cluster: service1}}
                            - {match: {safe_regex: {regex: "/users/[0-9]+/orders"}}, route: {cluster: service1}}
                            - {match: {prefix: "/static/"}, route: {cluster: service1}}

            """
    }
    yaml += """
          clusters:
          - name: service1
            connect_timeout: 0.25s
            type: STATIC
            load_assignment:
              cluster_name: service1
              endpoints:
              - lb_endpoints:
                - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 8080}}}

        """
    return yaml
}

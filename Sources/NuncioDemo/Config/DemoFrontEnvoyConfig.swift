/// The front proxy's bootstrap for `nuncio demo`: `Resources/demo-front-envoy.yaml`, compiled in so the binary
/// needs no files beside it (a test keeps the two identical), and rendered with the ports the demo really uses.
public enum DemoFrontEnvoyConfig {
    /// Where the demo's pieces listen: the file's own values by default; `render` puts others in their place.
    public struct Addresses: Sendable, Equatable {
        public var listenerPort: Int
        public var adminPort: Int
        public var backendPort: Int
        public var dnsHost: String
        public var dnsPort: Int

        public init(
            listenerPort: Int = 8000, adminPort: Int = 8001, backendPort: Int = 80, dnsHost: String = "127.0.0.53",
            dnsPort: Int = 5353
        ) {
            self.listenerPort = listenerPort
            self.adminPort = adminPort
            self.backendPort = backendPort
            self.dnsHost = dnsHost
            self.dnsPort = dnsPort
        }
    }

    public static let fileName = "demo-front-envoy.yaml"

    /// The file as shipped.
    public static let yaml = #"""
# The seed's front-envoy.yaml (Envoy's v2 API, as in the sandbox) for `nuncio demo`: the whole walkthrough in one
# process, no Docker. Every change from the seed is marked "demo:"; everything else is the seed's, byte for byte.
static_resources:
  listeners:
  - address:
      socket_address:
        # demo: loopback on 8000, what Docker's "8000:80" port mapping gave the host (the seed: 0.0.0.0:80).
        address: 127.0.0.1
        port_value: 8000
    filter_chains:
    - filters:
      - name: envoy.http_connection_manager
        config:
          codec_type: auto
          stat_prefix: ingress_http
          route_config:
            name: local_route
            virtual_hosts:
            - name: backend
              domains:
              - "*"
              routes:
              - match:
                  prefix: "/service/1"
                route:
                  cluster: service1
              - match:
                  prefix: "/service/2"
                route:
                  cluster: service2
          http_filters:
          - name: envoy.router
            config: {}
  clusters:
  - name: service1
    connect_timeout: 0.25s
    type: strict_dns
    lb_policy: round_robin
    http2_protocol_options: {}
    # demo: re-resolve every second (Envoy's default is 5s), so scaling shows at once.
    dns_refresh_rate: 1s
    hosts:
    - socket_address:
        address: service1
        # demo: the instances listen on 127.0.0.11, .12, ... port 80; nuncio demo rewrites this port when it
        # has to fall back to an unprivileged one.
        port_value: 80
  - name: service2
    connect_timeout: 0.25s
    type: strict_dns
    lb_policy: round_robin
    http2_protocol_options: {}
    # demo: as for service1.
    dns_refresh_rate: 1s
    hosts:
    - socket_address:
        address: service2
        # demo: the instances listen on 127.0.0.21, .22, ... port 80, as for service1.
        port_value: 80
# demo: the names service1 and service2 are answered by the demo's DNS server on 127.0.0.53:5353, standing in for
# Docker's embedded DNS (the seed relied on the container's resolv.conf).
typed_dns_resolver_config:
  name: envoy.network.dns_resolver.cares
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig
    resolvers:
    - socket_address:
        address: 127.0.0.53
        port_value: 5353
    use_resolvers_as_fallback: false
    dns_resolver_options:
      no_default_search_domain: true
admin:
  access_log_path: "/dev/null"
  address:
    socket_address:
      # demo: loopback only (the seed: 0.0.0.0:8001, published as 8001:8001).
      address: 127.0.0.1
      port_value: 8001

"""#

    /// The file with `addresses` in place of its own. Lines are matched whole, so comments are never touched.
    public static func render(_ addresses: Addresses) -> String {
        let file = Addresses()
        let replacements: [(old: String, new: String)] = [
            ("port_value: \(file.listenerPort)", "port_value: \(addresses.listenerPort)"),
            ("port_value: \(file.adminPort)", "port_value: \(addresses.adminPort)"),
            ("port_value: \(file.backendPort)", "port_value: \(addresses.backendPort)"),
            ("address: \(file.dnsHost)", "address: \(addresses.dnsHost)"),
            ("port_value: \(file.dnsPort)", "port_value: \(addresses.dnsPort)"),
        ]
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let indent = line.prefix { $0 == " " }
            let content = line.dropFirst(indent.count)
            guard let replacement = replacements.first(where: { $0.old == content }) else { return String(line) }
            return indent + replacement.new
        }
        return lines.joined(separator: "\n")
    }
}

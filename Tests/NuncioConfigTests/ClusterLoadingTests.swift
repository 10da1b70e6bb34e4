import Testing

@testable import NuncioConfig

/// Clusters: discovery types, load balancing, upstream HTTP/2 in both spellings, DNS settings, health checks,
/// circuit breakers, outlier detection, and v2 `hosts` against v3 `load_assignment`.
@Suite struct ClusterLoadingTests {
    static let cluster = "static_resources.clusters[0]"

    static func cluster(_ name: String) throws -> Cluster {
        try #require(try Fixtures.full().cluster(named: name))
    }

    @Test func strictDnsLeastRequestCluster() throws {
        let api = try Self.cluster("api")
        #expect(api.type == .STRICT_DNS)
        #expect(api.connectTimeout == .milliseconds(250))
        #expect(api.lbPolicy == .LEAST_REQUEST)
        #expect(api.leastRequestChoiceCount == 3)
        #expect(api.dnsRefreshRate == .seconds(10))
        #expect(api.respectDnsTtl)
        #expect(api.dnsLookupFamily == .V4_ONLY)
        #expect(api.dnsResolver == DnsResolverConfig(
            resolvers: [SocketAddress(address: "10.0.0.53", port: 53)], useResolversAsFallback: true))
    }

    @Test func typedHttp2ProtocolOptions() throws {
        let api = try Self.cluster("api")
        var http2 = Http2ProtocolOptions()
        http2.maxConcurrentStreams = 100
        http2.initialStreamWindowSize = 65536
        #expect(api.upstreamProtocol == .http2(http2))
        #expect(api.idleTimeout == .seconds(30))
        #expect(api.maxRequestsPerConnection == 1000)
    }

    /// v2's `http2_protocol_options` on the cluster and v3's typed extension options give the same model.
    @Test func bothHttp2Spellings() throws {
        let v2 = try ConfigText.base.inserting(after: 24, "    http2_protocol_options: {}").load()
        let v3 = try ConfigText.base.inserting(after: 24, """
                typed_extension_protocol_options:
                  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                    explicit_http_config: {http2_protocol_options: {}}
            """).load()
        #expect(v2.bootstrap.clusters[0].upstreamProtocol == .http2(Http2ProtocolOptions()))
        #expect(v2.bootstrap == v3.bootstrap)
    }

    @Test func explicitHttp1() throws {
        let config = ConfigText.base.inserting(after: 24, """
                typed_extension_protocol_options:
                  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                    explicit_http_config: {http_protocol_options: {}}
            """)
        #expect(try config.load().bootstrap.clusters[0].upstreamProtocol == .http1)
    }

    @Test func autoConfigIsNotSupported() {
        let error = ConfigText.base.inserting(after: 24, """
                typed_extension_protocol_options:
                  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
                    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
                    auto_config: {}
            """).loadError()
        #expect(error?.path == Self.cluster
            + ".typed_extension_protocol_options.envoy.extensions.upstreams.http.v3.HttpProtocolOptions.auto_config")
        #expect(error?.line == 28)
        #expect(error?.message.contains("'auto_config' is not supported by nuncio") == true)
    }

    @Test func clusterDefaults() throws {
        let cluster = try ConfigText.base.load().bootstrap.clusters[0]
        #expect(cluster.type == .STATIC)
        #expect(cluster.lbPolicy == .ROUND_ROBIN)
        #expect(cluster.upstreamProtocol == .http1)
        #expect(cluster.dnsRefreshRate == .seconds(5))
        #expect(cluster.dnsLookupFamily == .AUTO)
        #expect(cluster.dnsResolver == nil)
        #expect(cluster.healthChecks.isEmpty)
        #expect(cluster.circuitBreakers == CircuitBreakers())
        #expect(cluster.outlierDetection == nil)
        #expect(cluster.idleTimeout == .seconds(3600))
    }

    @Test func connectTimeoutDefaultsToFiveSeconds() throws {
        let cluster = try ConfigText.base.deleting(line: 24).load().bootstrap.clusters[0]
        #expect(cluster.connectTimeout == .seconds(5))
    }

    @Test(arguments: [
        ("STATIC", Cluster.DiscoveryType.STATIC), ("STRICT_DNS", .STRICT_DNS), ("LOGICAL_DNS", .LOGICAL_DNS),
        ("strict_dns", .STRICT_DNS),
    ])
    func discoveryTypes(spelling: String, type: Cluster.DiscoveryType) throws {
        let config = ConfigText.base.replacing(line: 23, with: "    type: \(spelling)")
        #expect(try config.load().bootstrap.clusters[0].type == type)
    }

    @Test(arguments: [
        ("ROUND_ROBIN", Cluster.LbPolicy.ROUND_ROBIN), ("LEAST_REQUEST", .LEAST_REQUEST), ("RANDOM", .RANDOM),
    ])
    func lbPolicies(spelling: String, policy: Cluster.LbPolicy) throws {
        let config = ConfigText.base.inserting(after: 23, "    lb_policy: \(spelling)")
        #expect(try config.load().bootstrap.clusters[0].lbPolicy == policy)
    }

    @Test(arguments: ["AUTO", "V4_ONLY", "V6_ONLY", "V4_PREFERRED", "ALL"])
    func dnsLookupFamilies(spelling: String) throws {
        let config = ConfigText.base.replacing(line: 23, with: "    type: STRICT_DNS")
            .inserting(after: 23, "    dns_lookup_family: \(spelling)")
        #expect(try config.load().bootstrap.clusters[0].dnsLookupFamily.rawValue == spelling)
    }

    /// Envoy's rule is "greater than 1ms".
    @Test func dnsRefreshRateMustExceedOneMillisecond() throws {
        let oneMs = ConfigText.base.inserting(after: 24, "    dns_refresh_rate: 0.001s").loadError()
        #expect(oneMs?.path == "\(Self.cluster).dns_refresh_rate")
        #expect(oneMs?.message == "dns_refresh_rate must be greater than 1ms")
        let twoMs = ConfigText.base.inserting(after: 24, "    dns_refresh_rate: 0.002s")
        #expect(try twoMs.load().bootstrap.clusters[0].dnsRefreshRate == .milliseconds(2))
    }

    @Test func httpHealthCheck() throws {
        let check = try #require(try Self.cluster("api").healthChecks.first)
        #expect(check.timeout == .seconds(1))
        #expect(check.interval == .seconds(5))
        #expect(check.unhealthyThreshold == 3)
        #expect(check.healthyThreshold == 2)
        #expect(check.noTrafficInterval == .seconds(30))
        #expect(check.kind == .http(.init(path: "/health", host: "api.internal", expectedStatuses: [200..<300],
            useHTTP2: false)))
    }

    @Test func tcpHealthCheck() throws {
        let check = try #require(try Self.cluster("api-canary").healthChecks.first)
        #expect(check.kind == .tcp)
        #expect(check.noTrafficInterval == .seconds(60))
    }

    @Test func healthCheckNeedsThresholds() {
        let error = ConfigText.base.inserting(after: 24, """
                health_checks:
                - {timeout: 1s, interval: 5s, healthy_threshold: 1, http_health_check: {path: /}}
            """).loadError()
        #expect(error?.path == "\(Self.cluster).health_checks[0]")
        #expect(error?.message == "missing required field 'unhealthy_threshold'")
    }

    @Test func circuitBreakers() throws {
        let breakers = try Self.cluster("api").circuitBreakers
        #expect(breakers.defaultPriority.maxConnections == 100)
        #expect(breakers.defaultPriority.maxPendingRequests == 50)
        #expect(breakers.defaultPriority.maxRequests == 200)
        #expect(breakers.defaultPriority.maxRetries == 5)
        #expect(breakers.highPriority.maxConnections == 10)
        #expect(breakers.highPriority.maxRequests == 1024)
    }

    @Test func circuitBreakersTrackRemaining() throws {
        let loaded = try ConfigText.base.inserting(after: 24, """
                circuit_breakers:
                  thresholds:
                  - {max_connections: 7, track_remaining: true}
            """).load()
        let breakers = try #require(loaded.bootstrap.cluster(named: "app")).circuitBreakers
        #expect(breakers.defaultPriority.trackRemaining)
        #expect(breakers.defaultPriority.maxConnections == 7)
        #expect(!breakers.highPriority.trackRemaining)
    }

    @Test func endpointHealthStatusAndLocalityWeight() throws {
        let loaded = try ConfigText.base.replacing(lines: 28...29, with: """
                  - load_balancing_weight: 5
                    lb_endpoints:
                    - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 9000}}}
                      health_status: DEGRADED
                      load_balancing_weight: 2
            """).load()
        let endpoint = try #require(loaded.bootstrap.cluster(named: "app")?.loadAssignment.allEndpoints.first)
        #expect(endpoint.healthStatus == .DEGRADED)
        #expect(endpoint.weight == 2)
        #expect(loaded.bootstrap.cluster(named: "app")?.loadAssignment.endpoints.first?.loadBalancingWeight == 5)
        let zero = ConfigText.base.replacing(lines: 28...29, with: """
                  - load_balancing_weight: 0
                    lb_endpoints: []
            """).loadError()
        #expect(zero?.message == "load_balancing_weight must be at least 1")
    }

    @Test func activeRequestBias() throws {
        let loaded = try ConfigText.base.inserting(after: 24, """
                lb_policy: LEAST_REQUEST
                least_request_lb_config:
                  active_request_bias: {default_value: 0.5, runtime_key: lb.bias}
            """).load()
        #expect(loaded.bootstrap.cluster(named: "app")?.activeRequestBias == 0.5)
        let noKey = ConfigText.base.inserting(after: 24, """
                least_request_lb_config: {active_request_bias: {default_value: 0.5}}
            """).loadError()
        #expect(noKey?.message == "missing required field 'runtime_key'")
    }

    /// Of the common HTTP options, a cluster takes `idle_timeout` and `max_requests_per_connection`; the rest are
    /// refused rather than ignored.
    @Test func clusterCommonHttpOptions() throws {
        let loaded = try ConfigText.base.inserting(after: 24, """
                common_http_protocol_options: {idle_timeout: 2s, max_requests_per_connection: 0}
            """).load()
        let cluster = try #require(loaded.bootstrap.cluster(named: "app"))
        #expect(cluster.idleTimeout == .seconds(2))
        #expect(cluster.maxRequestsPerConnection == 0)
        let error = ConfigText.base.inserting(after: 24, """
                common_http_protocol_options: {max_connection_duration: 2s}
            """).loadError()
        #expect(error?.path == "\(Self.cluster).common_http_protocol_options.max_connection_duration")
        #expect(error?.message == "field 'max_connection_duration' is not supported by nuncio")
    }

    @Test func healthCheckIntervalsAndConnectionReuse() throws {
        let loaded = try ConfigText.base.inserting(after: 24, """
                health_checks:
                - {timeout: 1s, interval: 5s, unhealthy_threshold: 2, healthy_threshold: 1, reuse_connection: false,
                   no_traffic_healthy_interval: 90s, initial_jitter: 1s, interval_jitter_percent: 10,
                   unhealthy_interval: 2s, http_health_check: {path: /, codec_client_type: HTTP2}}
            """).load()
        let check = try #require(loaded.bootstrap.cluster(named: "app")?.healthChecks.first)
        #expect(!check.reuseConnection)
        #expect(check.noTrafficHealthyInterval == .seconds(90))
        #expect(check.initialJitter == .seconds(1))
        #expect(check.intervalJitterPercent == 10)
        #expect(check.unhealthyInterval == .seconds(2))
        #expect(check.kind == .http(.init(path: "/", host: nil, expectedStatuses: [200..<201], useHTTP2: true)))
    }

    @Test func healthCheckRefusals() {
        let headers = ConfigText.base.inserting(after: 24, """
                health_checks:
                - {timeout: 1s, interval: 5s, unhealthy_threshold: 2, healthy_threshold: 1,
                   http_health_check: {path: /, request_headers_to_add: []}}
            """).loadError()
        #expect(headers?.message == "field 'request_headers_to_add' is not supported by nuncio")
        let two = ConfigText.base.inserting(after: 24, """
                health_checks:
                - {timeout: 1s, interval: 5s, unhealthy_threshold: 2, healthy_threshold: 1, tcp_health_check: {}}
                - {timeout: 1s, interval: 5s, unhealthy_threshold: 2, healthy_threshold: 1, tcp_health_check: {}}
            """).loadError()
        #expect(two?.path == "\(Self.cluster).health_checks[1]")
        #expect(two?.message == "more than one health check is not supported by nuncio")
    }

    /// Fields nuncio supports at one value: that value loads, the other is refused; fields for what nuncio does
    /// not do are refused.
    @Test func fieldsAtTheirSupportedValueOnly() throws {
        let accepted = try ConfigText.base.inserting(after: 24, """
                ignore_health_on_host_removal: true
                wait_for_warm_on_init: true
                close_connections_on_host_health_failure: false
                outlier_detection: {max_ejection_time_jitter: 2s, successful_active_health_check_uneject_host: false}
            """).load()
        let detection = try #require(accepted.bootstrap.cluster(named: "app")?.outlierDetection)
        #expect(detection.maxEjectionTimeJitter == .seconds(2))
        #expect(!detection.successfulActiveHealthCheckUnejectHost)
        let refused: [(String, String)] = [
            ("    close_connections_on_host_health_failure: true",
             "field 'close_connections_on_host_health_failure' is not supported by nuncio (only "
                + "close_connections_on_host_health_failure: false)"),
            ("    outlier_detection: {enforcing_success_rate: 100}",
             "field 'enforcing_success_rate' is not supported by nuncio"),
            ("    http_protocol_options: {enable_trailers: true}",
             "field 'enable_trailers' is not supported by nuncio (only enable_trailers: false)"),
        ]
        for (line, message) in refused {
            #expect(ConfigText.base.inserting(after: 24, line).loadError()?.message == message, "\(line)")
        }
        let healthCheckConfig = ConfigText.base.replacing(lines: 29...29, with: """
                    - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 9000}},
                                 health_check_config: {port_value: 9001}}
            """).loadError()
        #expect(healthCheckConfig?.message == "field 'health_check_config' is not supported by nuncio")
    }

    @Test func caresQueryTimeoutAndRefusals() throws {
        func resolver(_ options: String) -> ConfigText {
            ConfigText.base.inserting(after: 24, """
                    typed_dns_resolver_config:
                      name: envoy.network.dns_resolver.cares
                      typed_config:
                        "@type": type.googleapis.com/envoy.extensions.network.dns_resolver.cares.v3.CaresDnsResolverConfig
                        resolvers: [{socket_address: {address: 127.0.0.53, port_value: 53}}]
                        \(options)
                """)
        }
        let loaded = try resolver("query_timeout_seconds: 2").load()
        #expect(loaded.bootstrap.cluster(named: "app")?.dnsResolver?.queryTimeout == .seconds(2))
        #expect(resolver("udp_max_queries: 10").loadError()?.message
            == "field 'udp_max_queries' is not supported by nuncio")
        #expect(resolver("rotate_nameservers: true").loadError()?.message
            == "field 'rotate_nameservers' is not supported by nuncio (only rotate_nameservers: false)")
    }

    @Test func commonLbConfig() throws {
        let loaded = try ConfigText.base.inserting(after: 24, """
                common_lb_config: {healthy_panic_threshold: {value: 25.5}}
            """).load()
        #expect(loaded.bootstrap.cluster(named: "app")?.healthyPanicThreshold == 25.5)
        #expect(loaded.bootstrap.cluster(named: "app")?.localityWeightedLbConfig == false)
        let weighted = try ConfigText.base.inserting(after: 24, """
                common_lb_config: {locality_weighted_lb_config: {}}
            """).load()
        #expect(weighted.bootstrap.cluster(named: "app")?.localityWeightedLbConfig == true)
        let zoneAware = ConfigText.base.inserting(after: 24, """
                common_lb_config: {zone_aware_lb_config: {}}
            """).loadError()
        #expect(zoneAware?.message == "field 'zone_aware_lb_config' is not supported by nuncio")
    }

    @Test func outlierDetection() throws {
        let detection = try #require(try Self.cluster("api").outlierDetection)
        var expected = OutlierDetection()
        expected.consecutive5xx = 3
        expected.interval = .seconds(5)
        expected.baseEjectionTime = .seconds(15)
        expected.maxEjectionPercent = 50
        #expect(detection == expected)
    }

    @Test func outlierPercentageRange() {
        let error = ConfigText.base.inserting(after: 24, "    outlier_detection: {max_ejection_percent: 101}")
            .loadError()
        #expect(error?.path == "\(Self.cluster).outlier_detection.max_ejection_percent")
        #expect(error?.message == "expected a percentage from 0 to 100, got 101")
    }

    @Test func loadAssignmentEndpoints() throws {
        let api = try Self.cluster("api")
        #expect(api.loadAssignment.clusterName == "api")
        #expect(api.loadAssignment.allEndpoints == [
            LbEndpoint(address: SocketAddress(address: "api-1.internal", port: 8080), hostname: "api-1", weight: 3),
            LbEndpoint(address: SocketAddress(address: "api-2.internal", port: 8080)),
        ])
        let statics = try Self.cluster("static").loadAssignment.allEndpoints.map(\.address)
        #expect(statics == [SocketAddress(address: "127.0.0.1", port: 9001), SocketAddress(address: "::1", port: 9002)])
    }

    /// v2 `hosts` become one locality of a load assignment named after the cluster.
    @Test func v2HostsAreALoadAssignment() throws {
        let v2 = try ConfigText.base.replacing(lines: 25...29, with: """
                hosts:
                - socket_address: {address: 127.0.0.1, port_value: 9000}
            """).load()
        #expect(v2.usesV2)
        #expect(v2.bootstrap == (try ConfigText.base.load().bootstrap))
    }

    @Test func hostsAndLoadAssignmentTogether() {
        let error = ConfigText.base.inserting(after: 24, "    hosts: []").loadError()
        #expect(error?.path == "\(Self.cluster).hosts")
        #expect(error?.message.contains("'load_assignment' and 'hosts' cannot both be set") == true)
    }

    @Test func endpointPriorityIsNotSupported() {
        let error = ConfigText.base.inserting(after: 29, "        priority: 1").loadError()
        #expect(error?.path == "\(Self.cluster).load_assignment.endpoints[0].priority")
        #expect(error?.message == "field 'priority' other than 0 is not supported by nuncio (no priority levels)")
        #expect(throws: Never.self) { try ConfigText.base.inserting(after: 29, "        priority: 0").load() }
    }
}

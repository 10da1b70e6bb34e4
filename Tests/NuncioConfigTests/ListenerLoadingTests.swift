import Testing

@testable import NuncioConfig

/// Listeners and their HTTP connection manager: codecs, timeouts, addressing, server name and HTTP filters.
@Suite struct ListenerLoadingTests {
    static let hcm = ConfigText.hcm

    @Test func listenerFields() throws {
        let listener = try Fixtures.full().listeners[0]
        #expect(listener.name == "front")
        #expect(listener.address == SocketAddress(address: "127.0.0.1", port: 10000))
        #expect(listener.perConnectionBufferLimitBytes == 32768)
        #expect(listener.filterChains.count == 1)
    }

    @Test func connectionManagerFields() throws {
        let manager = try Fixtures.full().listeners[0].httpConnectionManager
        #expect(manager.codecType == .HTTP1)
        #expect(manager.statPrefix == "front_http")
        #expect(manager.useRemoteAddress)
        #expect(manager.xffNumTrustedHops == 1)
        #expect(manager.serverName == "nuncio-front")
        #expect(manager.serverHeaderTransformation == .APPEND_IF_ABSENT)
        #expect(!manager.generateRequestId)
        #expect(manager.streamIdleTimeout == .seconds(30))
        #expect(manager.requestTimeout == .seconds(60))
        #expect(manager.requestHeadersTimeout == .seconds(5))
        #expect(manager.drainTimeout == .seconds(5))
        #expect(manager.delayedCloseTimeout == .milliseconds(500))
        #expect(manager.idleTimeout == .seconds(120))
        #expect(manager.maxHeadersCount == 50)
        #expect(manager.headersWithUnderscoresAction == .REJECT_REQUEST)
        #expect(manager.maxRequestHeadersKb == 96)
        #expect(manager.acceptHTTP10)
        #expect(manager.defaultHostForHTTP10 == "front.example.com")
        #expect(manager.normalizePath)
        #expect(manager.mergeSlashes)
    }

    /// What Envoy uses when the connection manager says nothing.
    @Test func connectionManagerDefaults() throws {
        let manager = try ConfigText.base.load().bootstrap.listeners[0].httpConnectionManager
        #expect(manager.codecType == .AUTO)
        #expect(manager.statPrefix == "ingress")
        #expect(!manager.useRemoteAddress)
        #expect(manager.xffNumTrustedHops == 0)
        #expect(manager.serverName == "envoy")
        #expect(manager.serverHeaderTransformation == .OVERWRITE)
        #expect(manager.generateRequestId)
        #expect(manager.streamIdleTimeout == .seconds(300))
        #expect(manager.requestTimeout.isZero)
        #expect(manager.drainTimeout == .seconds(5))
        #expect(manager.idleTimeout == .seconds(3600))
        #expect(manager.maxRequestHeadersKb == 60)
        #expect(manager.maxHeadersCount == 100)
        #expect(manager.http2 == Http2ProtocolOptions())
    }

    @Test(arguments: [("AUTO", HttpConnectionManager.CodecType.AUTO), ("HTTP1", .HTTP1), ("HTTP2", .HTTP2),
        ("auto", .AUTO)])
    func codecTypes(spelling: String, codec: HttpConnectionManager.CodecType) throws {
        let config = ConfigText.base.inserting(after: 10, "          codec_type: \(spelling)")
        #expect(try config.load().bootstrap.listeners[0].httpConnectionManager.codecType == codec)
    }

    @Test func downstreamHttp2Options() throws {
        let config = ConfigText.base.inserting(
            after: 10,
            "          http2_protocol_options: {max_concurrent_streams: 64, initial_stream_window_size: 65535}")
        let http2 = try config.load().bootstrap.listeners[0].httpConnectionManager.http2
        #expect(http2.maxConcurrentStreams == 64)
        #expect(http2.initialStreamWindowSize == 65535)
    }

    @Test func deprecatedIdleTimeoutWarns() throws {
        let loaded = try ConfigText.base.inserting(after: 10, "          idle_timeout: 7s").load()
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.idleTimeout == .seconds(7))
        #expect(loaded.warnings.map(\.path) == ["\(Self.hcm).idle_timeout"])
    }

    @Test func maxRequestHeadersKbRange() {
        let error = ConfigText.base.inserting(after: 10, "          max_request_headers_kb: 9000").loadError()
        #expect(error?.path == "\(Self.hcm).max_request_headers_kb")
        #expect(error?.message == "expected 1 to 8192 (KiB), got 9000")
    }

    @Test func healthCheckFilterBeforeRouter() throws {
        let filters = try Fixtures.full().listeners[0].httpConnectionManager.httpFilters
        #expect(filters.map(\.name) == ["envoy.filters.http.health_check", "envoy.filters.http.router"])
        let probe = HealthCheckFilter(
            passThroughMode: false, headers: [HeaderMatcher(name: ":path", rule: .exact("/healthz"))])
        #expect(filters[0].kind == .healthCheck(probe))
        #expect(filters[1].kind == .router(RouterFilterConfig()))
    }

    @Test func healthCheckPassThroughIsNotSupported() {
        let config = ConfigText.base.inserting(after: 18, """
                      - name: envoy.filters.http.health_check
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck
                          pass_through_mode: true
            """)
        let error = config.loadError()
        #expect(error?.path == "\(Self.hcm).http_filters[0].typed_config.pass_through_mode")
        #expect(error?.line == 22)
        #expect(error?.message.contains("not supported by nuncio") == true)
    }

    /// Envoy 1.40 runs the router alone when no HTTP filter is configured.
    @Test(arguments: [ConfigText.base.replacing(lines: 18...20, with: ""),
        ConfigText.base.replacing(lines: 18...20, with: "          http_filters: []")])
    func noHttpFiltersMeansTheRouter(config: ConfigText) throws {
        let filters = try config.load().bootstrap.listeners[0].httpConnectionManager.httpFilters
        #expect(filters == [HttpFilter(name: "envoy.filters.http.router", kind: .router(RouterFilterConfig()))])
    }

    /// `is_optional` lets a proxy skip a filter it lacks (Envoy does so for filters it does not know).
    @Test func optionalUnsupportedFilterIsSkippedWithAWarning() throws {
        let loaded = try ConfigText.base.inserting(after: 18, """
                      - name: envoy.filters.http.cors
                        is_optional: true
                        typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors}
            """).load()
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.httpFilters.map(\.name)
            == ["envoy.filters.http.router"])
        #expect(loaded.warnings.map(\.path) == ["\(Self.hcm).http_filters[0]"])
        #expect(loaded.warnings.first?.message.contains("optional HTTP filter 'envoy.filters.http.cors'") == true)
    }

    /// A filter `disabled` by default stays in the chain, marked: a route's `typed_per_filter_config` enables it.
    @Test func disabledFilterStaysMarked() throws {
        let loaded = try ConfigText.base.inserting(after: 18, """
                      - name: envoy.filters.http.health_check
                        disabled: true
                        typed_config:
                          "@type": type.googleapis.com/envoy.extensions.filters.http.health_check.v3.HealthCheck
                          pass_through_mode: false
            """).load()
        let filters = loaded.bootstrap.listeners[0].httpConnectionManager.httpFilters
        #expect(filters.map(\.name) == ["envoy.filters.http.health_check", "envoy.filters.http.router"])
        #expect(filters.map(\.disabled) == [true, false])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func routerFoundByTypeWhateverItsName() throws {
        let config = ConfigText.base.replacing(line: 19, with: "          - name: my-router")
        let filters = try config.load().bootstrap.listeners[0].httpConnectionManager.httpFilters
        #expect(filters.map(\.name) == ["envoy.filters.http.router"])
        #expect(filters.map(\.configName) == ["my-router"])
        #expect(filters.map(\.isRouter) == [true])
    }

    @Test func v2FilterNamesAreCanonicalised() throws {
        let loaded = try BootstrapLoader.load(path: Fixtures.seedV2)
        #expect(loaded.bootstrap.listeners[0].httpConnectionManager.httpFilters.map(\.name)
            == ["envoy.filters.http.router"])
    }

    @Test func unnamedListenerStaysUnnamed() throws {
        let bootstrap = try BootstrapLoader.load(path: Fixtures.referenceV3).bootstrap
        #expect(bootstrap.listeners[0].name.isEmpty)
    }

    @Test func secondFilterChainIsNotSupported() {
        let config = ConfigText.base.inserting(after: 20, ConfigText.base.text(of: 6...20))
        let error = config.loadError()
        #expect(error?.path == "static_resources.listeners[0].filter_chains[1]")
        #expect(error?.line == 21)
        #expect(error?.message == "more than one filter chain is not supported by nuncio: "
            + "nuncio supports one filter chain per listener")
    }

    /// Port 0 asks for any free port, so two listeners may both say 127.0.0.1:0 (Envoy accepts this).
    @Test func listenersMayShareAddressWithPortZero() throws {
        let zero = "    address: {socket_address: {address: 127.0.0.1, port_value: 0}}"
        let second = ConfigText.base.text(of: 3...20).replacingOccurrences(of: "name: web", with: "name: web2")
        let config = ConfigText.base.inserting(after: 20, second).replacing(line: 4, with: zero)
            .replacing(line: 22, with: zero)
        let listeners = try config.load().bootstrap.listeners
        #expect(listeners.map(\.address.port) == [0, 0])
    }

    @Test func ipv6ListenerAddress() throws {
        let config = ConfigText.base.replacing(
            line: 4, with: "    address: {socket_address: {address: \"::1\", port_value: 8080}}")
        let address = try config.load().bootstrap.listeners[0].address
        #expect(address == SocketAddress(address: "::1", port: 8080))
        #expect(address.description == "[::1]:8080")
    }
}

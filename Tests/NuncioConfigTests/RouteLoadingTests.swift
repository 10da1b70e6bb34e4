import Testing

@testable import NuncioConfig

/// Route configuration: virtual hosts and domains, matches, and the three route actions.
@Suite struct RouteLoadingTests {
    static func routeConfig() throws -> RouteConfiguration {
        try Fixtures.full().listeners[0].httpConnectionManager.routeConfig
    }

    static func forward(_ route: Route) throws -> ForwardAction {
        guard case .forward(let action) = route.action else {
            Issue.record("expected a forward action, got \(route.action)")
            throw CancellationError()
        }
        return action
    }

    @Test func virtualHostsAndDomains() throws {
        let config = try Self.routeConfig()
        #expect(config.name == "front_routes")
        #expect(config.validateClusters)
        #expect(config.virtualHosts.map(\.name) == ["api", "redirects", "fallback"])
        #expect(config.virtualHosts.map(\.domains)
            == [["api.example.com", "*.api.example.com"], ["old.example.com"], ["*"]])
        #expect(config.virtualHosts[0].retryPolicy == RetryPolicy(retryOn: [.gatewayError], numRetries: 2))
    }

    @Test func pathMatches() throws {
        let routes = try Self.routeConfig().virtualHosts[0].routes
        #expect(routes.map(\.match.path) == [
            .path("/exact"), .prefix("/v1/"), .safeRegex("^/items/[0-9]+$"), .pathSeparatedPrefix("/docs"),
        ])
        #expect(routes.map(\.match.caseSensitive) == [true, false, true, true])
    }

    @Test func headerMatchers() throws {
        let headers = try Self.routeConfig().virtualHosts[0].routes[1].match.headers
        #expect(headers == [
            HeaderMatcher(name: "x-canary", rule: .exact("1"), ignoreCase: true),
            HeaderMatcher(name: "x-debug", rule: .present(true)),
        ])
    }

    @Test(arguments: [
        ("{name: x-a, exact_match: v}", HeaderMatcher.Rule.exact("v")),
        ("{name: x-a, prefix_match: v}", .prefix("v")),
        ("{name: x-a, suffix_match: v}", .suffix("v")),
        ("{name: x-a, contains_match: v}", .contains("v")),
        ("{name: x-a, safe_regex_match: {regex: \"v+\"}}", .safeRegex("v+")),
        ("{name: x-a, string_match: {suffix: v}}", .suffix("v")),
        ("{name: x-a}", .present(true)),
    ])
    func headerMatcherSpellings(matcher: String, rule: HeaderMatcher.Rule) throws {
        let config = ConfigText.base.replacing(
            line: 16, with: "              - match: {prefix: \"/\", headers: [\(matcher)]}")
        let routeConfig = try config.load().bootstrap.listeners[0].httpConnectionManager.routeConfig
        let route = routeConfig.virtualHosts[0].routes[0]
        #expect(route.match.headers == [HeaderMatcher(name: "x-a", rule: rule)])
    }

    @Test func singleClusterWithTimeout() throws {
        let action = try Self.forward(try Self.routeConfig().virtualHosts[0].routes[0])
        #expect(action.target == .cluster("api"))
        #expect(action.timeout == .seconds(2))
        #expect(action.retryPolicy == nil)
        #expect(action.prefixRewrite == nil)
    }

    @Test func routeDefaults() throws {
        let route = try ConfigText.base.load().bootstrap.listeners[0].httpConnectionManager.routeConfig
            .virtualHosts[0].routes[0]
        let action = try Self.forward(route)
        #expect(action.timeout == .seconds(15))
        #expect(action.hostRewriteLiteral == nil)
        #expect(route.match == RouteMatch(path: .prefix("/")))
    }

    @Test func weightedClustersRewritesAndRetries() throws {
        let action = try Self.forward(try Self.routeConfig().virtualHosts[0].routes[1])
        #expect(action.target == .weightedClusters([
            .init(name: "api", weight: 80), .init(name: "api-canary", weight: 20),
        ]))
        #expect(action.clusterNames == ["api", "api-canary"])
        #expect(action.prefixRewrite == "/")
        #expect(action.hostRewriteLiteral == "api.internal")
        #expect(action.timeout.isZero)
        let retry = try #require(action.retryPolicy)
        #expect(retry.retryOn == [.fiveXX, .connectFailure, .retriableStatusCodes])
        #expect(retry.numRetries == 3)
        #expect(retry.perTryTimeout == .seconds(1))
        #expect(retry.retriableStatusCodes == [503])
        #expect(retry.backOffBase == .milliseconds(100))
        #expect(retry.backOffMax == .seconds(1))
    }

    @Test func unknownRetryConditionHasASuggestion() {
        let config = ConfigText.base.replacing(
            line: 17, with: "                route: {cluster: app, retry_policy: {retry_on: \"5xx,conect-failure\"}}")
        let error = config.loadError()
        #expect(error?.path == ConfigText.firstRoute + ".route.retry_policy.retry_on")
        #expect(error?.message.contains("unknown retry_on condition 'conect-failure'") == true)
        #expect(error?.message.contains("(did you mean 'connect-failure'?)") == true)
    }

    @Test func weightsMustAddUp() {
        let config = ConfigText.base.replacing(line: 17, with: """
                            route:
                              weighted_clusters: {clusters: [{name: app, weight: 0}]}
            """)
        let error = config.loadError()
        #expect(error?.path == ConfigText.firstRoute + ".route.weighted_clusters.clusters")
        #expect(error?.message == "the sum of the cluster weights must be greater than 0")
    }

    @Test func directResponse() throws {
        let route = try Self.routeConfig().virtualHosts[0].routes[3]
        #expect(route.action == .directResponse(
            DirectResponseAction(status: 200, body: .inlineString("see https://docs.example.com\n"))))
        let fallback = try Self.routeConfig().virtualHosts[2].routes[0]
        #expect(fallback.action == .directResponse(DirectResponseAction(status: 404)))
    }

    @Test func directResponseStatusRange() {
        let config = ConfigText.base.replacing(line: 17, with: "                direct_response: {status: 99}")
        let error = config.loadError()
        #expect(error?.path == ConfigText.firstRoute + ".direct_response.status")
        #expect(error?.message == "expected an HTTP status from 200 to 599, got 99")
    }

    @Test func redirect() throws {
        let route = try Self.routeConfig().virtualHosts[1].routes[0]
        var expected = RedirectAction()
        expected.scheme = "https"
        expected.host = "new.example.com"
        expected.port = 8443
        expected.responseCode = .PERMANENT_REDIRECT
        expected.stripQuery = true
        #expect(route.action == .redirect(expected))
        #expect(expected.responseCode.status == 308)
    }

    @Test func validateClustersFalseSkipsTheClusterCheck() throws {
        let config = ConfigText.base.replacing(line: 17, with: "                route: {cluster: elsewhere}")
            .inserting(after: 11, "            validate_clusters: false")
        let routeConfig = try config.load().bootstrap.listeners[0].httpConnectionManager.routeConfig
        #expect(!routeConfig.validateClusters)
    }

    @Test func v2HostRewriteIsHostRewriteLiteral() throws {
        let config = ConfigText.base.replacing(
            line: 17, with: "                route: {cluster: app, host_rewrite: a.b}")
        let loaded = try config.load()
        let route = loaded.bootstrap.listeners[0].httpConnectionManager.routeConfig.virtualHosts[0].routes[0]
        #expect(try Self.forward(route).hostRewriteLiteral == "a.b")
        #expect(loaded.usesV2)
    }

    @Test func wildcardInTheMiddleOfADomain() {
        let error = ConfigText.base.replacing(line: 14, with: "              domains: [\"api.*.com\"]").loadError()
        #expect(error?.path == ConfigText.hcm + ".route_config.virtual_hosts[0].domains[0]")
        #expect(error?.message.contains("wildcard '*' is allowed only at the start or end") == true)
    }
}

/// Which test observes the effect of each config model property: `Type.property` to `Module.Suite/test`.
///
/// A property that only holds others (a listener's filter chains, a route's action) names a test that routes
/// through it. `FieldEffectCatalogTests` checks that every property is here and that each test exists.
enum FieldEffects {
    private static let routing = "NuncioProxyTests.SeedRoutingTests/routesByPrefixAndRotatesRoundRobin"
    private static let routes = "NuncioProxyTests.RouteActionTests/"
    private static let health = "NuncioProxyTests.UpstreamHealthTests/"
    private static let edges = "NuncioProxyTests.EngineEdgeTests/"
    private static let retries = "NuncioProxyTests.TimeoutAndRetryTests/retriesOn5xxAndConnectFailureMoveToTheNextHost"
    private static let healthFilter = "NuncioProxyTests.HealthCheckFilterTests/probeFollowsTheServersHealthCheckState"
    private static let accessLog = "NuncioProxyTests.AccessLogTests/"
    private static let admin = "NuncioAdminTests.AdminEndpointTests/"
    private static let filters = "NuncioProxyTests.HTTPFilterChainTests/"
    private static let router = "NuncioProxyTests.RouterFilterConfigTests/"
    private static let stream = "NuncioProxyTests.ConnectionManagerStreamTests/"
    private static let paths = "NuncioProxyTests.ConnectionManagerPathTests/"
    private static let headers = "NuncioProxyTests.ConnectionManagerHeaderTests/"
    private static let weights = "NuncioProxyTests.LoadBalancingWeightTests/"
    private static let lifetime = "NuncioProxyTests.UpstreamConnectionLifetimeTests/"
    private static let hcProtocol = "NuncioProxyTests.HealthCheckProtocolTests/"
    private static let hcIntervals = "NuncioProxyTests.HealthCheckIntervalTests/"
    private static let breakers = "NuncioProxyTests.ConnectionCircuitBreakerTests/"
    private static let localities = "NuncioProxyTests.LocalityWeightedLoadBalancingTests/"
    private static let managerFields = "NuncioProxyTests.ConnectionManagerFieldTests/"
    private static let routeFields = "NuncioProxyTests.RouteFieldTests/"
    private static let clusterFields = "NuncioProxyTests.ClusterFieldTests/"
    private static let backOff = "NuncioProxyTests.RetryBackOffTests/"
    private static let names = "NuncioAdminTests.ConfigNameTests/namesShowInListenersAndConfigDump"

    static let catalog: [String: String] = [
        "Bootstrap.listeners": routing,
        "Bootstrap.clusters": routing,
        "Bootstrap.admin": admin + "helpListsEveryEndpointAsEnvoyDoes",
        "Bootstrap.node": admin + "serverInfoHasEnvoysShape",
        "Bootstrap.layeredRuntime": admin + "runtimeWithoutAndWithAnAdminLayer",
        "LayeredRuntime.layers": admin + "runtimeWithoutAndWithAnAdminLayer",
        "Bootstrap.maxActiveDownstreamConnections":
            "NuncioProxyTests.OverloadTests/connectionsPastTheGlobalLimitAreShed",
        "Admin.address": admin + "helpListsEveryEndpointAsEnvoyDoes",
        "Listener.address": routing,
        "Listener.filterChains": routing,
        "FilterChain.httpConnectionManager": routing,
        "HttpConnectionManager.routeConfig": routes + "virtualHostsMatchExactThenWildcardThenDefault",
        "HttpConnectionManager.statPrefix":
            "NuncioProxyTests.UpstreamFaultTests/slowlorisIsCutOffByTheRequestHeadersTimeout",
        "HttpConnectionManager.requestHeadersTimeout":
            "NuncioProxyTests.UpstreamFaultTests/slowlorisIsCutOffByTheRequestHeadersTimeout",
        "HttpConnectionManager.codecType":
            "NuncioProxyTests.HTTP2DownstreamTests/priorKnowledgeH2cIsServedWithEnvoysHeaders",
        "HttpConnectionManager.useRemoteAddress": edges + "useRemoteAddressAppendsTheClientToXForwardedFor",
        "HttpConnectionManager.serverName":
            "NuncioProxyTests.SeedRoutingTests/responseCarriesEnvoyHeadersAfterTheUpstreams",
        "HttpConnectionManager.generateRequestId":
            "NuncioProxyTests.SeedRoutingTests/upstreamRequestCarriesEnvoyHeaders",
        "HttpConnectionManager.maxRequestHeadersKb":
            "NuncioProxyTests.ConnectionBehaviourTests/oversizedHeadersGet431AndJustUnderTheLimitPasses",
        "HttpConnectionManager.accessLog": accessLog + "defaultFormatIsEnvoys",
        "AccessLog.sink": accessLog + "defaultFormatIsEnvoys",
        "AccessLog.format": accessLog + "customFormatOperators",
        "HttpConnectionManager.httpFilters": healthFilter,
        "HttpFilter.name": healthFilter,
        "HttpFilter.kind": healthFilter,
        "HealthCheckFilter.headers": healthFilter,
        "HealthCheckFilter.passThroughMode": healthFilter,
        "RouteConfiguration.virtualHosts": routes + "virtualHostsMatchExactThenWildcardThenDefault",
        "RouteConfiguration.validateClusters":
            "NuncioConfigTests.RouteLoadingTests/validateClustersFalseSkipsTheClusterCheck",
        "RouteConfiguration.maxDirectResponseBodySizeBytes":
            "NuncioConfigTests.DirectResponseBodyTests/inlineBodyOverTheLimit",
        "VirtualHost.domains": routes + "virtualHostsMatchExactThenWildcardThenDefault",
        "VirtualHost.routes": routes + "pathKindsAndHeaders",
        "Route.match": routes + "pathKindsAndHeaders",
        "Route.action": routes + "rewritesRedirectsAndWeights",
        "RouteMatch.path": routes + "pathKindsAndHeaders",
        "RouteMatch.caseSensitive": routes + "pathKindsAndHeaders",
        "RouteMatch.headers": routes + "pathKindsAndHeaders",
        "HeaderMatcher.name": routes + "pathKindsAndHeaders",
        "HeaderMatcher.rule": routes + "pathKindsAndHeaders",
        "DirectResponseAction.status": routes + "virtualHostsMatchExactThenWildcardThenDefault",
        "DirectResponseAction.body": routes + "virtualHostsMatchExactThenWildcardThenDefault",
        "ForwardAction.target": routing,
        "ForwardAction.prefixRewrite": routes + "rewritesRedirectsAndWeights",
        "ForwardAction.hostRewriteLiteral": routes + "rewritesRedirectsAndWeights",
        "ForwardAction.timeout": "NuncioProxyTests.TimeoutAndRetryTests/slowUpstreamGets504",
        "ForwardAction.retryPolicy": retries,
        "RetryPolicy.retryOn": retries,
        "RetryPolicy.numRetries": retries,
        "RetryPolicy.perTryTimeout": "NuncioProxyTests.UpstreamFaultTests/perTryTimeoutRetriesOnTheNextHost",
        "WeightedCluster.name": routes + "rewritesRedirectsAndWeights",
        "WeightedCluster.weight": routes + "rewritesRedirectsAndWeights",
        "RedirectAction.host": routes + "rewritesRedirectsAndWeights",
        "RedirectAction.path": routes + "rewritesRedirectsAndWeights",
        "RedirectAction.responseCode": routes + "rewritesRedirectsAndWeights",
        "Cluster.name": admin + "configDumpIsV3ShapedFromTheSeedsV2Config",
        "Cluster.type": edges + "logicalDNSUsesTheFirstAddressOnly",
        "Cluster.loadAssignment": routing,
        "ClusterLoadAssignment.endpoints": routing,
        "LocalityLbEndpoints.lbEndpoints": routing,
        "LbEndpoint.address": routing,
        "Cluster.connectTimeout": edges + "aConnectThatHangsTimesOut",
        "Cluster.lbPolicy": edges + "leastRequestAndRandomPickOnlyHealthyHosts",
        "Cluster.dnsRefreshRate": "NuncioProxyTests.DNSClusterTests/strictDNSFollowsTheAnswers",
        "Cluster.dnsResolver": "NuncioProxyTests.DNSClusterTests/strictDNSFollowsTheAnswers",
        "DnsResolverConfig.resolvers": "NuncioProxyTests.DNSClusterTests/strictDNSFollowsTheAnswers",
        "Cluster.upstreamProtocol": "NuncioProxyTests.SeedRoutingTests/http2UpstreamsMultiplexOnOneConnection",
        "Cluster.healthChecks": health + "activeHealthCheckTakesAHostOutAndBack",
        "HealthCheck.kind": health + "activeHealthCheckTakesAHostOutAndBack",
        "HealthCheck.interval": health + "activeHealthCheckTakesAHostOutAndBack",
        "HealthCheck.noTrafficInterval": health + "activeHealthCheckTakesAHostOutAndBack",
        "HealthCheck.healthyThreshold": health + "activeHealthCheckTakesAHostOutAndBack",
        "HealthCheck.unhealthyThreshold": health + "activeHealthCheckTakesAHostOutAndBack",
        "HTTPCheck.path": health + "activeHealthCheckTakesAHostOutAndBack",
        "Cluster.outlierDetection": health + "consecutive5xxEjectsTheHost",
        "OutlierDetection.consecutive5xx": health + "consecutive5xxEjectsTheHost",
        "OutlierDetection.baseEjectionTime": health + "consecutive5xxEjectsTheHost",
        "OutlierDetection.maxEjectionPercent": health + "consecutive5xxEjectsTheHost",
        "Cluster.circuitBreakers": health + "maxRequestsOverflowsWithUO",
        "CircuitBreakers.defaultPriority": health + "maxRequestsOverflowsWithUO",
        "Thresholds.maxRequests": health + "maxRequestsOverflowsWithUO",
        "HttpFilter.configName": filters + "aFilterDisabledByDefaultRunsWhereARouteEnablesIt",
        "HttpFilter.disabled": filters + "aFilterDisabledByDefaultRunsWhereARouteEnablesIt",
        "Route.typedPerFilterConfig": filters + "aRouteDisablesTheBufferOrSetsItsOwnLimit",
        "VirtualHost.typedPerFilterConfig": filters + "aFilterDisabledByDefaultRunsWhereARouteEnablesIt",
        "RouteConfiguration.typedPerFilterConfig": filters + "routeConfigurationLevelFilterConfigApplies",
        "RouterFilterConfig.suppressEnvoyHeaders": router + "suppressEnvoyHeadersAndClusterHeader",
        "RouterFilterConfig.respectExpectedRqTimeout": router + "respectExpectedRqTimeoutTakesTheRequestsTimeout",
        "AccessLog.omitEmptyValues": "NuncioProxyTests.AccessLogFormatterTests/textWithOmitEmptyValuesPrintsNothing",
        "HttpConnectionManager.normalizePath": paths + "routingMatchesTheNormalizedPath",
        "HttpConnectionManager.mergeSlashes": paths + "upstreamReceivesTheNormalizedPath",
        "HttpConnectionManager.pathWithEscapedSlashesAction": paths + "escapedSlashesRedirectToTheDecodedPath",
        "HttpConnectionManager.via": headers + "viaOnTheRequestAndEveryResponse",
        "HttpConnectionManager.xffNumTrustedHops": headers + "trustedHopsPickTheExternalAddressFromXForwardedFor",
        "HttpConnectionManager.headersWithUnderscoresAction": headers + "underscoresRejected",
        "HttpConnectionManager.requestTimeout": stream + "timeoutsDefaultHostAndEarlyReplies",
        "HttpConnectionManager.maxStreamDuration": stream + "timeoutsDefaultHostAndEarlyReplies",
        "HttpConnectionManager.acceptHTTP10": stream + "timeoutsDefaultHostAndEarlyReplies",
        "HttpConnectionManager.defaultHostForHTTP10": stream + "timeoutsDefaultHostAndEarlyReplies",
        "ForwardAction.clusterHeader": router + "suppressEnvoyHeadersAndClusterHeader",
        "ForwardAction.clusterNotFoundResponseCode": router + "suppressEnvoyHeadersAndClusterHeader",
        "Cluster.activeRequestBias": weights + "activeRequestBiasScalesWeightByLoad",
        "Cluster.healthyPanicThreshold": weights + "healthyPanicThreshold",
        "Cluster.idleTimeout": lifetime + "idleTimeoutClosesAnIdleConnection",
        "Cluster.maxRequestsPerConnection": lifetime + "maxRequestsPerConnectionOpensANewConnection",
        "Cluster.perConnectionBufferLimitBytes": "NuncioProxyTests.UpstreamBufferLimitTests/limitSetsTheWatermarks",
        "Cluster.respectDnsTtl": "NuncioProxyTests.UpstreamDNSTTLTests/refreshFollowsTheTTL",
        "DnsResolverConfig.queryTimeout": 
            "NuncioProxyTests.UpstreamDNSFailoverTests/aSilentFirstResolverFailsOverToTheNext",
        "DnsResolverConfig.useTCP": "NuncioProxyTests.UpstreamDNSOverTCPTests/queriesGoOverTCP",
        "HealthCheck.reuseConnection": hcProtocol + "withoutReuseEachCheckHasItsOwnConnection",
        "HTTPCheck.useHTTP2": hcProtocol + "http2ChecksPassAgainstAnHTTP2OnlyUpstream",
        "HealthCheck.unhealthyInterval": hcIntervals + "aPendingPassWaitsTheHealthyEdgeInterval",
        "HealthCheck.healthyEdgeInterval": hcIntervals + "aPendingPassWaitsTheHealthyEdgeInterval",
        "HealthCheck.unhealthyEdgeInterval": hcIntervals + "aPendingFailureWaitsTheUnhealthyEdgeInterval",
        "HealthCheck.noTrafficHealthyInterval": hcIntervals + "noTrafficHealthyIntervalAndJitterPercent",
        "HealthCheck.intervalJitterPercent": hcIntervals + "noTrafficHealthyIntervalAndJitterPercent",
        "LbEndpoint.healthStatus": weights + "healthStatusExcludesHosts",
        "LbEndpoint.weight": weights + "roundRobinFollowsWeightsExactly",
        "Cluster.localityWeightedLbConfig": localities + "localitiesSplitByWeight",
        "LocalityLbEndpoints.loadBalancingWeight": localities + "localitiesSplitByWeight",
        "LocalityLbEndpoints.locality": localities + "entriesWithTheSameLocalityAreOne",
        "OutlierDetection.successfulActiveHealthCheckUnejectHost": 
            "NuncioProxyTests.OutlierHealthCheckTests/aPassingCheckUnejects",
        "Thresholds.trackRemaining": breakers + "trackRemainingPublishesTheRemainingGauges",
        "Thresholds.maxConnections": breakers + "aPoolWithNoConnectionOpensOnePastTheLimit",
        "HttpConnectionManager.serverHeaderTransformation":
            managerFields + "serverHeaderTransformation",
        "HttpConnectionManager.skipXffAppend": managerFields + "skipXffAppendLeavesXForwardedForAsTheClientSentIt",
        "HttpConnectionManager.preserveExternalRequestId":
            managerFields + "preserveExternalRequestIdKeepsTheClientsIdAtTheEdge",
        "HttpConnectionManager.maxHeadersCount": managerFields + "maxHeadersCountRejectsARequestWithMoreHeaders",
        "HttpConnectionManager.idleTimeout": managerFields + "idleTimeoutClosesAConnectionWithNoRequest",
        "HttpConnectionManager.streamIdleTimeout": managerFields + "streamIdleTimeoutEndsARequestThatStalls",
        "HttpConnectionManager.maxConnectionDuration": managerFields + "maxConnectionDurationDrainsTheConnection",
        "RedirectAction.scheme": routeFields + "redirectsAndHeaderMatchersAsEnvoy",
        "RedirectAction.port": routeFields + "redirectsAndHeaderMatchersAsEnvoy",
        "RedirectAction.prefixRewrite": routeFields + "redirectsAndHeaderMatchersAsEnvoy",
        "RedirectAction.stripQuery": routeFields + "redirectsAndHeaderMatchersAsEnvoy",
        "HeaderMatcher.ignoreCase": routeFields + "redirectsAndHeaderMatchersAsEnvoy",
        "HeaderMatcher.invertMatch": routeFields + "redirectsAndHeaderMatchersAsEnvoy",
        "VirtualHost.retryPolicy": routeFields + "virtualHostRetryPolicyAndRetriableStatusCodesAsEnvoy",
        "RetryPolicy.retriableStatusCodes": routeFields + "virtualHostRetryPolicyAndRetriableStatusCodesAsEnvoy",
        "RetryPolicy.backOffBase": backOff + "baseIntervalScalesTheBackOff",
        "RetryPolicy.backOffMax": backOff + "maxIntervalCapsTheBackOff",
        "Listener.name": names,
        "RouteConfiguration.name": names,
        "VirtualHost.name": names,
        "Route.name": names,
        "CircuitBreakers.highPriority":
            "NuncioAdminTests.HighPriorityThresholdsTests/highPriorityThresholdsShowInClusters",
        "Listener.perConnectionBufferLimitBytes":
            "NuncioProxyTests.ListenerFieldTests/perConnectionBufferLimitBytesBoundsTheRetryBuffer",
        "HttpConnectionManager.http2": "NuncioProxyTests.HTTP2SettingsTests/settingsCarryTheConfiguredLimits",
        "Http2ProtocolOptions.maxConcurrentStreams":
            "NuncioProxyTests.HTTP2SettingsTests/settingsCarryTheConfiguredLimits",
        "Http2ProtocolOptions.initialStreamWindowSize":
            "NuncioProxyTests.HTTP2SettingsTests/settingsCarryTheConfiguredLimits",
        "LbEndpoint.hostname": names,
        "ClusterLoadAssignment.clusterName": names,
        "Node.id": names,
        "Node.cluster": names,
        "Node.locality": names,
        "Locality.region": names,
        "Locality.zone": names,
        "Locality.subZone": names,
        "Cluster.leastRequestChoiceCount": clusterFields + "leastRequestChoiceCountSamplesThatManyHosts",
        "Cluster.dnsLookupFamily": clusterFields + "dnsLookupFamilyPicksTheQueryType",
        "Bootstrap.dnsResolver": clusterFields + "bootstrapResolverAndUseResolversAsFallback",
        "DnsResolverConfig.noDefaultSearchDomain":
            "NuncioProxyTests.DNSSearchListTests/noDefaultSearchDomainTurnsTheSearchListOff",
        "DnsResolverConfig.useResolversAsFallback": clusterFields + "bootstrapResolverAndUseResolversAsFallback",
        "Admin.accessLog": "NuncioAdminTests.AdminAccessLogTests/everyAdminRequestIsLogged",
        "OutlierDetection.interval":
            "NuncioProxyTests.OutlierDetectionFieldTests/intervalIsWhenAnEjectedHostComesBack",
        "OutlierDetection.maxEjectionTime":
            "NuncioProxyTests.OutlierDetectionFieldTests/maxEjectionTimeCapsARepeatedEjection",
        "OutlierDetection.maxEjectionTimeJitter":
            "NuncioProxyTests.OutlierDetectionFieldTests/maxEjectionTimeJitterLengthensEjections",
        "HealthCheck.initialJitter": "NuncioProxyTests.HealthCheckJitterTests/initialJitterDelaysTheFirstChecks",
        "HealthCheck.intervalJitter": "NuncioProxyTests.HealthCheckJitterTests/intervalJitterSpacesTheChecks",
        "Bootstrap.dynamicResources":
            "NuncioAdminTests.DynamicConfigFsSandboxTests/sedOnCdsYamlSwitchesTheTrafficToService2",
        "HttpConnectionManager.rds": "NuncioProxyTests.XdsFromFilesTests/rdsRoutesFollowTheirFile",
        "Cluster.edsClusterConfig": "NuncioProxyTests.XdsFromFilesTests/edsEndpointsFollowTheirFile",
        "Bootstrap.statsFlushInterval": "NuncioProxyTests.StatsFlushIntervalTests/histogramsFlushAtTheInterval",
        "HttpConnectionManager.drainTimeout":
            "NuncioProxyTests.HTTP2DrainHandlerTests/drainSendsTwoGoAwaysThenClosesAfterTheLastStream",
        "Http2ProtocolOptions.initialConnectionWindowSize":
            "NuncioProxyTests.HTTP2ConnectionWindowTests/downstreamConnectionWindow",
        "HttpConnectionManager.delayedCloseTimeout":
            "NuncioProxyTests.DelayedCloseTimeoutTests/protocolErrorRepliesCloseAfterTheTimeout",
        "Cluster.altStatName": clusterFields + "altStatNameNamesTheClustersStats",
        "Thresholds.maxRetries": clusterFields + "maxRetriesZeroOverflowsTheRetry",
        "Thresholds.maxPendingRequests": clusterFields + "maxPendingRequestsZeroOverflowsARequestWithoutAConnection",
        "HealthCheck.timeout": clusterFields + "healthCheckTimeoutFailsASlowAnswer",
        "HTTPCheck.host": clusterFields + "healthCheckHostAndExpectedStatuses",
        "HTTPCheck.expectedStatuses": clusterFields + "healthCheckHostAndExpectedStatuses",
        "OutlierDetection.consecutiveGatewayFailure": clusterFields + "gatewayFailureAndEnforcingPercentages",
        "OutlierDetection.enforcingConsecutive5xx": clusterFields + "gatewayFailureAndEnforcingPercentages",
        "OutlierDetection.enforcingConsecutiveGatewayFailure": clusterFields + "gatewayFailureAndEnforcingPercentages",
    ]
}

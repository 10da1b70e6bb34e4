import Foundation

/// One cluster's configuration from `/config_dump`: a few lines of summary (what an operator checks first) and the
/// whole of it as indented JSON, for the dashboard's `y`.
public struct ClusterConfigDetail: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public var name: String
    public var summary: [Field]
    /// The cluster as pretty-printed JSON, keys sorted (the dump's own order is not kept by Foundation).
    public var jsonLines: [String]

    public init(name: String, summary: [Field], jsonLines: [String]) {
        self.name = name
        self.summary = summary
        self.jsonLines = jsonLines
    }

    init(_ cluster: [String: Any]) {
        name = cluster["name"] as? String ?? "-"
        summary = Self.summarize(cluster)
        let data = (try? JSONSerialization.data(withJSONObject: cluster, options: [.prettyPrinted, .sortedKeys]))
            ?? Data()
        jsonLines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).replacingOccurrences(of: "\\/", with: "/") }
    }

    /// Proto JSON leaves defaults out; the summary says what they are (Envoy's defaults).
    static func summarize(_ cluster: [String: Any]) -> [Field] {
        var fields: [Field] = []
        let type = ((cluster["cluster_type"] as? [String: Any])?["name"] as? String) ?? cluster["type"] as? String
        fields.append(Field("type", type ?? "STATIC"))
        fields.append(Field("lb_policy", cluster["lb_policy"] as? String ?? "ROUND_ROBIN"))
        fields.append(Field("connect_timeout", cluster["connect_timeout"] as? String ?? "5s"))
        let groups = (cluster["load_assignment"] as? [String: Any])?["endpoints"] as? [[String: Any]] ?? []
        let endpoints = groups.reduce(0) { $0 + (($1["lb_endpoints"] as? [Any])?.count ?? 0) }
        fields.append(Field("endpoints", "\(endpoints) in \(groups.count) group\(groups.count == 1 ? "" : "s")"))
        fields.append(Field("protocol", protocolText(cluster)))
        if type == "STRICT_DNS" || type == "LOGICAL_DNS" {
            let family = cluster["dns_lookup_family"] as? String ?? "AUTO"
            fields.append(Field("dns", "refresh \(cluster["dns_refresh_rate"] as? String ?? "5s"), \(family)"))
        }
        let checks = cluster["health_checks"] as? [[String: Any]] ?? []
        for check in checks { fields.append(Field("health_check", healthCheckText(check))) }
        if checks.isEmpty { fields.append(Field("health_check", "none")) }
        if let outlier = cluster["outlier_detection"] as? [String: Any] {
            fields.append(Field("outlier_detection", outlierText(outlier)))
        } else {
            fields.append(Field("outlier_detection", "off"))
        }
        if let socket = cluster["transport_socket"] as? [String: Any] {
            fields.append(Field("transport_socket", socket["name"] as? String ?? "?"))
        }
        return fields
    }

    static func protocolText(_ cluster: [String: Any]) -> String {
        let extensions = cluster["typed_extension_protocol_options"] as? [String: Any]
        let options = extensions?["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"] as? [String: Any]
        if let explicit = options?["explicit_http_config"] as? [String: Any] {
            if explicit["http2_protocol_options"] != nil { return "HTTP/2" }
            if explicit["http3_protocol_options"] != nil { return "HTTP/3" }
            return "HTTP/1.1"
        }
        if options?["auto_config"] != nil { return "auto (ALPN)" }
        if options?["use_downstream_protocol_config"] != nil { return "as downstream" }
        return cluster["http2_protocol_options"] != nil ? "HTTP/2" : "HTTP/1.1"
    }

    static func healthCheckText(_ check: [String: Any]) -> String {
        var kind = "custom"
        if let http = check["http_health_check"] as? [String: Any] {
            kind = "http \(http["path"] as? String ?? "/")"
        } else if check["tcp_health_check"] != nil {
            kind = "tcp"
        } else if check["grpc_health_check"] != nil {
            kind = "grpc"
        }
        let interval = check["interval"] as? String ?? "?", timeout = check["timeout"] as? String ?? "?"
        let unhealthy = RouteParsing.int(check["unhealthy_threshold"]).map(String.init) ?? "?"
        let healthy = RouteParsing.int(check["healthy_threshold"]).map(String.init) ?? "?"
        return "\(kind) every \(interval), timeout \(timeout), unhealthy \(unhealthy), healthy \(healthy)"
    }

    static func outlierText(_ outlier: [String: Any]) -> String {
        func value(_ key: String, _ fallback: String) -> String {
            if let text = outlier[key] as? String { return text }
            return RouteParsing.int(outlier[key]).map(String.init) ?? fallback
        }
        return "consecutive_5xx \(value("consecutive_5xx", "5")), interval \(value("interval", "10s")), "
            + "base_ejection_time \(value("base_ejection_time", "30s")), "
            + "max_ejection_percent \(value("max_ejection_percent", "10"))%"
    }
}

import Foundation

/// Reads route configurations out of `/config_dump`'s proto JSON into `RouteConfigModel`.
enum RouteParsing {
    static func routeConfig(_ json: [String: Any], statPrefix: String?, viaRDS: Bool) -> RouteConfigModel.RouteConfig {
        let hosts = (json["virtual_hosts"] as? [[String: Any]] ?? []).map { host in
            RouteConfigModel.VirtualHost(
                name: host["name"] as? String ?? "-", domains: host["domains"] as? [String] ?? [],
                routes: (host["routes"] as? [[String: Any]] ?? []).map(route))
        }
        return RouteConfigModel.RouteConfig(
            statPrefix: statPrefix, name: json["name"] as? String ?? "", viaRDS: viaRDS, virtualHosts: hosts)
    }

    static func route(_ json: [String: Any]) -> RouteConfigModel.Route {
        let match = json["match"] as? [String: Any] ?? [:]
        var action = RouteConfigModel.Action.other("?")
        var rewrite: String?
        if let forward = json["route"] as? [String: Any] {
            if let cluster = forward["cluster"] as? String {
                action = .cluster(cluster)
            } else if let weighted = forward["weighted_clusters"] as? [String: Any] {
                action = .weightedClusters((weighted["clusters"] as? [[String: Any]] ?? []).map {
                    RouteConfigModel.WeightedCluster(name: $0["name"] as? String ?? "-", weight: int($0["weight"]) ?? 0)
                })
            } else if let header = forward["cluster_header"] as? String {
                action = .clusterHeader(header)
            }
            rewrite = rewriteText(forward)
        } else if let redirect = json["redirect"] as? [String: Any] {
            action = .redirect(redirectText(redirect))
        } else if let direct = json["direct_response"] as? [String: Any] {
            let body = (direct["body"] as? [String: Any])?["inline_string"] as? String
            action = .directResponse(status: int(direct["status"]) ?? 0, body: body)
        } else if json["non_forwarding_action"] != nil {
            action = .other("non-forwarding")
        }
        return RouteConfigModel.Route(
            name: json["name"] as? String, match: matchText(match), action: action, rewrite: rewrite)
    }

    static func matchText(_ match: [String: Any]) -> String {
        var text: String
        if let prefix = match["prefix"] as? String {
            text = "prefix \(prefix)"
        } else if let path = match["path"] as? String {
            text = "path \(path)"
        } else if let regex = (match["safe_regex"] as? [String: Any])?["regex"] as? String {
            text = "regex \(regex)"
        } else if let prefix = match["path_separated_prefix"] as? String {
            text = "prefix \(prefix) (separated)"
        } else if match["connect_matcher"] != nil {
            text = "CONNECT"
        } else if let template = match["path_match_policy"] as? [String: Any] {
            text = "template \(((template["typed_config"] as? [String: Any])?["path_template"] as? String) ?? "?")"
        } else {
            text = "?"
        }
        if (match["case_sensitive"] as? Bool) == false { text += " (any case)" }
        let headers = (match["headers"] as? [Any])?.count ?? 0
        if headers > 0 { text += " +\(headers) header\(headers == 1 ? "" : "s")" }
        let queries = (match["query_parameters"] as? [Any])?.count ?? 0
        if queries > 0 { text += " +\(queries) query" }
        return text
    }

    static func rewriteText(_ forward: [String: Any]) -> String? {
        var parts: [String] = []
        if let prefix = forward["prefix_rewrite"] as? String { parts.append("prefix_rewrite \(prefix)") }
        if let regex = forward["regex_rewrite"] as? [String: Any] {
            let pattern = (regex["pattern"] as? [String: Any])?["regex"] as? String ?? "?"
            parts.append("regex_rewrite \(pattern) -> \(regex["substitution"] as? String ?? "")")
        }
        if let host = forward["host_rewrite_literal"] as? String { parts.append("host \(host)") }
        if (forward["auto_host_rewrite"] as? Bool) == true { parts.append("auto host") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `301 https://host:8443/path`: the parts the redirect changes, `...` for the ones it keeps.
    static func redirectText(_ redirect: [String: Any]) -> String {
        let scheme = (redirect["scheme_redirect"] as? String) ?? ((redirect["https_redirect"] as? Bool) == true
            ? "https" : nil)
        var target = scheme.map { "\($0)://" } ?? ""
        target += (redirect["host_redirect"] as? String) ?? (scheme != nil ? "..." : "")
        if let port = int(redirect["port_redirect"]) { target += ":\(port)" }
        if let path = redirect["path_redirect"] as? String {
            target += path
        } else if let prefix = redirect["prefix_rewrite"] as? String {
            target += "\(prefix)..."
        }
        let code: String
        switch redirect["response_code"] as? String {
        case "FOUND": code = "302"
        case "SEE_OTHER": code = "303"
        case "TEMPORARY_REDIRECT": code = "307"
        case "PERMANENT_REDIRECT": code = "308"
        default: code = "301"
        }
        return target.isEmpty ? code : "\(code) \(target)"
    }

    /// `127.0.0.1:18000` from `{"socket_address": {"address": .., "port_value": ..}}`.
    static func address(_ json: Any?) -> String {
        guard let socket = (json as? [String: Any])?["socket_address"] as? [String: Any] else {
            if let pipe = (json as? [String: Any])?["pipe"] as? [String: Any], let path = pipe["path"] as? String {
                return path
            }
            return "-"
        }
        let host = socket["address"] as? String ?? "?"
        let port = int(socket["port_value"]).map(String.init) ?? "?"
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Proto JSON prints 32-bit numbers as numbers and 64-bit ones as strings.
    static func int(_ value: Any?) -> Int? {
        if let number = value as? NSNumber { return number.intValue }
        if let text = value as? String { return Int(text) }
        return nil
    }
}

import Foundation

/// Envoy's command-operator formats (`%START_TIME%`, `%REQ(X?Y):N%`, ...), parsed once and rendered per request.
final class AccessLogFormatter: Sendable {
    enum Segment: Sendable {
        case literal(String)
        case startTime(format: String?)
        case requestHeader(String, fallback: String?, maxLength: Int?)
        case responseHeader(String, fallback: String?, maxLength: Int?)
        case responseCode, responseFlags, bytesReceived, bytesSent, duration, upstreamHost, httpProtocol
        case upstreamCluster, downstreamRemoteAddress, downstreamLocalAddress, downstreamRemoteAddressNoPort
        case method, requestPath, downstreamDirectRemoteAddress, downstreamDirectRemoteAddressNoPort
    }

    enum Shape: Sendable {
        case text([Segment])
        case json([(key: String, segments: [Segment])])
    }

    private let shape: Shape

    init(text: String) {
        shape = .text(Self.parse(text))
    }

    init(json: [String: String]) {
        shape = .json(json.keys.sorted().map { ($0, Self.parse(json[$0]!)) })
    }

    func format(_ entry: AccessLogEntry) -> String {
        switch shape {
        case .text(let segments):
            return render(segments, entry, missing: "-")
        case .json(let fields):
            let body = fields.map { field -> String in
                let value = render(field.segments, entry, missing: "")
                let rendered: String
                if field.segments.count == 1, !isStringValued(field.segments[0]), let number = Int64(value) {
                    rendered = String(number)
                } else if value.isEmpty && field.segments.count == 1 {
                    rendered = "null"
                } else {
                    rendered = jsonString(value)
                }
                return "\(jsonString(field.key)):\(rendered)"
            }
            return "{" + body.joined(separator: ",") + "}\n"
        }
    }

    private func isStringValued(_ segment: Segment) -> Bool {
        switch segment {
        case .responseCode, .bytesReceived, .bytesSent, .duration: return false
        default: return true
        }
    }

    private func render(_ segments: [Segment], _ entry: AccessLogEntry, missing: String) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .literal(let text): out += text
            case .startTime(let format): out += Self.formatTime(entry.startTime, format: format)
            case .requestHeader(let name, let fallback, let maxLength):
                out += clip(header(name, fallback, in: entry, request: true) ?? missing, maxLength)
            case .responseHeader(let name, let fallback, let maxLength):
                out += clip(header(name, fallback, in: entry, request: false) ?? missing, maxLength)
            case .responseCode: out += String(entry.responseCode)
            case .responseFlags: out += entry.flags.description
            case .bytesReceived: out += String(entry.bytesReceived)
            case .bytesSent: out += String(entry.bytesSent)
            case .duration: out += String(entry.durationMs)
            case .upstreamHost: out += entry.upstreamHost ?? missing
            case .upstreamCluster: out += entry.upstreamCluster ?? missing
            case .httpProtocol: out += entry.httpProtocol
            case .downstreamRemoteAddress: out += entry.downstreamRemoteAddress ?? missing
            case .downstreamRemoteAddressNoPort:
                out += entry.downstreamRemoteAddress.map(Self.withoutPort) ?? missing
            case .downstreamLocalAddress: out += entry.downstreamLocalAddress ?? missing
            case .downstreamDirectRemoteAddress:
                out += entry.downstreamDirectRemoteAddress ?? entry.downstreamRemoteAddress ?? missing
            case .downstreamDirectRemoteAddressNoPort:
                out += (entry.downstreamDirectRemoteAddress ?? entry.downstreamRemoteAddress).map(Self.withoutPort)
                    ?? missing
            case .method: out += entry.method
            case .requestPath: out += entry.path
            }
        }
        return out
    }

    private func header(_ name: String, _ fallback: String?, in entry: AccessLogEntry, request: Bool) -> String? {
        for candidate in [name] + (fallback.map { [$0] } ?? []) {
            if let value = headerValue(candidate, entry, request: request) { return value }
        }
        return nil
    }

    private func headerValue(_ name: String, _ entry: AccessLogEntry, request: Bool) -> String? {
        if request {
            switch name {
            case ":method": return entry.method
            case ":path": return entry.path
            case ":authority", "host": return entry.authority.isEmpty ? nil : entry.authority
            case ":scheme": return "http"
            case "x-envoy-original-path": return entry.originalPath
            default: return entry.requestHeaders.first(name: name)
            }
        }
        if name == ":status" { return String(entry.responseCode) }
        return entry.responseHeaders?.first(name: name)
    }

    private func clip(_ value: String, _ maxLength: Int?) -> String {
        guard let maxLength, value.count > maxLength else { return value }
        return String(value.prefix(maxLength))
    }

    private static func withoutPort(_ address: String) -> String {
        if address.hasPrefix("["), let end = address.firstIndex(of: "]") {
            return String(address[address.index(after: address.startIndex)..<end])
        }
        guard let colon = address.lastIndex(of: ":") else { return address }
        return String(address[..<colon])
    }

    /// Envoy's default: `2026-11-27T14:22:04.711Z`; a custom strftime format with `%f`/`%3f` for fractions.
    static func formatTime(_ date: Date, format: String?) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        let millis = Int((date.timeIntervalSince1970 - Double(seconds)) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        guard let format else {
            return String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), millis)
        }
        let expanded = format.replacingOccurrences(of: "%3f", with: String(format: "%03d", millis))
            .replacingOccurrences(of: "%f", with: String(format: "%09d", millis * 1_000_000))
        var buffer = [CChar](repeating: 0, count: 256)
        let count = strftime(&buffer, buffer.count, expanded, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Splits a format into literals and operators; an unknown operator stays literal text.
    static func parse(_ format: String) -> [Segment] {
        var segments: [Segment] = []
        var literal = ""
        var index = format.startIndex
        while index < format.endIndex {
            let character = format[index]
            guard character == "%" else {
                literal.append(character)
                index = format.index(after: index)
                continue
            }
            let afterPercent = format.index(after: index)
            guard let operatorEnd = findOperatorEnd(format, from: afterPercent),
                let segment = parseOperator(String(format[afterPercent..<operatorEnd]))
            else {
                literal.append(character)
                index = afterPercent
                continue
            }
            if !literal.isEmpty {
                segments.append(.literal(literal))
                literal = ""
            }
            segments.append(segment)
            index = format.index(after: operatorEnd)
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return segments
    }

    /// The closing `%` of an operator, skipping a parenthesised argument that may itself contain `%`.
    private static func findOperatorEnd(_ format: String, from start: String.Index) -> String.Index? {
        var index = start
        var depth = 0
        while index < format.endIndex {
            let character = format[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == "%" && depth == 0 { return index == start ? nil : index }
            if character == " " && depth == 0 { return nil }
            index = format.index(after: index)
        }
        return nil
    }

    private static func parseOperator(_ text: String) -> Segment? {
        var name = text
        var argument: String?
        var maxLength: Int?
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            name = String(text[..<open])
            argument = String(text[text.index(after: open)..<close])
            let rest = text[text.index(after: close)...]
            if rest.hasPrefix(":"), let length = Int(rest.dropFirst()) { maxLength = length }
        }
        func headerArgs() -> (String, String?)? {
            guard let argument else { return nil }
            let parts = argument.split(separator: "?", maxSplits: 1).map { $0.lowercased() }
            return (parts[0], parts.count > 1 ? parts[1] : nil)
        }
        switch name {
        case "START_TIME": return .startTime(format: argument)
        case "REQ":
            guard let (header, fallback) = headerArgs() else { return nil }
            return .requestHeader(header, fallback: fallback, maxLength: maxLength)
        case "RESP":
            guard let (header, fallback) = headerArgs() else { return nil }
            return .responseHeader(header, fallback: fallback, maxLength: maxLength)
        case "RESPONSE_CODE": return .responseCode
        case "RESPONSE_FLAGS": return .responseFlags
        case "BYTES_RECEIVED": return .bytesReceived
        case "BYTES_SENT": return .bytesSent
        case "DURATION": return .duration
        case "UPSTREAM_HOST": return .upstreamHost
        case "UPSTREAM_CLUSTER": return .upstreamCluster
        case "PROTOCOL": return .httpProtocol
        case "DOWNSTREAM_REMOTE_ADDRESS": return .downstreamRemoteAddress
        case "DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT": return .downstreamRemoteAddressNoPort
        case "DOWNSTREAM_DIRECT_REMOTE_ADDRESS": return .downstreamDirectRemoteAddress
        case "DOWNSTREAM_DIRECT_REMOTE_ADDRESS_WITHOUT_PORT": return .downstreamDirectRemoteAddressNoPort
        case "DOWNSTREAM_LOCAL_ADDRESS": return .downstreamLocalAddress
        case "METHOD": return .method
        default: return nil
        }
    }
}

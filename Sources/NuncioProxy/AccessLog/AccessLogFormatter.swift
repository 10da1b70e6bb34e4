import Foundation
import NuncioConfig

/// Renders Envoy's command-operator formats (parsed at load into `AccessLogCommand`s) for one request.
/// A value that is absent prints as `-` (Envoy's unspecified value), or as nothing with `omit_empty_values`.
final class AccessLogFormatter: Sendable {
    enum Shape: Sendable {
        case text([AccessLogCommand])
        case json([(key: String, commands: [AccessLogCommand])])
    }

    private let shape: Shape
    private let omitEmptyValues: Bool
    private var emptyValue: String { omitEmptyValues ? "" : "-" }

    init(format: AccessLog.Format, omitEmptyValues: Bool = false) {
        self.omitEmptyValues = omitEmptyValues
        switch format {
        case .default: shape = .text(Self.parse(AccessLog.defaultFormat))
        case .text(let text): shape = .text(Self.parse(text))
        // Envoy prints a JSON object's keys sorted.
        case .json(let fields): shape = .json(fields.keys.sorted().map { ($0, Self.parse(fields[$0]!)) })
        }
    }

    /// The loader has refused formats that do not parse; one built in code prints as literal text.
    private static func parse(_ format: String) -> [AccessLogCommand] {
        (try? AccessLogCommand.parse(format)) ?? [.literal(format)]
    }

    func format(_ entry: AccessLogEntry) -> String {
        switch shape {
        case .text(let commands):
            var out = ""
            for command in commands { out += value(command, entry) ?? emptyValue }
            return out
        case .json(let fields):
            var members: [String] = []
            members.reserveCapacity(fields.count)
            for field in fields {
                guard let rendered = jsonValue(field.commands, entry) else { continue }
                members.append(Self.jsonString(field.key) + ":" + rendered)
            }
            return "{" + members.joined(separator: ",") + "}\n"
        }
    }

    /// One command alone keeps its type (a number, or null when absent: omitted with `omit_empty_values`);
    /// several make a string.
    private func jsonValue(_ commands: [AccessLogCommand], _ entry: AccessLogEntry) -> String? {
        if commands.count == 1 {
            guard let text = value(commands[0], entry) else { return omitEmptyValues ? nil : "null" }
            if commands[0].isNumeric, let number = Int64(text) { return String(number) }
            return Self.jsonString(text)
        }
        var out = ""
        for command in commands { out += value(command, entry) ?? emptyValue }
        return Self.jsonString(out)
    }

    /// The command's value for this request; nil when it has none (an absent or empty header, no upstream).
    private func value(_ command: AccessLogCommand, _ entry: AccessLogEntry) -> String? {
        switch command {
        case .literal(let text): return text
        case .startTime(let format): return Self.formatTime(entry.startTime, format: format)
        case .requestHeader(let name, let fallback, let maxLength):
            return header(name, fallback, in: entry, request: true).map { clip($0, maxLength) }
        case .responseHeader(let name, let fallback, let maxLength):
            return header(name, fallback, in: entry, request: false).map { clip($0, maxLength) }
        case .responseCode: return String(entry.responseCode)
        case .responseFlags: return entry.flags.description
        case .bytesReceived: return String(entry.bytesReceived)
        case .bytesSent: return String(entry.bytesSent)
        case .duration: return String(entry.durationMs)
        case .upstreamHost: return entry.upstreamHost
        case .upstreamCluster: return entry.upstreamCluster
        case .httpProtocol: return entry.httpProtocol
        case .downstreamRemoteAddress: return entry.downstreamRemoteAddress
        case .downstreamRemoteAddressWithoutPort: return entry.downstreamRemoteAddress.map(Self.withoutPort)
        case .downstreamLocalAddress: return entry.downstreamLocalAddress
        }
    }

    private func header(_ name: String, _ fallback: String?, in entry: AccessLogEntry, request: Bool) -> String? {
        if let value = headerValue(name, entry, request: request), !value.isEmpty { return value }
        guard let fallback, let value = headerValue(fallback, entry, request: request), !value.isEmpty else {
            return nil
        }
        return value
    }

    private func headerValue(_ name: String, _ entry: AccessLogEntry, request: Bool) -> String? {
        if request {
            switch name {
            case ":method": return entry.method
            case ":path": return entry.path
            case ":authority", "host": return entry.authority
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

    private static func jsonString(_ text: String) -> String {
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
}

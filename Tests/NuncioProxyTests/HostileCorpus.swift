import Foundation
import Testing

/// One answer real Envoy 1.40 gave on a hostile connection: a proxied 2xx, or a local reply with its body.
enum EnvoyAnswer: Sendable, Equatable, CustomStringConvertible {
    case proxied
    case local(status: Int, body: String, connectionClose: Bool)

    var description: String {
        switch self {
        case .proxied: return "2xx (proxied)"
        case .local(let status, let body, let close):
            return "\(status) \(body.debugDescription)\(close ? " + connection: close" : "")"
        }
    }
}

/// A case of `Tests/Fixtures/hostile/corpus.json`, recorded from real Envoy by `record_envoy.py`.
struct HostileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var note: String
    /// The exact bytes to send.
    var request: [UInt8]
    /// Every answer Envoy gave, in order (interim 100 included).
    var answers: [EnvoyAnswer]
    /// Envoy closed the connection (right after its answers, or after its ~1 s delayed close).
    var closes: Bool
    /// Envoy kept the connection open and answered a well-formed probe on it.
    var keepAlive: Bool

    var testDescription: String { name }
}

enum HostileCorpus {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/corpus.json")

    /// All cases; an unreadable corpus yields none, which the count test reports.
    static let cases: [HostileCase] = (try? load()) ?? []

    static func load() throws -> [HostileCase] {
        let data = try Data(contentsOf: url)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        return try cases.map(parse)
    }

    private static func parse(_ json: [String: Any]) throws -> HostileCase {
        var request = try #require(json["request"] as? String)
        if let repeated = json["repeat"] as? [String: Any], let marker = repeated["marker"] as? String,
            let text = repeated["text"] as? String, let count = repeated["count"] as? Int
        {
            request = request.replacingOccurrences(of: marker, with: String(repeating: text, count: count))
        }
        let answers = try #require(json["answers"] as? [[String: Any]]).map { answer -> EnvoyAnswer in
            guard let status = answer["status"] as? Int else { return .proxied }
            return .local(status: status, body: answer["body"] as? String ?? "",
                connectionClose: answer["connectionClose"] as? Bool ?? false)
        }
        return HostileCase(
            name: try #require(json["name"] as? String), note: json["note"] as? String ?? "",
            request: latin1Bytes(request), answers: answers,
            closes: json["closes"] as? Bool ?? false, keepAlive: json["keepAlive"] as? Bool ?? false)
    }

    /// The corpus writes one byte per character, U+0000...U+00FF.
    private static func latin1Bytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }
}

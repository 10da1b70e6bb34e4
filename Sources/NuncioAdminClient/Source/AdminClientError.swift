/// Why a poll or an action failed; `description` is what the dashboard's status line shows.
public struct AdminClientError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case badURL
        case transport
        case status(Int)
        case decoding
    }

    public var kind: Kind
    public var path: String
    public var detail: String

    public init(_ kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    public var description: String {
        switch kind {
        case .badURL: return "bad admin URL for \(path)"
        case .transport: return "\(path): \(detail)"
        case .status(let code): return "\(path): HTTP \(code) \(detail)"
        case .decoding: return "\(path): unreadable answer (\(detail))"
        }
    }
}

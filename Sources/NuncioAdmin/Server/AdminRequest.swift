import Foundation

/// An admin request: method, path and query parameters (a parameter without `=` is present with an empty value).
public struct AdminRequest: Sendable {
    public var method: String
    public var path: String
    public var query: [(String, String)]
    /// Form fields of a POST body are merged into `query`, as Envoy's admin accepts either.
    public init(method: String, uri: String, body: String = "") {
        self.method = method
        let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(parts.first ?? "")
        var query = parts.count > 1 ? Self.parse(String(parts[1])) : []
        if !body.isEmpty { query += Self.parse(body) }
        self.query = query
    }

    public func value(_ name: String) -> String? {
        query.first { $0.0 == name }?.1
    }

    public func has(_ name: String) -> Bool {
        query.contains { $0.0 == name }
    }

    static func parse(_ text: String) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(String(pieces[0]))
            let value = pieces.count > 1 ? decode(String(pieces[1])) : ""
            return (name, value)
        }
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
    }
}

/// What a handler answers; the server adds Envoy's common headers.
public struct AdminResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: String
    public var extraHeaders: [(String, String)]

    public init(status: Int = 200, contentType: String = AdminResponse.textPlain, body: String,
        extraHeaders: [(String, String)] = [])
    {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.extraHeaders = extraHeaders
    }

    public static let textPlain = "text/plain; charset=UTF-8"
    public static let json = "application/json"
    public static let html = "text/html; charset=UTF-8"

    public static func ok() -> AdminResponse { AdminResponse(body: "OK\n") }

    public static func json(_ value: JSONValue, status: Int = 200) -> AdminResponse {
        AdminResponse(status: status, contentType: json, body: value.rendered() + "\n")
    }
}

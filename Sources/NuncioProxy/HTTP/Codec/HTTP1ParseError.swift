/// Why an HTTP/1.1 request could not be parsed, by the answer Envoy gives it.
enum HTTP1ParseError: Error, Equatable {
    /// Malformed syntax or framing: 400.
    case badRequest
    /// A header block past `max_request_headers_kb` or `max_headers_count`: 431.
    case headersTooLarge
    /// A transfer coding other than a lone `chunked`: 501.
    case notImplemented

    var localReply: LocalReply {
        switch self {
        case .badRequest: return .badRequest
        case .headersTooLarge: return .headersTooLarge
        case .notImplemented: return .notImplemented
        }
    }
}

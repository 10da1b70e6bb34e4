/// One piece of an access log format: literal text or one of Envoy's command operators (`%START_TIME%`,
/// `%REQ(X?Y):N%`, ...). Parsed at load, so a format Nuncio cannot render is refused there.
public enum AccessLogCommand: Equatable, Sendable {
    case literal(String)
    case startTime(format: String?)
    case requestHeader(String, fallback: String?, maxLength: Int?)
    case responseHeader(String, fallback: String?, maxLength: Int?)
    case responseCode, responseFlags, bytesReceived, bytesSent, duration, upstreamHost, httpProtocol
    case upstreamCluster, downstreamRemoteAddress, downstreamRemoteAddressWithoutPort, downstreamLocalAddress

    /// Commands whose value is a number: JSON formats print them unquoted.
    public var isNumeric: Bool {
        switch self {
        case .responseCode, .bytesReceived, .bytesSent, .duration: return true
        default: return false
        }
    }

    private static let simple: [String: AccessLogCommand] = [
        "RESPONSE_CODE": .responseCode, "RESPONSE_FLAGS": .responseFlags, "BYTES_RECEIVED": .bytesReceived,
        "BYTES_SENT": .bytesSent, "DURATION": .duration, "UPSTREAM_HOST": .upstreamHost,
        "UPSTREAM_CLUSTER": .upstreamCluster, "PROTOCOL": .httpProtocol,
        "DOWNSTREAM_REMOTE_ADDRESS": .downstreamRemoteAddress,
        "DOWNSTREAM_DIRECT_REMOTE_ADDRESS": .downstreamRemoteAddress,
        "DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT": .downstreamRemoteAddressWithoutPort,
        "DOWNSTREAM_DIRECT_REMOTE_ADDRESS_WITHOUT_PORT": .downstreamRemoteAddressWithoutPort,
        "DOWNSTREAM_LOCAL_ADDRESS": .downstreamLocalAddress,
    ]

    /// Envoy operators Nuncio does not render (refused as unsupported, not as unknown).
    private static let envoyOnly: Set<String> = [
        "REQ_WITHOUT_QUERY", "TRAILER", "REQUEST_DURATION", "REQUEST_TX_DURATION", "RESPONSE_DURATION",
        "RESPONSE_TX_DURATION", "ROUNDTRIP_DURATION", "RESPONSE_CODE_DETAILS", "CONNECTION_TERMINATION_DETAILS",
        "ROUTE_NAME", "VIRTUAL_CLUSTER_NAME", "UPSTREAM_LOCAL_ADDRESS", "UPSTREAM_REMOTE_ADDRESS",
        "UPSTREAM_TRANSPORT_FAILURE_REASON", "UPSTREAM_REQUEST_ATTEMPT_COUNT", "REQUESTED_SERVER_NAME", "HOSTNAME",
        "DYNAMIC_METADATA", "CLUSTER_METADATA", "UPSTREAM_METADATA", "FILTER_STATE", "UPSTREAM_FILTER_STATE",
        "CONNECTION_ID", "STREAM_ID", "UNIQUE_ID", "DOWNSTREAM_PEER_URI_SAN", "DOWNSTREAM_TLS_VERSION",
        "DOWNSTREAM_LOCAL_PORT", "DOWNSTREAM_REMOTE_PORT", "UPSTREAM_PROTOCOL", "BYTES_RETRANSMITTED",
        "UPSTREAM_WIRE_BYTES_SENT", "UPSTREAM_WIRE_BYTES_RECEIVED", "REQUEST_HEADERS_BYTES", "RESPONSE_HEADERS_BYTES",
        "GRPC_STATUS", "GRPC_STATUS_NUMBER", "RESPONSE_FLAGS_LONG", "START_TIME_LOCAL", "EMIT_TIME", "ENVIRONMENT",
        "LOCAL_REPLY_BODY", "ACCESS_LOG_TYPE", "VIRTUAL_CLUSTER_NAME", "UPSTREAM_CONNECTION_ID",
    ]

    /// Splits a format as Envoy's `SubstitutionFormatParser` does: `%%` is a literal `%`, and every other `%`
    /// must open `%NAME%`, `%NAME(args)%` or `%NAME(args):N%` (args without `)`); an error says why not.
    public static func parse(_ format: String) throws(AccessLogFormatError) -> [AccessLogCommand] {
        let bytes = Array(format.utf8)
        var commands: [AccessLogCommand] = []
        var literal: [UInt8] = []
        var index = 0
        func flushLiteral() {
            guard !literal.isEmpty else { return }
            commands.append(.literal(String(decoding: literal, as: UTF8.self)))
            literal.removeAll()
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "%") else {
                literal.append(bytes[index])
                index += 1
                continue
            }
            if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "%") {
                literal.append(UInt8(ascii: "%"))
                index += 2
                continue
            }
            guard let token = scanCommand(bytes, at: index) else {
                throw .noCommand(format: format, position: index)
            }
            flushLiteral()
            commands.append(try command(token))
            index = token.end
        }
        flushLiteral()
        return commands
    }

    private struct Token {
        var name: String
        var argument: String?
        var maxLength: Int?
        var end: Int
    }

    /// Envoy's pattern `%([A-Z]|[0-9]|_)+(\([^\)]*\))?(:[0-9]+)?%` from `start`.
    private static func scanCommand(_ bytes: [UInt8], at start: Int) -> Token? {
        var index = start + 1
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        var token = Token(name: String(decoding: bytes[nameStart..<index], as: UTF8.self), end: 0)
        if index < bytes.count, bytes[index] == UInt8(ascii: "(") {
            let argumentStart = index + 1
            guard let close = bytes[argumentStart...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            token.argument = String(decoding: bytes[argumentStart..<close], as: UTF8.self)
            index = close + 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            let digitsStart = index + 1
            index = digitsStart
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > digitsStart, let length = Int(String(decoding: bytes[digitsStart..<index], as: UTF8.self))
            else { return nil }
            token.maxLength = length
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "%") else { return nil }
        token.end = index + 1
        return token
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private static func command(_ token: Token) throws(AccessLogFormatError) -> AccessLogCommand {
        switch token.name {
        case "START_TIME":
            return .startTime(format: token.argument.flatMap { $0.isEmpty ? nil : $0 })
        case "REQ", "RESP":
            guard let argument = token.argument, !argument.isEmpty else { throw .requiresParameters(token.name) }
            let parts = argument.split(separator: "?", omittingEmptySubsequences: false).map { $0.lowercased() }
            guard parts.count <= 2 else { throw .moreThanOneAlternative(argument) }
            let fallback = parts.count == 2 ? parts[1] : nil
            return token.name == "REQ"
                ? .requestHeader(parts[0], fallback: fallback, maxLength: token.maxLength)
                : .responseHeader(parts[0], fallback: fallback, maxLength: token.maxLength)
        default:
            if let command = simple[token.name] {
                guard token.argument == nil && token.maxLength == nil else { throw .takesNoParameters(token.name) }
                return command
            }
            if envoyOnly.contains(token.name) { throw .unsupported(token.name) }
            throw .unknown(token.name)
        }
    }
}

/// Why a format was refused; the texts are Envoy's where Envoy refuses it too.
public enum AccessLogFormatError: Error, Equatable, CustomStringConvertible {
    case noCommand(format: String, position: Int)
    case unknown(String)
    case unsupported(String)
    case requiresParameters(String)
    case takesNoParameters(String)
    case moreThanOneAlternative(String)

    public var description: String {
        switch self {
        case .noCommand(let format, let position):
            return "Incorrect configuration: \(format). Couldn't find valid command at position \(position)"
        case .unknown(let name): return "Not supported field in StreamInfo: \(name)"
        case .unsupported(let name): return "operator '%\(name)%' is not supported by nuncio"
        case .requiresParameters(let name): return "\(name) requires parameters"
        case .takesNoParameters(let name): return "\(name) does not take any parameters or length"
        case .moreThanOneAlternative(let argument):
            return "More than 1 alternative header specified in token: \(argument)"
        }
    }
}

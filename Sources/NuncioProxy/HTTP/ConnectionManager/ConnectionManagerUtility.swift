import NIOHTTP1
import NuncioConfig

/// The connection manager's request header edits, made before routing so that local replies log them too
/// (Envoy's `ConnectionManagerUtility::mutateRequestHeaders`): hop-by-hop headers gone, `x-forwarded-for`,
/// `x-forwarded-proto` and `x-request-id` as Envoy sets them.
enum ConnectionManagerUtility {
    struct Mutation {
        var headers: HTTPHeaders
        /// The client sent its own `x-envoy-expected-rq-timeout-ms` (the router replaces it).
        var sentExpectedTimeout: Bool
    }

    static func mutateRequestHeaders(
        _ headers: HTTPHeaders, manager: HttpConnectionManager, remoteAddress: String?,
        requestIDs: inout RequestIDGenerator
    ) -> Mutation {
        // Which of the headers set below the client sent, seen while the list to forward is built: absent ones are
        // appended to it, present ones replaced afterwards (rarer, and a search each).
        var hasForwardedProto = false
        var hasRequestID = false
        var sentExpectedTimeout = false
        var forwardedFor: String?
        var fields = HopByHopHeaders.forwarded(headers, reserving: 3) { name, value in
            switch name.utf8.count {
            case 12: hasRequestID = hasRequestID || HeaderName.equals(name, "x-request-id")
            case 15:
                if forwardedFor == nil && HeaderName.equals(name, "x-forwarded-for") { forwardedFor = value }
            case 17: hasForwardedProto = hasForwardedProto || HeaderName.equals(name, "x-forwarded-proto")
            case 30:
                sentExpectedTimeout = sentExpectedTimeout || HeaderName.equals(name, "x-envoy-expected-rq-timeout-ms")
            default: break
            }
            return false
        }
        var replacements: [(String, String)] = []
        if manager.useRemoteAddress, !manager.skipXffAppend, let remoteAddress {
            let address = withoutPort(remoteAddress)
            if let forwardedFor {
                replacements.append(("x-forwarded-for", forwardedFor + "," + address))
            } else {
                fields.append(("x-forwarded-for", address))
            }
        }
        if !hasForwardedProto {
            fields.append(("x-forwarded-proto", "http"))
        } else if manager.useRemoteAddress {
            replacements.append(("x-forwarded-proto", "http"))
        }
        let keepsRequestID = hasRequestID && (!manager.useRemoteAddress || manager.preserveExternalRequestId)
        if manager.generateRequestId && !keepsRequestID {
            if hasRequestID {
                replacements.append(("x-request-id", requestIDs.uuidString()))
            } else {
                fields.append(("x-request-id", requestIDs.uuidString()))
            }
        }
        var result = HTTPHeaders(fields)
        for (name, value) in replacements { result.replaceOrAdd(name: name, value: value) }
        return Mutation(headers: result, sentExpectedTimeout: sentExpectedTimeout)
    }

    static func withoutPort(_ address: String) -> String {
        if address.hasPrefix("["), let end = address.firstIndex(of: "]") {
            return String(address[address.index(after: address.startIndex)..<end])
        }
        guard let colon = address.lastIndex(of: ":") else { return address }
        return String(address[..<colon])
    }
}

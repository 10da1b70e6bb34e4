import NIOHTTP1
import NuncioConfig

/// The connection manager's request header edits, made before routing so that local replies log them too
/// (Envoy's `ConnectionManagerUtility::mutateRequestHeaders`): hop-by-hop headers and the client's internal
/// `x-envoy-*` headers gone, `x-forwarded-for`, `x-forwarded-proto`, `via`, `x-envoy-external-address` and
/// `x-request-id` as Envoy sets them, and the client address Envoy trusts.
enum ConnectionManagerUtility {
    struct Mutation {
        var headers: HTTPHeaders
        /// The downstream remote address Envoy logs when `x-forwarded-for` decides it (`ip:0`); nil for the peer.
        var trustedRemoteAddress: String?
    }

    /// What the header edits read of the connection manager, copied out once per listener (passing the whole
    /// `HttpConnectionManager` copied it, ~450 instructions, on every request).
    struct Config: Sendable {
        let useRemoteAddress: Bool
        let skipXffAppend: Bool
        let xffNumTrustedHops: UInt32
        let generateRequestId: Bool
        let preserveExternalRequestId: Bool
        let via: String?

        init(_ manager: HttpConnectionManager) {
            useRemoteAddress = manager.useRemoteAddress
            skipXffAppend = manager.skipXffAppend
            xffNumTrustedHops = manager.xffNumTrustedHops
            generateRequestId = manager.generateRequestId
            preserveExternalRequestId = manager.preserveExternalRequestId
            via = manager.via
        }
    }

    static func mutateRequestHeaders(
        _ headers: HTTPHeaders, config manager: Config, remoteAddress: String?, scheme: String = "http",
        requestIDs: inout RequestIDGenerator
    ) -> Mutation {
        // Which of the headers set below the client sent, seen while the list to forward is built: absent ones are
        // appended to it, present ones replaced in place afterwards (rarer, and a search each).
        let edge = manager.useRemoteAddress
        var hasForwardedProto = false
        var hasRequestID = false
        var hasExternalAddress = false
        var forwardedFor: String?
        var via: String?
        var fields = HopByHopHeaders.forwarded(headers, reserving: 5) { name, value in
            switch name.utf8.count {
            case 3: if via == nil && HeaderName.equals(name, "via") { via = value }
            case 12: hasRequestID = hasRequestID || HeaderName.equals(name, "x-request-id")
            case 15:
                if forwardedFor == nil && HeaderName.equals(name, "x-forwarded-for") { forwardedFor = value }
            case 17: hasForwardedProto = hasForwardedProto || HeaderName.equals(name, "x-forwarded-proto")
            case 24:
                hasExternalAddress = hasExternalAddress || HeaderName.equals(name, "x-envoy-external-address")
            default: break
            }
            return InternalHeaders.isStripped(name, edge: edge)
        }
        var replacements: [(String, String)] = []
        // The client address Envoy trusts: with `use_remote_address`, the peer unless `xff_num_trusted_hops`
        // picks one from `x-forwarded-for` (before Envoy appends to it); without, `x-forwarded-for` alone.
        var trusted: String?
        let hops = manager.xffNumTrustedHops
        if let forwardedFor, !edge || hops > 0 {
            trusted = ForwardedAddress.lastAddress(in: forwardedFor, skipping: edge ? hops - 1 : hops)
        }
        if edge, let remoteAddress {
            let peer = withoutPort(remoteAddress)
            if !manager.skipXffAppend {
                let address = ForwardedAddress.isLoopback(peer) ? ForwardedAddress.local : peer
                if let forwardedFor {
                    replacements.append(("x-forwarded-for", forwardedFor + "," + address))
                } else {
                    fields.append(("x-forwarded-for", address))
                }
            }
            if !hasForwardedProto { fields.append(("x-forwarded-proto", scheme)) }
            else { replacements.append(("x-forwarded-proto", scheme)) }
            appendVia(manager.via, existing: via, to: &fields, replacements: &replacements)
            let external = trusted ?? peer
            if hasExternalAddress {
                replacements.append(("x-envoy-external-address", external))
            } else {
                fields.append(("x-envoy-external-address", external))
            }
        } else {
            if !hasForwardedProto { fields.append(("x-forwarded-proto", scheme)) }
            appendVia(manager.via, existing: via, to: &fields, replacements: &replacements)
        }
        let keepsRequestID = hasRequestID && (!edge || manager.preserveExternalRequestId)
        if manager.generateRequestId && !keepsRequestID {
            if hasRequestID {
                replacements.append(("x-request-id", requestIDs.uuidString()))
            } else {
                fields.append(("x-request-id", requestIDs.uuidString()))
            }
        }
        for (name, value) in replacements { replaceInPlace(&fields, name: name, value: value) }
        return Mutation(
            headers: HTTPHeaders(fields),
            trustedRemoteAddress: trusted.map { ForwardedAddress.withPort($0, port: 0) })
    }

    /// `via` gets the connection manager's value, after the client's own (Envoy's `Utility::appendVia`).
    private static func appendVia(
        _ value: String?, existing: String?, to fields: inout [(String, String)],
        replacements: inout [(String, String)]
    ) {
        guard let value else { return }
        if let existing, !existing.isEmpty {
            replacements.append(("via", existing + ", " + value))
        } else if existing != nil {
            replacements.append(("via", value))
        } else {
            fields.append(("via", value))
        }
    }

    /// The response's `via` (Envoy's `mutateResponseHeaders`): the connection manager's value after the upstream's
    /// own, or a new header at the end; in a local reply, right after `server`, where Envoy's header order puts it.
    static func appendVia(_ value: String, toResponse headers: inout HTTPHeaders, localReply: Bool) {
        var fields = Array(headers)
        if let index = fields.firstIndex(where: { HeaderName.equals($0.name, "via") }) {
            fields[index].value = fields[index].value.isEmpty ? value : fields[index].value + ", " + value
        } else if localReply, let server = fields.firstIndex(where: { HeaderName.equals($0.name, "server") }) {
            fields.insert(("via", value), at: server + 1)
        } else {
            headers.add(name: "via", value: value)
            return
        }
        headers = HTTPHeaders(fields.map { ($0.name, $0.value) })
    }

    /// The first `name` takes `value` where it stands, as Envoy's header map edits a header; the others go.
    private static func replaceInPlace(_ fields: inout [(String, String)], name: String, value: String) {
        var seen = false
        fields.removeAll { field in
            guard field.0.utf8.count == name.utf8.count, field.0.lowercased() == name else { return false }
            defer { seen = true }
            return seen
        }
        if let index = fields.firstIndex(where: { $0.0.utf8.count == name.utf8.count && $0.0.lowercased() == name }) {
            fields[index].1 = value
        } else {
            fields.append((name, value))
        }
    }

    static func withoutPort(_ address: String) -> String {
        if address.hasPrefix("["), let end = address.firstIndex(of: "]") {
            return String(address[address.index(after: address.startIndex)..<end])
        }
        guard let colon = address.lastIndex(of: ":") else { return address }
        return String(address[..<colon])
    }
}

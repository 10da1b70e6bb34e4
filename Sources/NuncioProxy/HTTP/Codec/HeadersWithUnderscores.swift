import NIOHPACK
import NIOHTTP1
import NuncioConfig
import NuncioStats

/// `headers_with_underscores_action` in one codec, with that codec's server-wide counters (`http1.*` or
/// `http2.*`, no prefix: Envoy keeps one set for all listeners). Envoy's codecs look at each name as they parse it.
/// Made once per listener, and only when the action is not `ALLOW`: requests then pay one nil check.
final class HeadersWithUnderscores: Sendable {
    let action: HttpConnectionManager.HeadersWithUnderscoresAction
    let dropped: Counter
    let rejected: Counter

    /// nil under `ALLOW`; the counters exist either way, as Envoy's do. `codec` is `http1` or `http2`.
    static func make(
        _ action: HttpConnectionManager.HeadersWithUnderscoresAction, codec: String, store: StatsStore
    ) -> HeadersWithUnderscores? {
        let policy = HeadersWithUnderscores(action, codec: codec, store: store)
        return action == .ALLOW ? nil : policy
    }

    private init(_ action: HttpConnectionManager.HeadersWithUnderscoresAction, codec: String, store: StatsStore) {
        self.action = action
        dropped = store.counter(codec + ".dropped_headers_with_underscores")
        rejected = store.counter(codec + ".requests_rejected_with_underscores_in_headers")
    }

    /// Drops each field whose name has `_` (`DROP_HEADER`), counted; false when the request is refused instead
    /// (`REJECT_REQUEST`), counted once.
    func apply(to fields: inout [(String, String)]) -> Bool {
        guard fields.contains(where: { Self.hasUnderscore($0.0) }) else { return true }
        if action == .REJECT_REQUEST {
            rejected.inc()
            return false
        }
        fields.removeAll { field in
            guard Self.hasUnderscore(field.0) else { return false }
            dropped.inc()
            return true
        }
        return true
    }

    private static func hasUnderscore(_ name: String) -> Bool {
        name.utf8.contains(UInt8(ascii: "_"))
    }
}

extension HeadersWithUnderscores {
    /// `apply(to:)` for an HTTP/2 header block (pseudo-headers have no `_`).
    func apply(to block: inout HPACKHeaders) -> Bool {
        guard block.contains(where: { Self.hasUnderscore($0.name) }) else { return true }
        var fields = block.map { ($0.name, $0.value) }
        guard apply(to: &fields) else { return false }
        block = HPACKHeaders(fields)
        return true
    }
}

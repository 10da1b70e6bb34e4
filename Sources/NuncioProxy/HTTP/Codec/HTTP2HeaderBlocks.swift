import NIOHPACK
import NIOHTTP1

/// Header blocks between HTTP/2 and the HTTP/1 parts the proxy works with, for both stream codecs.
enum HTTP2HeaderBlocks {
    /// The fields of `block` without its pseudo-headers (`:status`, `:path`, ...).
    static func regularFields(_ block: HPACKHeaders) -> [(String, String)] {
        var fields: [(String, String)] = []
        fields.reserveCapacity(block.count)
        for (name, value, _) in block where name.utf8.first != UInt8(ascii: ":") { fields.append((name, value)) }
        return fields
    }

    /// Trailers as a block, with the lower-case names HTTP/2 wants.
    static func trailers(_ headers: HTTPHeaders) -> HPACKHeaders {
        HPACKHeaders(headers.map { (HeaderName.lowercased($0.name), $0.value) })
    }
}

import NIOHTTP1

/// The request methods Envoy's HTTP/1 codec accepts (Balsa's `isMethodValid` list, case-sensitive); any other
/// method is a bad request, as there.
enum HTTP1Methods {
    static func method(_ bytes: UnsafeRawBufferPointer) -> HTTPMethod? {
        // The common ones without a table walk.
        switch bytes.count {
        case 3:
            if matches(bytes, "GET") { return .GET }
            if matches(bytes, "PUT") { return .PUT }
        case 4:
            if matches(bytes, "POST") { return .POST }
            if matches(bytes, "HEAD") { return .HEAD }
        case 0:
            return nil
        default:
            break
        }
        for (name, method) in others where matches(bytes, name) { return method }
        return nil
    }

    private static let others: [(StaticString, HTTPMethod)] = [
        ("DELETE", .DELETE), ("PATCH", .PATCH), ("OPTIONS", .OPTIONS), ("CONNECT", .CONNECT), ("TRACE", .TRACE),
        ("ACL", .ACL), ("BIND", .BIND), ("CHECKOUT", .CHECKOUT), ("COPY", .COPY), ("LINK", .LINK), ("LOCK", .LOCK),
        ("MERGE", .MERGE), ("MKACTIVITY", .MKACTIVITY), ("MKCALENDAR", .MKCALENDAR), ("MKCOL", .MKCOL),
        ("MOVE", .MOVE), ("M-SEARCH", .MSEARCH), ("NOTIFY", .NOTIFY), ("PROPFIND", .PROPFIND),
        ("PROPPATCH", .PROPPATCH), ("PURGE", .PURGE), ("REBIND", .REBIND), ("REPORT", .REPORT),
        ("SEARCH", .SEARCH), ("SOURCE", .SOURCE), ("SUBSCRIBE", .SUBSCRIBE), ("UNBIND", .UNBIND),
        ("UNLINK", .UNLINK), ("UNLOCK", .UNLOCK), ("UNSUBSCRIBE", .UNSUBSCRIBE),
    ]

    @inline(__always)
    private static func matches(_ bytes: UnsafeRawBufferPointer, _ name: StaticString) -> Bool {
        name.utf8CodeUnitCount == bytes.count
            && bytes.elementsEqual(UnsafeRawBufferPointer(start: name.utf8Start, count: bytes.count))
    }
}

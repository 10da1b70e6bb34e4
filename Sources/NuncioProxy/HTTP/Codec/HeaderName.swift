/// Header-name comparisons without lower-cased copies: the request path compares a dozen names a request.
enum HeaderName {
    /// Whether `name` is `lowercase` in any case. `lowercase` holds lower-case letters and `-` only; names are HTTP
    /// tokens, in which folding bit 0x20 only ever maps an upper-case letter to its lower case.
    @inline(__always)
    static func equals(_ name: String, _ lowercase: StaticString) -> Bool {
        let target = UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)
        return name.utf8.count == target.count && name.utf8.elementsEqual(target) { $0 | 0x20 == $1 }
    }

    /// `name` in lower case, the same string when it already is (HTTP/2 wants lower-case names).
    static func lowercased(_ name: String) -> String {
        name.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ? name.lowercased() : name
    }
}

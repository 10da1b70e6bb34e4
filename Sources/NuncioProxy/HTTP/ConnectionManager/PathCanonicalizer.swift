/// RFC 3986 path normalization as Envoy 1.40 does it for `normalize_path` (the URL library's `CanonicalizePath`):
/// `.` and `..` segments resolved (`%2e` counts as a dot, and a literal dot segment may carry `;` parameters),
/// `\` made `/`, escapes of unreserved characters decoded, characters a path may not hold escaped, other escapes
/// kept as written. A NUL, literal or escaped, makes the path invalid.
enum PathCanonicalizer {
    private enum Class: UInt8 {
        /// Copied as is.
        case pass
        /// Copied as is; decoded when escaped.
        case unescape
        /// Percent-encoded when literal; kept escaped.
        case escape
        /// NUL.
        case invalid
    }

    private static let classes: [Class] = (0..<128).map { byte -> Class in
        switch UInt8(byte) {
        case 0: return .invalid
        case 1...0x20, 0x7F: return .escape
        case UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "?"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"),
            UInt8(ascii: "|"), UInt8(ascii: "}"):
            return .escape
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return .unescape
        default: return .pass
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The canonical form of `path` (no query), or nil when it is invalid.
    static func canonicalize(_ path: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(path.count + 8)
        var valid = true
        var i = 0
        if path.first != UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
        while i < path.count {
            let byte = path[i]
            let dot = dotLength(path, at: i)
            if dot > 0 {
                i = resolveDot(path, at: i, length: dot, into: &out)
                continue
            }
            i += 1
            if byte >= 0x80 {
                appendEscaped(byte, to: &out)
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "%"):
                guard i + 1 < path.count, let high = hexValue(path[i]), let low = hexValue(path[i + 1]) else {
                    // Not an escape: the `%` passes alone.
                    out.append(byte)
                    continue
                }
                let decoded = high << 4 | low
                if decoded < 0x80 && classes[Int(decoded)] == .unescape {
                    out.append(decoded)
                } else {
                    valid = valid && decoded != 0
                    out.append(contentsOf: [byte, path[i], path[i + 1]])
                }
                i += 2
            default:
                switch classes[Int(byte)] {
                case .pass, .unescape: out.append(byte)
                case .escape: appendEscaped(byte, to: &out)
                case .invalid:
                    appendEscaped(byte, to: &out)
                    valid = false
                }
            }
        }
        return valid ? out : nil
    }

    /// A dot at `index`, literal (1) or `%2e` (3); 0 when there is none.
    private static func dotLength(_ path: [UInt8], at index: Int) -> Int {
        if path[index] == UInt8(ascii: ".") { return 1 }
        if path[index] == UInt8(ascii: "%"), index + 2 < path.count, path[index + 1] == UInt8(ascii: "2"),
            path[index + 2] | 0x20 == UInt8(ascii: "e")
        {
            return 3
        }
        return 0
    }

    /// A dot that opens a segment may make it `.` (dropped) or `..` (which drops the segment before); any other
    /// dot is copied. Returns where reading continues.
    private static func resolveDot(_ path: [UInt8], at index: Int, length: Int, into out: inout [UInt8]) -> Int {
        guard out.last == UInt8(ascii: "/") else {
            out.append(UInt8(ascii: "."))
            return index + length
        }
        let afterDot = index + length
        if let end = segmentEnd(path, from: afterDot, literalDots: length == 1) {
            return end
        }
        let second = afterDot < path.count ? dotLength(path, at: afterDot) : 0
        if second > 0, let end = segmentEnd(path, from: afterDot + second, literalDots: length == 1 && second == 1) {
            backUpToPreviousSlash(&out)
            return end
        }
        out.append(UInt8(ascii: "."))
        return afterDot
    }

    /// Where reading continues when the dots before `index` make a whole segment: at the end of the path, past a
    /// slash, or (literal dots only) past `;` parameters up to and including the next slash.
    private static func segmentEnd(_ path: [UInt8], from index: Int, literalDots: Bool) -> Int? {
        if index == path.count { return index }
        let byte = path[index]
        if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") { return index + 1 }
        guard literalDots && byte == UInt8(ascii: ";") else { return nil }
        var end = index
        while end < path.count && path[end] != UInt8(ascii: "/") && path[end] != UInt8(ascii: "\\") { end += 1 }
        return end < path.count ? end + 1 : end
    }

    /// `out` ends with a slash: drop the segment before it, keeping the slash that opened it.
    private static func backUpToPreviousSlash(_ out: inout [UInt8]) {
        var i = out.count - 1
        guard i > 0 else { return }
        i -= 1
        while i > 0 && out[i] != UInt8(ascii: "/") { i -= 1 }
        out.removeSubrange((i + 1)...)
    }

    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "%"))
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

import Foundation

/// The Envoy 1.40 admin captures in `Tests/Fixtures/admin`: HTTP headers, a blank line, then the body.
enum AdminFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/admin")

    /// The body bytes of a capture, exactly as Envoy served them.
    static func body(_ name: String) throws -> Data {
        let raw = try Data(contentsOf: directory.appendingPathComponent(name))
        for separator in ["\r\n\r\n", "\n\n"] {
            if let range = raw.range(of: Data(separator.utf8)) { return raw[range.upperBound...] }
        }
        return raw
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try body(name), as: UTF8.self)
    }
}

import Foundation
import Testing

@testable import NuncioConfig

/// A direct response body is resolved at load (a file is read then, never per request) and held to the route
/// configuration's `max_direct_response_body_size_bytes`, with Envoy 1.40's messages.
@Suite struct DirectResponseBodyTests {
    static func config(body: String, limit: Int? = nil) -> ConfigText {
        var config = ConfigText.base.replacing(
            line: 17, with: "                direct_response: {status: 200, body: \(body)}")
        if let limit {
            config = config.inserting(after: 11, "            max_direct_response_body_size_bytes: \(limit)")
        }
        return config
    }

    static func action(_ config: ConfigText) throws -> DirectResponseAction {
        let route = try config.load().bootstrap.listeners[0].httpConnectionManager.routeConfig
            .virtualHosts[0].routes[0]
        guard case .directResponse(let action) = route.action else {
            throw ConfigError(file: "", line: 0, column: 0, path: "", message: "not a direct response")
        }
        return action
    }

    static func temporaryFile(_ bytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("nuncio-body-\(getpid())-\(bytes).txt").path
        try String(repeating: "b", count: bytes).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func fileIsReadAtLoad() throws {
        let path = try Self.temporaryFile(10)
        let action = try Self.action(Self.config(body: "{filename: \(path)}"))
        try FileManager.default.removeItem(atPath: path)
        // The file is gone: the model holds its bytes.
        #expect(action.body == .inlineBytes(Array(repeating: UInt8(ascii: "b"), count: 10)))
        #expect(action.bodyBytes.count == 10)
    }

    @Test func missingFileIsAConfigError() {
        let error = Self.config(body: "{filename: /nonexistent/nuncio-body}").loadError()
        #expect(error?.path == ConfigText.firstRoute + ".direct_response.body.filename")
        #expect(error?.line == 17)
        #expect(error?.message == "file /nonexistent/nuncio-body does not exist")
    }

    @Test func fileOverTheDefaultLimit() throws {
        let path = try Self.temporaryFile(5000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = Self.config(body: "{filename: \(path)}").loadError()
        #expect(error?.message == "file \(path) size is 5000 bytes; maximum is 4096")
        let raised = try Self.action(Self.config(body: "{filename: \(path)}", limit: 6000))
        #expect(raised.bodyBytes.count == 5000)
    }

    @Test func inlineBodyOverTheLimit() throws {
        let error = Self.config(body: "{inline_string: \"\(String(repeating: "x", count: 5000))\"}").loadError()
        #expect(error?.path == ConfigText.firstRoute + ".direct_response.body")
        #expect(error?.message == "response body size is 5000 bytes; maximum is 4096")
        let small = Self.config(body: "{inline_string: \"hello\"}", limit: 5)
        #expect(try Self.action(small).body == .inlineString("hello"))
        #expect(try small.load().bootstrap.listeners[0].httpConnectionManager.routeConfig
            .maxDirectResponseBodySizeBytes == 5)
        #expect(Self.config(body: "{inline_string: \"hello!\"}", limit: 5).loadError()?.message
            == "response body size is 6 bytes; maximum is 5")
    }
}

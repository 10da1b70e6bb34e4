import Testing

@testable import NuncioConfig

/// `path_with_escaped_slashes_action` and `via` on the HTTP connection manager.
@Suite struct PathAndViaLoadingTests {
    @Test(arguments: [
        ("KEEP_UNCHANGED", HttpConnectionManager.PathWithEscapedSlashesAction.KEEP_UNCHANGED),
        ("REJECT_REQUEST", .REJECT_REQUEST), ("UNESCAPE_AND_REDIRECT", .UNESCAPE_AND_REDIRECT),
        ("UNESCAPE_AND_FORWARD", .UNESCAPE_AND_FORWARD),
        ("IMPLEMENTATION_SPECIFIC_DEFAULT", .IMPLEMENTATION_SPECIFIC_DEFAULT),
    ])
    func escapedSlashesAction(text: String, action: HttpConnectionManager.PathWithEscapedSlashesAction) throws {
        let config = ConfigText.base.inserting(after: 10, "          path_with_escaped_slashes_action: \(text)")
        let manager = try config.load().bootstrap.listeners[0].httpConnectionManager
        #expect(manager.pathWithEscapedSlashesAction == action)
    }

    @Test func unknownEscapedSlashesActionIsRefused() {
        let config = ConfigText.base.inserting(after: 10, "          path_with_escaped_slashes_action: DECODE")
        let error = config.loadError()
        #expect(error?.path == "\(ConfigText.hcm).path_with_escaped_slashes_action")
        #expect(error?.message.contains("UNESCAPE_AND_REDIRECT") == true)
    }

    @Test func viaIsRead() throws {
        let config = ConfigText.base.inserting(after: 10, "          via: edge-proxy")
        #expect(try config.load().bootstrap.listeners[0].httpConnectionManager.via == "edge-proxy")
    }

    @Test func defaultsKeepSlashesAndAddNoVia() throws {
        let manager = try ConfigText.base.load().bootstrap.listeners[0].httpConnectionManager
        #expect(manager.pathWithEscapedSlashesAction == .IMPLEMENTATION_SPECIFIC_DEFAULT)
        #expect(manager.via == nil)
    }
}

import Testing

@testable import NuncioConfig

/// `node` and `admin`, including v2's `access_log_path`.
@Suite struct NodeAndAdminLoadingTests {
    @Test func nodeFields() throws {
        let node = try Fixtures.full().node
        #expect(node.id == "front-1")
        #expect(node.cluster == "front")
        #expect(node.locality == Node.Locality(region: "eu-west", zone: "eu-west-1a", subZone: "rack-7"))
    }

    @Test func nodeDefaultsToEmpty() throws {
        let node = try ConfigText.base.load().bootstrap.node
        #expect(node == Node())
    }

    @Test func unknownNodeFieldIsNamed() {
        let error = ConfigText.base.inserting(after: 31, "node: {idd: x}").loadError()
        #expect(error?.path == "node.idd")
        #expect(error?.message.contains("did you mean 'id'?") == true)
    }

    @Test func v3AdminAccessLog() throws {
        let admin = try #require(try Fixtures.full().admin)
        #expect(admin.address == SocketAddress(address: "127.0.0.1", port: 19901))
        #expect(admin.accessLog == [AccessLog(sink: .stdout)])
    }

    @Test func v2AdminAccessLogPathBecomesAFileLogWithAWarning() throws {
        let loaded = try ConfigText.base.inserting(after: 30, "  access_log_path: /var/log/admin.log").load()
        #expect(loaded.bootstrap.admin?.accessLog == [AccessLog(sink: .file(path: "/var/log/admin.log"))])
        let warning = try #require(loaded.warnings.first)
        #expect(warning.path == "admin.access_log_path")
        #expect(warning.line == 31)
        #expect(warning.message.contains("deprecated field 'access_log_path'"))
    }

    @Test func adminWithoutAccessLog() throws {
        let admin = try #require(try ConfigText.base.load().bootstrap.admin)
        #expect(admin.accessLog.isEmpty)
        #expect(admin.address == SocketAddress(address: "127.0.0.1", port: 9901))
    }

    @Test func noAdmin() throws {
        let bootstrap = try ConfigText.base.replacing(lines: 30...31, with: "").load().bootstrap
        #expect(bootstrap.admin == nil)
    }

    /// Envoy 1.40 accepts an admin block without an address and runs no admin listener.
    @Test func adminWithoutAddressMeansNoAdmin() throws {
        let loaded = try ConfigText.base.replacing(line: 31, with: "  access_log_path: /dev/null").load()
        #expect(loaded.bootstrap.admin == nil)
        #expect(loaded.warnings.map(\.path) == ["admin.access_log_path"])
    }

    @Test func statsFlushInterval() throws {
        #expect(try Fixtures.full().statsFlushInterval == .seconds(10))
        #expect(try ConfigText.base.load().bootstrap.statsFlushInterval == .seconds(5))
    }
}

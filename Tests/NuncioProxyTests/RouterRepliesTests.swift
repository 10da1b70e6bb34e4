import Foundation
import NuncioTestSupport
import Testing

/// A `direct_response` with 201 or a 3xx carries `location`, the request's own URL (scheme from
/// `x-forwarded-proto`), as real Envoy's does; other statuses carry none.
@Suite struct RouterRepliesTests {
    static let routes = """
                      - name: default
                        domains: ["*"]
                        routes:
                        - match: { prefix: "/created" }
                          direct_response: { status: 201, body: { inline_string: "made" } }
                        - match: { prefix: "/moved" }
                          direct_response: { status: 301 }
                        - match: { prefix: "/fine" }
                          direct_response: { status: 200, body: { inline_string: "fine" } }
        """

    static func locations(port: Int) throws -> [String?] {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        var found: [String?] = []
        for (path, proto) in [("/created?a=b", "https"), ("/moved", nil), ("/fine", nil)] {
            let extra = proto.map { "X-Forwarded-Proto: \($0)\r\n" } ?? ""
            client.send("GET \(path) HTTP/1.1\r\nHost: example.com:8080\r\n\(extra)\r\n")
            found.append(client.readResponse()?.header("location"))
        }
        return found
    }

    @Test func createdAndRedirectStatusesCarryTheRequestURL() throws {
        let harness = ProxyHarness()
        defer { harness.stop() }
        let yaml = ProxyHarness.config(clusters: [], routes: Self.routes)
        try harness.start(yaml: yaml)
        var seen = [try Self.locations(port: harness.port)]
        if RealEnvoy.available {
            let envoy = try RealEnvoy(yaml: yaml)
            defer { envoy.stop() }
            seen.append(try Self.locations(port: envoy.port))
        }
        for locations in seen {
            #expect(locations == ["https://example.com:8080/created?a=b", "http://example.com:8080/moved", nil])
        }
    }
}

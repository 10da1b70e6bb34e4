import Foundation
import Testing

@testable import NuncioConfig

/// A bad config reports every error the loader can find (up to 20) in one run, in file order.
@Suite struct ErrorCollectionTests {
    static let severalErrors = Fixtures.root.appendingPathComponent("Tests/Fixtures/broken/several-errors.yaml").path

    /// Errors in a route, in a second route (an undefined cluster), in a cluster, across clusters (a duplicate
    /// name) and in the admin: found by the reader and by the cross-document checks, reported in file order.
    @Test func everyErrorInFileOrder() throws {
        let errors = try #require(loadErrors(path: Self.severalErrors))
        #expect(errors.errors.map(\.line) == [17, 19, 25, 31, 34])
        #expect(errors.total == 5)
        let route = ConfigText.hcm + ".route_config.virtual_hosts[0].routes"
        #expect(errors.errors.map(\.path) == [
            "\(route)[0].route.timeout", "\(route)[1].route.cluster", "static_resources.clusters[0].conect_timeout",
            "static_resources.clusters[1].name", "admin.address.socket_address.port_value",
        ])
        #expect(errors.errors[1].message.contains("route names cluster 'appp'"))
        #expect(errors.errors[2].message.contains("did you mean 'connect_timeout'"))
        #expect(errors.errors[3].message.contains("duplicate cluster name 'app'"))
        // One line each, in order, each naming file, line and column.
        let lines = errors.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        for (line, error) in zip(lines, errors.errors) {
            #expect(line.hasPrefix("\(Self.severalErrors):\(error.line):\(error.column): \(error.path): "))
        }
    }

    @Test func atMostTwentyErrors() throws {
        let unknown = (1...25).map { "    bad_field_\($0): 1" }.joined(separator: "\n")
        let config = ConfigText.base.inserting(after: 24, unknown)
        let errors = try #require(loadErrors(config))
        #expect(errors.errors.count == 20)
        #expect(errors.total == 25)
        #expect(errors.errors.map(\.line) == Array(25...44))
        #expect(errors.errors.first?.path == "static_resources.clusters[0].bad_field_1")
        #expect(errors.description.hasSuffix("(5 more errors not shown)"))
    }

    /// A cluster that fails to read is still a cluster that routes may name.
    @Test func failedClusterIsStillDefinedForRoutes() throws {
        let config = ConfigText.base.replacing(line: 24, with: "    connect_timeout: fast")
        let error = config.loadError()
        #expect(error?.path == "static_resources.clusters[0].connect_timeout")
    }

    /// A failed listener is left out of the model, and the later listener's errors keep their own index.
    @Test func laterListenerKeepsItsIndex() throws {
        let second = ConfigText.base.text(of: 3...20).replacingOccurrences(of: "name: web", with: "name: web2")
        let config = ConfigText.base.inserting(after: 20, second)
            .replacing(line: 10, with: "          stat_prefix: [ingress]")
            .replacing(line: 22, with: "    address: {socket_address: {address: localhost, port_value: 8081}}")
        let errors = try #require(loadErrors(config))
        #expect(errors.errors.map(\.path) == [
            ConfigText.hcm + ".stat_prefix", "static_resources.listeners[1].address.socket_address.address",
        ])
    }

    /// In one connection manager, an error in its prefix hides neither its routes' errors nor its unknown fields.
    @Test func connectionManagerPartsAreReadApart() throws {
        let config = ConfigText.base.replacing(line: 10, with: "          stat_prefix: [ingress]")
            .replacing(line: 17, with: "                route: {cluster: app, timeout: fast}")
            .inserting(after: 20, "          use_remote_adress: true")
        let errors = try #require(loadErrors(config))
        #expect(errors.errors.map(\.path) == [
            ConfigText.hcm + ".stat_prefix", ConfigText.firstRoute + ".route.timeout",
            ConfigText.hcm + ".use_remote_adress",
        ])
        #expect(errors.errors[2].message.contains("did you mean 'use_remote_address'"))
    }

    /// A single error is thrown as itself, as before.
    @Test func oneErrorIsAConfigError() {
        #expect(throws: ConfigError.self) {
            try ConfigText.base.replacing(line: 24, with: "    conect_timeout: 1s").load()
        }
    }

    private func loadErrors(
        _ config: ConfigText? = nil, path: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ConfigErrors? {
        do {
            if let path { _ = try BootstrapLoader.load(path: path) } else { _ = try config?.load() }
            Issue.record("expected the config to be rejected", sourceLocation: sourceLocation)
        } catch let errors as ConfigErrors {
            return errors
        } catch {
            Issue.record("expected several errors, got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}

import Foundation
import Testing

@testable import NuncioConfig

/// Every stored property of the config model must name the test that observes its effect (`FieldEffects.catalog`):
/// nothing is loaded that does nothing.
@Suite struct FieldEffectCatalogTests {
    /// Model values to walk: Envoy's defaults, and the full fixture for what only exists when configured.
    static func roots() throws -> [Any] {
        let address = SocketAddress(address: "127.0.0.1", port: 8080)
        let routeConfig = RouteConfiguration(virtualHosts: [])
        let manager = HttpConnectionManager(statPrefix: "ingress", routeConfig: routeConfig, httpFilters: [])
        return [
            Bootstrap(), try Fixtures.full(), try BootstrapLoader.load(path: Fixtures.referenceV3).bootstrap,
            Listener(address: address, filterChains: [FilterChain(httpConnectionManager: manager)]),
            manager, routeConfig, VirtualHost(name: "all", domains: ["*"], routes: []),
            Route(match: RouteMatch(path: .prefix("/")), action: .forward(ForwardAction(target: .cluster("app")))),
            RedirectAction(), DirectResponseAction(status: 200), Http2ProtocolOptions(),
            Cluster(name: "app", loadAssignment: ClusterLoadAssignment(clusterName: "app", endpoints: [])),
            CircuitBreakers(), OutlierDetection(), Admin(address: address), Node(),
            HeaderMatcher(name: "x", rule: .present(true)),
        ]
    }

    /// Types whose properties are the value itself, not fields with an effect of their own.
    static let valueTypes: Set<String> = ["ConfigDuration", "SocketAddress"]

    /// `Type.property` for every stored property of every model struct reachable from the roots.
    static func modelProperties() throws -> Set<String> {
        var found = Set<String>()
        for root in try roots() { walk(root, into: &found) }
        return found
    }

    private static func walk(_ value: Any, into found: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        let typeName = String(describing: type(of: value))
        switch mirror.displayStyle {
        case .struct:
            guard String(reflecting: type(of: value)).hasPrefix("NuncioConfig."), !valueTypes.contains(typeName)
            else { return }
            for child in mirror.children {
                guard let label = child.label else { continue }
                found.insert("\(typeName).\(label)")
                walk(child.value, into: &found)
            }
        case .optional, .collection, .enum, .tuple:
            // Into what a value holds (an optional's value, a list's elements, an enum case's payload).
            for child in mirror.children { walk(child.value, into: &found) }
        case .dictionary, .set, .class, nil:
            return
        @unknown default:
            return
        }
    }

    @Test func everyModelPropertyNamesItsEffectTest() throws {
        let properties = try Self.modelProperties()
        #expect(properties.count > 50)
        let known = Set(FieldEffects.catalog.keys)
        for property in properties.sorted() where !known.contains(property) {
            Issue.record("\(property) has no effect test in FieldEffects.catalog")
        }
        // Entries for properties that no longer exist would hide a rename.
        for entry in known.sorted() where !properties.contains(entry) {
            Issue.record("FieldEffects lists \(entry), which is not a property of the model")
        }
    }

    /// Each catalog entry names `Module.Suite/test`, and that function exists in that module's tests.
    @Test func everyEffectTestExists() throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var sources: [String: String] = [:]
        func source(ofModule module: String) -> String {
            if let text = sources[module] { return text }
            let folder = tests.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            let text = files.filter { $0.hasSuffix(".swift") }
                .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                .joined(separator: "\n")
            sources[module] = text
            return text
        }
        for (property, test) in FieldEffects.catalog.sorted(by: { $0.key < $1.key }) {
            let parts = test.split(separator: "/")
            let owner = parts.first?.split(separator: ".") ?? []
            guard parts.count == 2, owner.count == 2 else {
                Issue.record("\(property): '\(test)' is not Module.Suite/test")
                continue
            }
            let text = source(ofModule: String(owner[0]))
            // Booleans first, so that a failure prints the entry rather than the module's sources.
            let hasTest = text.contains("func \(parts[1])(")
            let hasSuite = ["struct", "class", "extension"].contains { text.contains("\($0) \(owner[1])") }
            #expect(hasTest, "\(property): no func \(parts[1])( in \(owner[0])")
            #expect(hasSuite, "\(property): no suite \(owner[1]) in \(owner[0])")
        }
    }
}

/// Prints the model's properties (`NUNCIO_PRINT_MODEL=1`), to fill the catalog.
@Suite struct FieldEffectListing {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NUNCIO_PRINT_MODEL"] != nil))
    func printModelProperties() throws {
        print(try FieldEffectCatalogTests.modelProperties().sorted().joined(separator: "\n"))
    }
}

import Foundation

@testable import NuncioConfig

extension Fixtures {
    /// Every field family Nuncio reads, in one v3 file that Envoy 1.40 validates.
    static let fullV3 = root.appendingPathComponent("Tests/Fixtures/front-proxy-full-v3.yaml").path
    /// `front-envoy-v3.yaml` converted to JSON.
    static let referenceV3JSON = root.appendingPathComponent("Tests/Fixtures/front-envoy-v3.json").path

    static func full() throws -> Bootstrap {
        try BootstrapLoader.load(path: fullV3).bootstrap
    }
}

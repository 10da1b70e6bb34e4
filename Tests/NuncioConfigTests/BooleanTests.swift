import Testing

@testable import NuncioConfig

/// Booleans as Envoy 1.40 accepts them from YAML (checked with `envoy --mode validate`).
@Suite struct BooleanSpellingTests {
    @Test(arguments: [
        ("true", true), ("false", false), ("yes", true), ("No", false), ("on", true), ("OFF", false), ("y", true),
        ("\"True\"", true), ("\"false\"", false), ("\"1\"", true), ("\"0\"", false), ("\"yes\"", true),
    ])
    func accepted(spelling: String, value: Bool) throws {
        let config = ConfigText.base.inserting(after: 10, "          use_remote_address: \(spelling)")
        #expect(try config.load().bootstrap.listeners[0].httpConnectionManager.useRemoteAddress == value)
    }

    @Test(arguments: ["1", "0", "\"on\"", "maybe", "[]"])
    func rejected(spelling: String) {
        let error = ConfigText.base.inserting(after: 10, "          use_remote_address: \(spelling)").loadError()
        #expect(error?.path == ConfigText.hcm + ".use_remote_address")
        #expect(error?.message.hasPrefix("expected true or false, got ") == true)
    }
}

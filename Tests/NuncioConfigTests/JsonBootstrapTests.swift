import Testing

@testable import NuncioConfig

/// JSON is Envoy's other bootstrap format: the v3 reference as JSON gives the same model as its YAML.
@Suite struct JsonBootstrapTests {
    @Test func jsonReferenceEqualsYamlReference() throws {
        let json = try BootstrapLoader.load(path: Fixtures.referenceV3JSON)
        let yaml = try BootstrapLoader.load(path: Fixtures.referenceV3)
        #expect(json.bootstrap == yaml.bootstrap)
        #expect(json.warnings.isEmpty)
        #expect(!json.usesV2)
    }

    @Test func jsonErrorsHaveLinesAndPaths() {
        let text = """
            {
              "static_resources": {
                "clusters": [
                  {"name": "app", "conect_timeout": "1s"}
                ]
              }
            }
            """
        #expect {
            _ = try BootstrapLoader.load(text: text, file: "bootstrap.json")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == 4 && error.column == 23 && error.path == "static_resources.clusters[0].conect_timeout"
                && error.message.contains("did you mean 'connect_timeout'?")
        }
    }

    @Test func jsonDuplicateKey() {
        let text = "{\"admin\": {}, \"admin\": {}}"
        #expect {
            _ = try BootstrapLoader.load(text: text, file: "bootstrap.json")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == 1 && error.column == 15 && error.path == "admin"
                && error.message == "duplicate key 'admin'"
        }
    }
}

import Foundation

/// A bootstrap as loaded: the model, what was noticed on the way, and which API generation the file used.
public struct LoadedConfig: Sendable {
    public var path: String
    public var bootstrap: Bootstrap
    public var warnings: [ConfigWarning]
    /// True when the file used any v2-only spelling (`config:`, `hosts:`, v2 filter names, lower-case enums).
    public var usesV2: Bool
}

/// Reads an Envoy bootstrap file (YAML or JSON, v2 or v3) and checks what spans the whole document.
public enum BootstrapLoader {
    public static func load(path: String) throws -> LoadedConfig {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".pb") || lowered.hasSuffix(".pb_text") {
            throw ConfigError(
                file: path, line: 0, column: 0, path: "",
                message: "binary and text protobuf bootstraps are not supported by nuncio; use YAML or JSON")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "cannot be read"
            throw ConfigError(
                file: path, line: 0, column: 0, path: "",
                message: "cannot read the configuration file: \(FileManager.default.fileExists(atPath: path) ? reason : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: 0, column: 0, path: "", message: "the file is not UTF-8 text")
        }
        return try load(text: text, file: path)
    }

    /// Throws a `ConfigError` for one error, or `ConfigErrors` (the first 20, in file order) for several.
    public static func load(text: String, file: String) throws -> LoadedConfig {
        let root = try ConfigDocument.parse(text, file: file)
        let context = LoadContext(file: file, text: text)
        // The kept readers point back at the context: let go of them, or every load would leak its document.
        defer { context.clusterReferences.removeAll() }
        let reader = ValueReader(node: root, path: "", context: context)
        // Reading records each error and goes on; the cross-document checks run on what could be read.
        let bootstrap = try context.recording { try Bootstrap(reading: reader) }
        if let bootstrap { BootstrapValidator(bootstrap: bootstrap, root: root, context: context).validate() }
        if let error = context.collectedError() { throw error }
        guard let bootstrap else { preconditionFailure("a failed read records an error") }
        return LoadedConfig(path: file, bootstrap: bootstrap, warnings: context.warnings, usesV2: context.sawV2)
    }
}

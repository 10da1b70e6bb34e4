import Foundation

/// Why a resource file was not applied, in Envoy's two kinds: the file could not be read or parsed, or a value has
/// the wrong kind (`update_failure`); or its resources are not valid (`update_rejected`). The whole file is refused
/// either way.
public struct ResourceFileError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        case failure
        case rejected
    }

    public var kind: Kind
    /// Each error with its file, line, column and field path, in file order.
    public var errors: [ConfigError]

    public init(kind: Kind, errors: [ConfigError]) {
        self.kind = kind
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Reads the resource files of LDS, CDS, RDS and EDS as Envoy does: a `DiscoveryResponse` whose `resources` each
/// carry an `@type`, parsed with the same readers as the bootstrap's listeners, clusters, routes and endpoints.
public enum ResourceFileLoader {
    public static func load(path: String, type: ResourceType) throws(ResourceFileError) -> ResourceFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "\(error)" : "no such file"
            throw failure(path, "cannot read the resource file: \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw failure(path, "the file is not UTF-8 text") }
        return try load(text: text, file: path, type: type)
    }

    /// The format follows the file's name as in Envoy's `MessageUtil::loadFromFile`: `.yaml` or `.yml` (any case)
    /// is YAML, anything else strict JSON.
    public static func load(text: String, file: String, type: ResourceType) throws(ResourceFileError) -> ResourceFile {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".pb") || lowered.hasSuffix(".pb_text") {
            throw failure(file, "binary and text protobuf resource files are not supported by nuncio; use YAML or JSON")
        }
        if !lowered.hasSuffix(".yaml") && !lowered.hasSuffix(".yml") {
            do {
                _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            } catch {
                throw failure(file, "JSON syntax error (a file not named .yaml or .yml is read as JSON): "
                    + ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"))
            }
        }
        let root: ConfigNode
        do {
            root = try ConfigDocument.parse(text, file: file)
        } catch {
            throw ResourceFileError(kind: .failure, errors: [error])
        }
        let context = LoadContext(file: file, text: text)
        defer { context.clusterReferences.removeAll() }
        let reader = ValueReader(node: root, path: "", context: context)
        let loaded = try? context.recording { try read(reader, type: type) }
        if let error = context.collectedError() {
            throw ResourceFileError(kind: context.sawTypeError ? .failure : .rejected, errors: errors(of: error))
        }
        guard let loaded else { preconditionFailure("a failed read records an error") }
        return loaded
    }

    private static func read(_ reader: ValueReader, type: ResourceType) throws -> ResourceFile {
        let mapping = try reader.mapping()
        let version = try mapping.optional("version_info")?.string() ?? ""
        let items = try mapping.optional("resources")?.list() ?? []
        let validator = BootstrapValidator(bootstrap: Bootstrap(), root: reader.node, context: reader.context)
        let list: [BootstrapValidator.PathStep] = [.key("resources")]
        let resources: DecodedResources
        switch type {
        case .listener:
            let read = elements(items, type) { try Listener(reading: $0) }
            validator.checkListeners(read.map(\.value), indexes: read.map(\.index), in: list)
            resources = .listeners(read.map(\.value))
        case .cluster:
            let read = elements(items, type) { try Cluster(reading: $0) }
            validator.checkClusters(read.map(\.value), indexes: read.map(\.index), in: list)
            resources = .clusters(read.map(\.value))
        case .routeConfiguration:
            let read = elements(items, type) { try RouteConfiguration(reading: $0) }
            checkUniqueNames(read.map { ($0.index, $0.value.name) }, items: items, what: "route configuration")
            resources = .routeConfigurations(read.map(\.value))
        case .clusterLoadAssignment:
            let read = elements(items, type) { try ClusterLoadAssignment(reading: $0) }
            checkUniqueNames(read.map { ($0.index, $0.value.clusterName) }, items: items, what: "cluster_name")
            resources = .clusterLoadAssignments(read.map(\.value))
        }
        // A control plane's fields, which a file has no use for: named rather than silently taken.
        try mapping.finish(unsupported: ["canary", "type_url", "nonce", "control_plane", "resource_errors"])
        return ResourceFile(versionInfo: version, resources: resources)
    }

    /// Each resource read by `read` once its `@type` is checked; a failing one is recorded and left out.
    private static func elements<T>(
        _ items: [ValueReader], _ type: ResourceType, _ read: (ValueReader) throws -> T
    ) -> [(index: Int, value: T)] {
        items.enumerated().compactMap { index, item in
            guard let value = try? item.context.recording({ try read(try unwrap(item, type)) }) else { return nil }
            return (index, value)
        }
    }

    /// The resource without its `@type` (a `google.protobuf.Any`'s type URL), after checking it is `type`.
    private static func unwrap(_ item: ValueReader, _ type: ResourceType) throws -> ValueReader {
        guard case .mapping(let entries) = item.node.kind else {
            throw item.error("expected a mapping, got \(item.node.typeDescription)")
        }
        guard let typeEntry = entries.first(where: { $0.key == "@type" }) else {
            throw item.error("missing '@type': expected \(type.rawValue)")
        }
        let typeReader = ValueReader(node: typeEntry.value, path: "\(item.path).@type", context: item.context)
        let given = try typeReader.string()
        guard given == type.rawValue else {
            throw typeReader.error("unexpected resource type \(given): this config source holds \(type.rawValue)")
        }
        let rest = ConfigNode(kind: .mapping(entries.filter { $0.key != "@type" }), line: item.node.line,
            column: item.node.column)
        return ValueReader(node: rest, path: item.path, context: item.context)
    }

    /// One update names each resource once (listeners and clusters are checked with the bootstrap's checks).
    private static func checkUniqueNames(_ names: [(index: Int, name: String)], items: [ValueReader], what: String) {
        var seen: [String: Int] = [:]
        for (index, name) in names {
            if let other = seen[name] {
                let item = items[index]
                item.context.record(item.error("duplicate \(what) '\(name)' (also resources[\(other)])"))
            } else {
                seen[name] = index
            }
        }
    }

    private static func failure(_ file: String, _ message: String) -> ResourceFileError {
        let error = ConfigError(file: file, line: 0, column: 0, path: "", message: message)
        return ResourceFileError(kind: .failure, errors: [error])
    }

    private static func errors(of error: any Error) -> [ConfigError] {
        if let several = error as? ConfigErrors { return several.errors }
        return [error as? ConfigError ?? ConfigError(file: "", line: 0, column: 0, path: "", message: "\(error)")]
    }
}

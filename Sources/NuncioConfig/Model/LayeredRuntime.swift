/// `envoy.config.bootstrap.v3.LayeredRuntime`: runtime keys from static layers, overridable by an admin layer.
public struct LayeredRuntime: Equatable, Sendable {
    public enum Layer: Equatable, Sendable {
        /// Nested keys flattened with dots, as Envoy does: `{health_check: {min_interval: 10}}` → `health_check.min_interval`.
        case staticLayer(name: String, values: [String: String])
        /// Values set through `POST /runtime_modify`.
        case adminLayer(name: String)

        public var name: String {
            switch self {
            case .staticLayer(let name, _), .adminLayer(let name): return name
            }
        }
    }

    public var layers: [Layer]

    public init(layers: [Layer]) {
        self.layers = layers
    }

    public var hasAdminLayer: Bool {
        layers.contains { if case .adminLayer = $0 { return true } else { return false } }
    }
}

extension LayeredRuntime {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        var layers: [Layer] = []
        var names = Set<String>()
        for item in try mapping.optional("layers")?.list() ?? [] {
            let layer = try item.mapping()
            let nameReader = try layer.required("name")
            let name = try nameReader.string()
            if !names.insert(name).inserted { throw nameReader.error("duplicate runtime layer name '\(name)'") }
            let (key, value) = try layer.oneOf(
                ["static_layer", "admin_layer", "disk_layer", "rtds_layer"], required: true, what: "the layer")!
            try layer.finish()
            switch key {
            case "static_layer":
                var values: [String: String] = [:]
                try Self.flatten(value, prefix: "", into: &values)
                layers.append(.staticLayer(name: name, values: values))
            case "admin_layer":
                try value.mapping().finish()
                layers.append(.adminLayer(name: name))
            default:
                throw value.error("'\(key)' is not supported by nuncio; use static_layer or admin_layer")
            }
        }
        try mapping.finish()
        self.init(layers: layers)
    }

    private static func flatten(_ reader: ValueReader, prefix: String, into values: inout [String: String]) throws {
        switch reader.node.kind {
        case .mapping(let entries):
            for entry in entries {
                let child = ValueReader(node: entry.value, path: "\(reader.path).\(entry.key)", context: reader.context)
                try flatten(child, prefix: prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)", into: &values)
            }
        case .scalar(let text, _):
            values[prefix] = text
        case .null:
            if !prefix.isEmpty { values[prefix] = "" }
        case .sequence:
            throw reader.error("runtime values cannot be lists")
        }
    }
}

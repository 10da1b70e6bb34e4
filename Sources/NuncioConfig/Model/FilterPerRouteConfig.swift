/// One entry of `typed_per_filter_config` (route, virtual host or route configuration), keyed by the filter's
/// name in the chain. The most specific level that has an entry for a filter wins, as in Envoy.
public struct FilterPerRouteConfig: Equatable, Sendable {
    /// `envoy.config.route.v3.FilterConfig.disabled`: nil when the entry does not say (a filter's own config).
    public var disabled: Bool?
    public var buffer: BufferPerRoute?

    public init(disabled: Bool? = nil, buffer: BufferPerRoute? = nil) {
        self.disabled = disabled
        self.buffer = buffer
    }
}

/// `envoy.extensions.filters.http.buffer.v3.BufferPerRoute`.
public enum BufferPerRoute: Equatable, Sendable {
    case disabled
    case buffer(BufferFilterConfig)
}

extension FilterPerRouteConfig {
    static let filterConfigType = "envoy.config.route.v3.FilterConfig"
    static let bufferPerRouteType = "envoy.extensions.filters.http.buffer.v3.BufferPerRoute"

    /// The entries of `typed_per_filter_config` under `mapping`; an `is_optional` entry of a type Nuncio lacks is
    /// skipped with a warning, as Envoy skips it.
    static func readAll(_ mapping: MappingReader) throws -> [String: FilterPerRouteConfig] {
        guard let value = mapping.optional("typed_per_filter_config") else { return [:] }
        let entries = try value.mapping()
        var configs: [String: FilterPerRouteConfig] = [:]
        for entry in entries.entries {
            guard let reader = entries.optional(entry.key) else { continue }
            if let config = try read(reader, filterName: entry.key, nested: false) { configs[entry.key] = config }
        }
        try entries.finish()
        return configs
    }

    private static func read(_ reader: ValueReader, filterName: String, nested: Bool) throws -> FilterPerRouteConfig? {
        let mapping = try reader.mapping()
        let typeReader = try mapping.required("@type")
        let typeName = try typeReader.string().split(separator: "/").last.map(String.init) ?? ""
        switch typeName {
        case filterConfigType:
            let disabled = try mapping.optional("disabled")?.bool() ?? false
            let isOptional = try mapping.optional("is_optional")?.bool() ?? false
            var result = FilterPerRouteConfig(disabled: disabled)
            if let inner = mapping.optional("config") {
                guard let config = try read(inner, filterName: filterName, nested: true) else {
                    if isOptional {
                        reader.warn("optional per-route config for '\(filterName)' is not supported by nuncio "
                            + "and is skipped")
                        try mapping.finish()
                        return nil
                    }
                    throw inner.error("per-route config for '\(filterName)' is not supported by nuncio")
                }
                result.buffer = config.buffer
            }
            try mapping.finish()
            return result
        case bufferPerRouteType:
            guard let (key, value) = try mapping.oneOf(
                ["disabled", "buffer"], required: true, what: "the buffer per-route override") else { return nil }
            if key == "disabled" {
                guard try value.bool() else { throw value.error("disabled must be true when set") }
                try mapping.finish()
                return FilterPerRouteConfig(buffer: .disabled)
            }
            let buffer = try BufferFilterConfig(reading: try value.mapping())
            try mapping.finish()
            return FilterPerRouteConfig(buffer: .buffer(buffer))
        default:
            // Inside a FilterConfig the caller decides (skipped when `is_optional`); elsewhere it is an error.
            if nested { return nil }
            let url = try typeReader.string()
            throw typeReader.error("per-route config of type \(url) is not supported by nuncio; supported: "
                + "type.googleapis.com/\(filterConfigType), type.googleapis.com/\(bufferPerRouteType)")
        }
    }
}

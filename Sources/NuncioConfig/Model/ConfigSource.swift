/// `envoy.config.core.v3.ConfigSource`: where a dynamic resource comes from. Nuncio reads files only
/// (`path_config_source`, or the deprecated `path` that Envoy 1.40 still accepts with a warning).
public struct ConfigSource: Equatable, Sendable {
    /// The file of resources, as written: a relative path is opened from the working directory, as Envoy does.
    public var path: String
    /// When set, a file moved into this directory triggers a reload (the kubelet's `..data` symlink swap).
    public var watchedDirectory: String?

    public init(path: String, watchedDirectory: String? = nil) {
        self.path = path
        self.watchedDirectory = watchedDirectory
    }
}

extension ConfigSource {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let kinds = ["path", "path_config_source", "api_config_source", "ads", "self"]
        guard let (key, value) = try mapping.oneOf(kinds, required: true, what: "the config source") else {
            preconditionFailure("oneOf(required:) returns a value")
        }
        switch key {
        case "path":
            value.warn("deprecated field 'path'; use path_config_source")
            path = try value.nonEmptyString()
        case "path_config_source":
            let source = try value.mapping()
            path = try source.required("path").nonEmptyString()
            if let directory = source.optional("watched_directory") {
                let watched = try directory.mapping()
                watchedDirectory = try watched.required("path").nonEmptyString()
                try watched.finish()
            }
            try source.finish()
        default:
            // gRPC and REST control planes (xDS servers) are not implemented.
            throw value.error("field '\(key)' is not supported by nuncio; use path_config_source")
        }
        if let version = mapping.optional("resource_api_version") {
            // AUTO is v2's default and means V3 in Envoy 1.40, which no longer speaks v2.
            let text = try version.string()
            guard ["V3", "AUTO"].contains(text.uppercased()) else {
                throw version.error("resource_api_version \(text) is not supported: Envoy 1.40 reads V3 resources")
            }
        }
        try mapping.finish(unsupported: ["initial_fetch_timeout", "authorities"])
    }
}

/// `envoy.config.bootstrap.v3.Bootstrap.DynamicResources`: the listeners and clusters read from config sources.
public struct DynamicResources: Equatable, Sendable {
    public var ldsConfig: ConfigSource?
    public var cdsConfig: ConfigSource?

    public init(ldsConfig: ConfigSource? = nil, cdsConfig: ConfigSource? = nil) {
        self.ldsConfig = ldsConfig
        self.cdsConfig = cdsConfig
    }
}

extension DynamicResources {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let context = reader.context
        ldsConfig = try context.recording { try mapping.optional("lds_config").map(ConfigSource.init(reading:)) } ?? nil
        cdsConfig = try context.recording { try mapping.optional("cds_config").map(ConfigSource.init(reading:)) } ?? nil
        try mapping.finish(unsupported: ["ads_config", "lds_resources_locator", "cds_resources_locator"])
    }
}

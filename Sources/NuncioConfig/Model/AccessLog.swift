/// An access logger on the HTTP connection manager or the admin listener.
public struct AccessLog: Equatable, Sendable {
    public enum Sink: Equatable, Sendable {
        case file(path: String)
        case stdout
        case stderr
    }

    public enum Format: Equatable, Sendable {
        /// Envoy's default line format.
        case `default`
        /// A command-operator format string such as `[%START_TIME%] %RESPONSE_CODE%\n`.
        case text(String)
        /// JSON lines: each key maps to a format string.
        case json([String: String])
    }

    public var sink: Sink
    public var format: Format
    /// `log_format.omit_empty_values`: an absent value prints as nothing (text) or drops its key (JSON)
    /// instead of `-` / `null`.
    public var omitEmptyValues: Bool

    public init(sink: Sink, format: Format = .default, omitEmptyValues: Bool = false) {
        self.sink = sink
        self.format = format
        self.omitEmptyValues = omitEmptyValues
    }

    /// Envoy's default format (`access_log_default.txt` in the reference captures).
    public static let defaultFormat =
        "[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\" "
        + "%RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% "
        + "%RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\" "
        + "\"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\"\n"
}

extension AccessLog {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let kind = try mapping.resolveExtension(
            named: try mapping.required("name"),
            among: [.fileAccessLog, .stdoutAccessLog, .stderrAccessLog],
            unsupported: UnsupportedExtensions.accessLoggers, what: "access logger")
        let config = try mapping.extensionConfig(kind)
        try mapping.finish(unsupported: ["filter"])
        switch kind.canonicalName {
        case ExtensionKind.fileAccessLog.canonicalName:
            sink = .file(path: try config.required("path").nonEmptyString())
        case ExtensionKind.stdoutAccessLog.canonicalName:
            sink = .stdout
        default:
            sink = .stderr
        }
        (format, omitEmptyValues) = try Self.readFormat(config)
        try config.finish(unsupported: ["typed_json_format"])
    }

    private static func readFormat(_ config: MappingReader) throws -> (Format, omitEmptyValues: Bool) {
        let choice = try config.oneOf(
            ["log_format", "format", "json_format"], required: false, what: "the access log format")
        guard let (key, value) = choice else { return (.default, false) }
        switch key {
        case "format":
            value.warn("deprecated field 'format'; use log_format.text_format_source")
            return (.text(try checkedFormat(value.string(), at: value)), false)
        case "json_format":
            return (.json(try readJSONFormat(value)), false)
        default:
            let logFormat = try value.mapping()
            let inner = try logFormat.oneOf(
                ["text_format_source", "text_format", "json_format"], required: true, what: "log_format")!
            let omitEmptyValues = try logFormat.optional("omit_empty_values")?.bool() ?? false
            // `content_type` only matters where the format makes a response body (local replies), which Nuncio's
            // access logs never do.
            try logFormat.finish(
                unsupported: ["formatters", "typed_json_format", "json_format_options", "content_type"])
            switch inner.0 {
            case "text_format":
                return (.text(try checkedFormat(inner.1.string(), at: inner.1)), omitEmptyValues)
            case "json_format":
                return (.json(try readJSONFormat(inner.1)), omitEmptyValues)
            default:
                let text = try DataSource(reading: inner.1).inlineText(at: inner.1)
                return (.text(try checkedFormat(text, at: inner.1)), omitEmptyValues)
            }
        }
    }

    /// A format whose operators Nuncio cannot render is refused here, not printed literally per request.
    private static func checkedFormat(_ text: String, at reader: ValueReader) throws -> String {
        do {
            _ = try AccessLogCommand.parse(text)
        } catch {
            throw reader.error(error.description)
        }
        return text
    }

    private static func readJSONFormat(_ reader: ValueReader) throws -> [String: String] {
        let mapping = try reader.mapping()
        var result: [String: String] = [:]
        for entry in mapping.entries {
            let value = ValueReader(node: entry.value, path: "\(reader.path).\(entry.key)", context: reader.context)
            result[entry.key] = try checkedFormat(value.string(), at: value)
            mapping.ignore(entry.key)
        }
        return result
    }
}

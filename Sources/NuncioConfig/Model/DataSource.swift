import Foundation

/// `envoy.config.core.v3.DataSource`: bytes given inline or read from a file named in the config.
public enum DataSource: Equatable, Sendable {
    case inlineString(String)
    case inlineBytes([UInt8])
    case filename(String)
    case environmentVariable(String)
}

extension DataSource {
    init(reading reader: ValueReader) throws {
        let mapping = try reader.mapping()
        let (key, value) = try mapping.oneOf(
            ["inline_string", "inline_bytes", "filename", "environment_variable"], required: true,
            what: "a data source")!
        try mapping.finish(unsupported: ["watched_directory"])
        switch key {
        case "inline_string":
            self = .inlineString(try value.string())
        case "inline_bytes":
            guard let data = Data(base64Encoded: try value.string()) else {
                throw value.error("expected base64-encoded bytes")
            }
            self = .inlineBytes(Array(data))
        case "filename":
            self = .filename(try value.nonEmptyString())
        default:
            self = .environmentVariable(try value.nonEmptyString())
        }
    }

    /// The text now, for places Envoy reads once at load (formats); files are read here.
    func inlineText(at reader: ValueReader) throws -> String {
        switch self {
        case .inlineString(let text):
            return text
        case .inlineBytes(let bytes):
            return String(decoding: bytes, as: UTF8.self)
        case .filename(let path):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw reader.error("cannot read file '\(path)'")
            }
            return text
        case .environmentVariable(let name):
            guard let text = ProcessInfo.processInfo.environment[name] else {
                throw reader.error("environment variable '\(name)' is not set")
            }
            return text
        }
    }
}

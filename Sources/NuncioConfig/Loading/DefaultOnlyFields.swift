/// Fields Nuncio accepts only at Envoy's default value: the behaviour Envoy has by default is the one Nuncio has,
/// so any other value would be accepted and do nothing.
extension MappingReader {
    func onlyDefault(_ key: String, _ expected: Bool) {
        onlyDefault(key, expected.description) { "\(try $0.bool())" }
    }

    func onlyDefault(_ key: String, _ expected: UInt64) {
        onlyDefault(key, expected.description) { "\(try $0.unsigned())" }
    }

    /// An enum field: `allowed` are the values (upper case) that mean the default behaviour.
    func onlyDefault(_ key: String, enumValues allowed: [String], known: [String]) {
        onlyDefault(key, allowed.joined(separator: " or ")) { value in
            let text = try value.string().uppercased()
            guard known.contains(text) else {
                throw value.error("unknown value \"\(text)\"; expected one of \(known.joined(separator: ", "))")
            }
            return allowed.contains(text) ? allowed.joined(separator: " or ") : text
        }
    }

    private func onlyDefault(_ key: String, _ expected: String, read: (ValueReader) throws -> String) {
        guard let value = optional(key) else { return }
        _ = try? context.recording {
            let given = try read(value)
            guard given == expected else {
                throw value.error("\(key) \(given) is not supported by nuncio; only \(expected) (Envoy's default) is")
            }
        }
    }
}

import NIOConcurrencyHelpers
import NuncioConfig

/// Envoy's layered runtime: static layers from the bootstrap and, when configured, an admin layer that
/// `/runtime_modify` writes. Read rarely (admin, start-up), so one lock is enough.
public final class RuntimeLayers: Sendable {
    public let config: LayeredRuntime?
    private let adminValues = NIOLockedValueBox<[String: String]>([:])

    public init(config: LayeredRuntime?) {
        self.config = config
    }

    public var layerNames: [String] { config?.layers.map(\.name) ?? [] }
    public var hasAdminLayer: Bool { config?.hasAdminLayer ?? false }

    /// Sets keys in the admin layer; an empty value removes the override. False when there is no admin layer.
    public func modify(_ values: [(String, String)]) -> Bool {
        guard hasAdminLayer else { return false }
        adminValues.withLockedValue { layer in
            for (key, value) in values {
                if value.isEmpty { layer[key] = nil } else { layer[key] = value }
            }
        }
        return true
    }

    /// Every key with its value in each layer ("" where unset) and the final value (the last layer that sets it).
    public func entries() -> [(key: String, layerValues: [String], finalValue: String)] {
        guard let config else { return [] }
        let admin = adminValues.withLockedValue { $0 }
        var keys = Set<String>(admin.keys)
        for case .staticLayer(_, let values) in config.layers { keys.formUnion(values.keys) }
        return keys.sorted().map { key in
            var layerValues: [String] = []
            var final = ""
            for layer in config.layers {
                let value: String?
                switch layer {
                case .staticLayer(_, let values): value = values[key]
                case .adminLayer: value = admin[key]
                }
                layerValues.append(value ?? "")
                if let value { final = value }
            }
            return (key, layerValues, final)
        }
    }

    public var keyCount: Int { entries().count }

    /// A key's final value (the last layer that sets it); nil when unset or without a layered runtime.
    public func value(_ key: String) -> String? {
        guard let config else { return nil }
        var found: String?
        for layer in config.layers {
            switch layer {
            case .staticLayer(_, let values): if let value = values[key] { found = value }
            case .adminLayer: if let value = adminValues.withLockedValue({ $0[key] }) { found = value }
            }
        }
        return found
    }
}

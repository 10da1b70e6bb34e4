/// A string stat, as Envoy's `TextReadout` (a subscription's `version_text`): `/stats` shows it as `name: "value"`.
public final class TextReadout: Sendable {
    public let name: String
    /// The value and whether it was ever set, behind one lock.
    private let state = Locked((value: "", used: false))

    init(name: String) {
        self.name = name
    }

    public func set(_ value: String) {
        state.withLock { $0 = (value, true) }
    }

    public var value: String {
        state.withLock { $0.value }
    }

    public var used: Bool {
        state.withLock { $0.used }
    }
}

public struct TextReadoutSample: Sendable, Equatable {
    public var name: String
    public var value: String
    public var used: Bool

    public init(name: String, value: String, used: Bool) {
        self.name = name
        self.value = value
        self.used = used
    }
}

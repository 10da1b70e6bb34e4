import NuncioConfig

/// A subscription's callbacks as closures: what the engine does with an update, and what it logs of a refused one.
final class SubscriptionCallbacks: ConfigSubscriptionCallbacks {
    private let apply: @Sendable (DecodedResources, String) throws -> Void
    private let failed: @Sendable (any Error) -> Void

    init(
        apply: @escaping @Sendable (DecodedResources, String) throws -> Void,
        failed: @escaping @Sendable (any Error) -> Void
    ) {
        self.apply = apply
        self.failed = failed
    }

    func onConfigUpdate(_ resources: DecodedResources, version: String) throws {
        try apply(resources, version)
    }

    func onConfigUpdateFailed(_ error: any Error) {
        failed(error)
    }
}

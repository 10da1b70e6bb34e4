import NuncioAdminClient

/// A y/n question before a destructive action. Extra choices (such as `g` for a graceful drain) map to their own
/// actions.
public struct Confirmation: Sendable, Equatable {
    public var question: String
    public var choices: [Character: AdminAction]
    /// The answer that leaves the dashboard (`q` when leaving stops an in-process proxy).
    public var quitKey: Character?

    public init(question: String, choices: [Character: AdminAction], quitKey: Character? = nil) {
        self.question = question
        self.choices = choices
        self.quitKey = quitKey
    }
}

import NuncioAdminClient

/// A y/n question before a destructive action. Extra choices (such as `g` for a graceful drain) map to their own
/// actions.
public struct Confirmation: Sendable, Equatable {
    public var question: String
    public var choices: [Character: AdminAction]

    public init(question: String, choices: [Character: AdminAction]) {
        self.question = question
        self.choices = choices
    }
}

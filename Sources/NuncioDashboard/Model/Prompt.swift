import NuncioAdminClient

/// What the bottom line is asking for, when it is asking: a confirmation, the filter text, or a log level.
public enum Prompt: Sendable, Equatable {
    case confirm(Confirmation)
    /// Editing the `/` filter; `previous` comes back on Escape.
    case filter(text: String, previous: String)
    case logLevel(LogLevelPicker)
    /// The `:` command line.
    case command(CommandLineState)
}

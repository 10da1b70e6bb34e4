/// One admin endpoint as `/help` lists it, with the handler that answers it.
public struct AdminEndpoint: Sendable {
    public struct Parameter: Sendable {
        public var name: String
        public var help: String
        /// `; One of (a, b)` in the help when not empty.
        public var choices: [String]

        public init(_ name: String, _ help: String, choices: [String] = []) {
            self.name = name
            self.help = help
            self.choices = choices
        }
    }

    public var path: String
    public var help: String
    public var postOnly: Bool
    public var parameters: [Parameter]
    public var handler: @Sendable (AdminRequest, AdminContext) -> AdminResponse

    public init(
        _ path: String, _ help: String, postOnly: Bool = false, parameters: [Parameter] = [],
        handler: @escaping @Sendable (AdminRequest, AdminContext) -> AdminResponse
    ) {
        self.path = path
        self.help = help
        self.postOnly = postOnly
        self.parameters = parameters
        self.handler = handler
    }

    /// `  /path (POST): help` and its parameter lines, as Envoy's `/help` prints them.
    var helpLines: String {
        var text = "  \(path)\(postOnly ? " (POST)" : ""): \(help)\n"
        for parameter in parameters {
            text += "      \(parameter.name): \(parameter.help)"
            if !parameter.choices.isEmpty { text += "; One of (\(parameter.choices.joined(separator: ", ")))" }
            text += "\n"
        }
        return text
    }
}

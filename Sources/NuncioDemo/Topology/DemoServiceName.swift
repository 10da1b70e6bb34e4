/// Service names the demo knows are the sandbox's: `service<N>`, whose number goes into the greeting and into the
/// instances' addresses (service N's instance i listens on 127.0.0.(10N+i)).
enum DemoServiceName {
    static let numbers = 1...24
    /// Instances per service: the last octets 10N+1 ... 10N+9 of the service's address block.
    static let maximumInstances = 9

    static func number(of name: String) -> Int? {
        guard name.hasPrefix("service"), let number = Int(name.dropFirst("service".count)),
            numbers.contains(number), name == "service\(number)"
        else { return nil }
        return number
    }

    static func address(service number: Int, index: Int) -> String {
        "127.0.0.\(10 * number + index)"
    }
}

/// What one service instance says, byte for byte as the sandbox's Flask `service.py`:
/// `Hello from behind Envoy (service N)! hostname: <container id> resolvedhostname: <its IP>\n`.
public struct BackendGreeting: Sendable, Equatable {
    public static let contentType = "text/html; charset=utf-8"

    public var service: Int
    /// Docker's container id, which is what `socket.gethostname()` returns inside a container.
    public var hostname: String
    public var address: String

    public init(service: Int, hostname: String, address: String) {
        self.service = service
        self.hostname = hostname
        self.address = address
    }

    public var body: String {
        "Hello from behind Envoy (service \(service))! hostname: \(hostname) resolvedhostname: \(address)\n"
    }

    /// A fresh short container id: 12 lower-case hex digits, like `a3e4185a9a49` in the seed's walkthrough.
    public static func randomContainerID() -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<12).map { _ in digits[Int.random(in: 0..<16)] })
    }
}

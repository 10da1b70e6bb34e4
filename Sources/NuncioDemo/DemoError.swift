import NIOCore
import NIOPosix

/// Why a demo piece could not do what was asked. `message` is written for a person; `port` names the port a bind
/// failed on, so a command line can point at the flag that changes it.
public struct DemoError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case addressInUse, permissionDenied, cannotBind
        case unknownService, noSuchInstance, tooManyInstances
        case notLoopback, badURL
    }

    public var kind: Kind
    public var message: String
    public var port: Int?

    public init(_ kind: Kind, _ message: String, port: Int? = nil) {
        self.kind = kind
        self.message = message
        self.port = port
    }

    public var description: String { message }

    /// Turns a bind failure into a message naming what was being bound, where, and why.
    static func bindFailure(_ error: Error, what: String, address: String, port: Int, transport: String = "tcp")
        -> DemoError
    {
        let place = "\(address):\(port)/\(transport)"
        switch (error as? IOError)?.errnoCode {
        case EADDRINUSE:
            return DemoError(.addressInUse, "\(what) cannot listen on \(place): address already in use", port: port)
        case EACCES:
            return DemoError(.permissionDenied, "\(what) cannot listen on \(place): permission denied", port: port)
        default:
            return DemoError(.cannotBind, "\(what) cannot listen on \(place): \(error)", port: port)
        }
    }
}

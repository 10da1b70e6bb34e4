import NIOCore
import NIOPosix

/// Why a demo piece could not do what was asked. `message` is written for a person; for a bind failure, `socket`
/// and `port` say which of the demo's sockets failed and where, so a command line can name the flag that moves it.
public struct DemoError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case addressInUse, permissionDenied, cannotBind
        case notStarted, unknownService, noSuchInstance, tooManyInstances
        case notLoopback, badURL
    }

    /// The demo's own listening sockets (the proxy's listener and admin port are the engine's).
    public enum Socket: Equatable, Sendable {
        case backend, dnsServer
    }

    public var kind: Kind
    public var message: String
    public var socket: Socket?
    public var port: Int?

    public init(_ kind: Kind, _ message: String, socket: Socket? = nil, port: Int? = nil) {
        self.kind = kind
        self.message = message
        self.socket = socket
        self.port = port
    }

    public var description: String { message }

    /// Turns a bind failure into a message naming what was being bound, where, and why.
    static func bindFailure(_ error: Error, socket: Socket, what: String, address: String, port: Int) -> DemoError {
        let place = "\(address):\(port)/\(socket == .dnsServer ? "udp" : "tcp")"
        switch (error as? IOError)?.errnoCode {
        case EADDRINUSE:
            return DemoError(.addressInUse, "\(what) cannot listen on \(place): address already in use",
                socket: socket, port: port)
        case EACCES:
            return DemoError(.permissionDenied, "\(what) cannot listen on \(place): permission denied",
                socket: socket, port: port)
        default:
            return DemoError(.cannotBind, "\(what) cannot listen on \(place): \(error)", socket: socket, port: port)
        }
    }
}

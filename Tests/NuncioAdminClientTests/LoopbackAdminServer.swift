import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 that answers admin paths with canned bodies (the Envoy captures), one
/// request per connection, and remembers what it was asked. Enough to test `HTTPAdminSource` without Envoy.
final class LoopbackAdminServer: @unchecked Sendable {
    struct Answer {
        var status: Int
        var body: Data
    }

    private let lock = NSLock()
    private var answers: [String: Answer]
    private var seen: [String] = []
    private let listener: Int32
    let port: Int

    /// `answers` maps `METHOD path?query` (such as `GET /server_info`) to a reply; anything else is a 404.
    init(answers: [String: Answer]) throws {
        self.answers = answers
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in serve() }.start()
    }

    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    /// Wakes the accept loop; the loop closes the socket itself, so its descriptor cannot be reused by another
    /// server while this one's thread still accepts on it.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func serve() {
        defer { close(listener) }
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            handle(connection)
            close(connection)
        }
    }

    private func handle(_ connection: Int32) {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
        }
        let firstLine = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
        let parts = firstLine.split(separator: " ")
        let key = parts.count >= 2 ? "\(parts[0]) \(parts[1])" : ""
        lock.lock()
        seen.append(key)
        let answer = answers[key] ?? Answer(status: 404, body: Data("invalid path \(firstLine)\n".utf8))
        lock.unlock()
        let head = "HTTP/1.1 \(answer.status) X\r\ncontent-length: \(answer.body.count)\r\nconnection: close\r\n\r\n"
        let reply = Data(head.utf8) + answer.body
        reply.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(connection, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

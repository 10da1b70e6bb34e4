import Foundation

/// A blocking loopback connection for hostile bytes: sends exact bytes without SIGPIPE, reads responses with
/// interim 1xx answers and bounded waits, and tells a close from silence.
final class WireConnection {
    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        var bodyText: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name }?.value
        }
    }

    enum ReadResult {
        case response(Response)
        case closed
        case timedOut
    }

    private let fd: Int32
    private var pending: [UInt8] = []
    private(set) var closedByPeer = false

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if result != 0 {
            Glibc.close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit {
        Glibc.close(fd)
    }

    /// Sends every byte it can; a peer that already closed is not an error here.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written <= 0 { return }
            offset += written
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Waits up to `timeout` seconds for bytes; false on close, reset or timeout.
    private func fill(timeout: Double) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(timeout * 1000)) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        if count <= 0 {
            closedByPeer = true
            return false
        }
        pending.append(contentsOf: buffer[0..<count])
        return true
    }

    /// Reads one complete response (interim ones included), waiting at most `timeout` seconds in all.
    func readResponse(timeout: Double = 8) -> ReadResult {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let response = parse() { return .response(response) }
            if closedByPeer { return .closed }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || (!fill(timeout: left) && !closedByPeer) { return .timedOut }
        }
    }

    /// Waits for the peer's close; true when it came (any bytes before it are kept, see `unreadBytes`).
    func waitForClose(timeout: Double = 8) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !closedByPeer {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || !fill(timeout: left) { break }
        }
        return closedByPeer
    }

    var unreadBytes: Int { pending.count }

    private func parse() -> Response? {
        guard let end = headerEnd() else { return nil }
        let lines = String(decoding: pending[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = lines[0].split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = Response(status: status, headers: headers, body: [])
        var rest = Array(pending[(end + 4)...])
        if (100..<200).contains(status) || status == 204 || status == 304 {
            // No body.
        } else if let length = response.header("content-length").flatMap(Int.init) {
            guard rest.count >= length else { return nil }
            response.body = Array(rest[0..<length])
            rest.removeFirst(length)
        } else if response.header("transfer-encoding")?.lowercased() == "chunked" {
            guard let (body, used) = Self.dechunk(rest) else { return nil }
            response.body = body
            rest.removeFirst(used)
        } else {
            // Delimited by the close.
            guard closedByPeer else { return nil }
            response.body = rest
            rest = []
        }
        pending = rest
        return response
    }

    private func headerEnd() -> Int? {
        guard pending.count >= 4 else { return nil }
        for index in 0...(pending.count - 4)
        where pending[index] == 13 && pending[index + 1] == 10 && pending[index + 2] == 13 && pending[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// A complete chunked body and how many bytes it took, or nil while incomplete.
    private static func dechunk(_ bytes: [UInt8]) -> ([UInt8], Int)? {
        var body: [UInt8] = []
        var offset = 0
        while true {
            guard let lineEnd = bytes[offset...].firstIndex(of: 10) else { return nil }
            let line = String(decoding: bytes[offset..<lineEnd], as: UTF8.self)
            let size = Int(line.split(separator: ";").first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                radix: 16) ?? 0
            let dataStart = lineEnd + 1
            if size == 0 {
                guard let last = bytes[dataStart...].firstIndex(of: 10) else { return nil }
                return (body, last + 1)
            }
            guard bytes.count >= dataStart + size + 2 else { return nil }
            body += bytes[dataStart..<(dataStart + size)]
            offset = dataStart + size + 2
        }
    }
}

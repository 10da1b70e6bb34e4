import Foundation

/// A blocking loopback HTTP/1.1 client that sends exact bytes and reads exact bytes, for wire-level assertions.
public final class RawHTTPClient {
    public struct Response {
        public var statusLine: String
        public var headers: [(String, String)]
        public var body: String

        public var status: Int { Int(statusLine.split(separator: " ")[1]) ?? 0 }

        public func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }

        public func headerValues(_ name: String) -> [String] {
            headers.filter { $0.0.lowercased() == name.lowercased() }.map(\.1)
        }
    }

    public let fd: Int32
    private var pending = [UInt8]()
    public private(set) var closedByPeer = false

    /// `connectTimeout` (seconds) bounds a connect that hangs.
    public init(
        port: Int, host: String = "127.0.0.1", connectTimeout: Int = 0, receiveTimeoutMilliseconds: Int = 10_000
    ) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        if connectTimeout > 0 {
            var limit = timeval(tv_sec: connectTimeout, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        var timeout = timeval(
            tv_sec: receiveTimeoutMilliseconds / 1000, tv_usec: Int(receiveTimeoutMilliseconds % 1000) * 1000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if result != 0 { throw POSIXError(.ECONNREFUSED) }
    }

    private var isClosed = false

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = Glibc.close(fd)
    }

    deinit {
        close()
    }

    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
            if written <= 0 { return }
            offset += written
        }
    }

    private func fill() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &buffer, buffer.count, 0)
        if count <= 0 {
            closedByPeer = true
            return false
        }
        pending.append(contentsOf: buffer[0..<count])
        return true
    }

    /// Reads one response; `hasBody` false for HEAD. Chunked bodies are decoded.
    public func readResponse(hasBody: Bool = true) -> Response? {
        var headerEnd: Int?
        while headerEnd == nil {
            if let range = findSeparator() { headerEnd = range } else if !fill() { return nil }
        }
        let headerText = String(decoding: pending[0..<headerEnd!], as: UTF8.self)
        pending.removeFirst(headerEnd! + 4)
        var lines = headerText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let headers = lines.map { line -> (String, String) in
            let colon = line.firstIndex(of: ":")!
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = Response(statusLine: statusLine, headers: headers, body: "")
        guard hasBody else { return response }
        if let length = response.header("content-length").flatMap(Int.init) {
            while pending.count < length { if !fill() { break } }
            let take = min(length, pending.count)
            response.body = String(decoding: pending[0..<take], as: UTF8.self)
            pending.removeFirst(take)
        } else if response.header("transfer-encoding") == "chunked" {
            var body = [UInt8]()
            while true {
                guard let lineEnd = readLine() else { break }
                let size = Int(lineEnd.split(separator: ";")[0], radix: 16) ?? 0
                while pending.count < size + 2 { if !fill() { break } }
                body += pending[0..<min(size, pending.count)]
                pending.removeFirst(min(size + 2, pending.count))
                if size == 0 { break }
            }
            response.body = String(decoding: body, as: UTF8.self)
        } else {
            while fill() {}
            response.body = String(decoding: pending, as: UTF8.self)
            pending.removeAll()
        }
        return response
    }

    private func readLine() -> String? {
        while true {
            if let index = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[0..<index], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                pending.removeFirst(index + 1)
                return line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            }
            if !fill() { return nil }
        }
    }

    private func findSeparator() -> Int? {
        guard pending.count >= 4 else { return nil }
        for index in 0...(pending.count - 4)
        where pending[index] == 13 && pending[index + 1] == 10 && pending[index + 2] == 13 && pending[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// Waits until the peer closes (bounded by the receive timeout); true when it did.
    public func waitForClose() -> Bool {
        while fill() {}
        return closedByPeer
    }

    /// One request on a fresh connection.
    public static func get(port: Int, path: String, host: String = "localhost", extraHeaders: String = "") throws -> Response {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        client.send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\(extraHeaders)\r\n")
        guard let response = client.readResponse() else { throw POSIXError(.ECONNRESET) }
        return response
    }
}

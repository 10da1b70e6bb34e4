import NIOCore

/// The few DNS wire-format pieces a resolver of A and AAAA records needs (RFC 1035).
enum DNSMessage {
    enum RecordType: UInt16 {
        case a = 1
        case aaaa = 28
    }

    struct Answer: Equatable {
        var address: String
        var ttl: UInt32
    }

    enum ParseError: Error {
        case truncated, badName, notAResponse, serverFailure(UInt8)
    }

    static func query(id: UInt16, name: String, type: RecordType) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(id)
        buffer.writeInteger(UInt16(0x0100))  // standard query, recursion desired
        buffer.writeInteger(UInt16(1))  // one question
        buffer.writeInteger(UInt16(0))
        buffer.writeInteger(UInt16(0))
        buffer.writeInteger(UInt16(0))
        for label in name.split(separator: ".") where !label.isEmpty {
            let bytes = Array(label.utf8.prefix(63))
            buffer.writeInteger(UInt8(bytes.count))
            buffer.writeBytes(bytes)
        }
        buffer.writeInteger(UInt8(0))
        buffer.writeInteger(type.rawValue)
        buffer.writeInteger(UInt16(1))  // class IN
        return buffer
    }

    /// The response's id and its answers of `type`; NXDOMAIN gives no answers rather than an error, as c-ares does.
    static func parse(_ message: ByteBuffer, type: RecordType) throws -> (id: UInt16, answers: [Answer]) {
        var buffer = message
        guard let id = buffer.readInteger(as: UInt16.self), let flags = buffer.readInteger(as: UInt16.self),
            let questions = buffer.readInteger(as: UInt16.self), let answerCount = buffer.readInteger(as: UInt16.self),
            buffer.readInteger(as: UInt16.self) != nil, buffer.readInteger(as: UInt16.self) != nil
        else { throw ParseError.truncated }
        guard flags & 0x8000 != 0 else { throw ParseError.notAResponse }
        let rcode = UInt8(flags & 0x000F)
        if rcode == 3 { return (id, []) }
        if rcode != 0 { throw ParseError.serverFailure(rcode) }
        for _ in 0..<questions {
            try skipName(&buffer)
            guard buffer.readInteger(as: UInt32.self) != nil else { throw ParseError.truncated }
        }
        var answers: [Answer] = []
        for _ in 0..<answerCount {
            try skipName(&buffer)
            guard let recordType = buffer.readInteger(as: UInt16.self), buffer.readInteger(as: UInt16.self) != nil,
                let ttl = buffer.readInteger(as: UInt32.self), let length = buffer.readInteger(as: UInt16.self),
                let data = buffer.readBytes(length: Int(length))
            else { throw ParseError.truncated }
            guard recordType == type.rawValue else { continue }
            if type == .a, data.count == 4 {
                answers.append(Answer(address: data.map(String.init).joined(separator: "."), ttl: ttl))
            } else if type == .aaaa, data.count == 16 {
                answers.append(Answer(address: ipv6String(data), ttl: ttl))
            }
        }
        return (id, answers)
    }

    private static func skipName(_ buffer: inout ByteBuffer) throws {
        while true {
            guard let length = buffer.readInteger(as: UInt8.self) else { throw ParseError.truncated }
            if length == 0 { return }
            if length & 0xC0 == 0xC0 {
                guard buffer.readInteger(as: UInt8.self) != nil else { throw ParseError.truncated }
                return
            }
            guard buffer.readSlice(length: Int(length)) != nil else { throw ParseError.truncated }
        }
    }

    private static func ipv6String(_ bytes: [UInt8]) -> String {
        var groups: [String] = []
        for index in stride(from: 0, to: 16, by: 2) {
            groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]), radix: 16))
        }
        return groups.joined(separator: ":")
    }
}

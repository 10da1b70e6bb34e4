import NIOCore

/// Builds the answer to one DNS query (RFC 1035 wire format) from a name table, as Docker's embedded DNS answers
/// for a compose network: A records for a known name, NOERROR with no answers for other types of a known name
/// (so a resolver asking AAAA first falls back to A), NXDOMAIN for an unknown one. Pure: no I/O, no state.
enum DNSResponder {
    enum ResponseCode: UInt16 {
        case noError = 0, formatError = 1, nameError = 3, notImplemented = 4
    }

    static let typeA: UInt16 = 1
    static let typeAny: UInt16 = 255
    static let classIN: UInt16 = 1

    /// The response to `query`, or nil when the message is no query at all (too short, or itself a response).
    /// `lookup` gives a name's IPv4 addresses (names arrive lower-cased, without the trailing dot), nil if unknown.
    static func response(to query: ByteBuffer, ttl: UInt32, lookup: (String) -> [String]?) -> ByteBuffer? {
        var reader = query
        guard let id = reader.readInteger(as: UInt16.self), let flags = reader.readInteger(as: UInt16.self),
            let questionCount = reader.readInteger(as: UInt16.self), reader.readSlice(length: 6) != nil
        else { return nil }
        guard flags & 0x8000 == 0 else { return nil }
        let opcode = (flags >> 11) & 0x0F
        guard opcode == 0 else { return header(id: id, queryFlags: flags, rcode: .notImplemented) }
        let questionStart = reader.readerIndex
        guard questionCount == 1, let name = readName(&reader), let type = reader.readInteger(as: UInt16.self),
            let recordClass = reader.readInteger(as: UInt16.self)
        else { return header(id: id, queryFlags: flags, rcode: .formatError) }
        let question = query.getSlice(at: questionStart, length: reader.readerIndex - questionStart)!

        guard let addresses = lookup(name) else {
            return header(id: id, queryFlags: flags, rcode: .nameError, question: question)
        }
        let wantsA = (type == typeA || type == typeAny) && recordClass == classIN
        let records = wantsA ? addresses.compactMap(ipv4Bytes) : []
        var response = header(id: id, queryFlags: flags, rcode: .noError, question: question, answers: records.count)
        for bytes in records {
            response.writeInteger(UInt16(0xC00C))  // the name: a pointer to the question's, at offset 12
            response.writeInteger(typeA)
            response.writeInteger(classIN)
            response.writeInteger(ttl)
            response.writeInteger(UInt16(4))
            response.writeBytes(bytes)
        }
        return response
    }

    private static func header(
        id: UInt16, queryFlags: UInt16, rcode: ResponseCode, question: ByteBuffer? = nil, answers: Int = 0
    ) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(id)
        // Response, authoritative, recursion desired copied from the query, recursion available (as Docker's).
        buffer.writeInteger(UInt16(0x8000 | 0x0400 | 0x0080) | (queryFlags & 0x0100) | rcode.rawValue)
        buffer.writeInteger(UInt16(question == nil ? 0 : 1))
        buffer.writeInteger(UInt16(answers))
        buffer.writeInteger(UInt16(0))
        buffer.writeInteger(UInt16(0))
        if var question { buffer.writeBuffer(&question) }
        return buffer
    }

    /// A question name, lower-cased and dot-joined; nil when malformed. Queries carry no compression pointers.
    private static func readName(_ buffer: inout ByteBuffer) -> String? {
        var labels: [String] = []
        var length = 0
        while true {
            guard let labelLength = buffer.readInteger(as: UInt8.self), labelLength & 0xC0 == 0 else { return nil }
            if labelLength == 0 { break }
            length += Int(labelLength) + 1
            guard length <= 255, let bytes = buffer.readBytes(length: Int(labelLength)) else { return nil }
            labels.append(String(decoding: bytes, as: UTF8.self).lowercased())
        }
        return labels.joined(separator: ".")
    }

    private static func ipv4Bytes(_ address: String) -> [UInt8]? {
        let parts = address.split(separator: ".", omittingEmptySubsequences: false)
        let octets = parts.compactMap { UInt8($0) }
        return parts.count == 4 && octets.count == 4 ? octets : nil
    }
}

import NIOCore
import Testing

@testable import NuncioDemo

/// The wire format alone, no sockets.
@Suite struct DNSResponderTests {
    let records = ["service1": ["127.0.0.11", "127.0.0.12"]]

    func answer(_ name: String, type: UInt16, id: UInt16 = 0x1234) throws -> TestDNSAnswer {
        let query = TestDNSClient.queryBytes(id: id, name: name, type: type)
        let response = try #require(DNSResponder.response(to: query, ttl: 2) { records[$0] })
        return try TestDNSClient.parse(response)
    }

    @Test func aRecordsInOrderWithTTL() throws {
        let response = try answer("service1", type: TestDNSClient.typeA)
        #expect(response.id == 0x1234)
        #expect(response.rcode == 0 && response.isAuthoritative && response.questionCount == 1)
        #expect(response.flags & 0x8000 != 0)
        #expect(response.flags & 0x0100 != 0)  // recursion desired, copied
        #expect(response.addresses == ["127.0.0.11", "127.0.0.12"])
        #expect(response.ttls == [2, 2])
    }

    @Test func aaaaOfAKnownNameIsNoErrorWithoutAnswers() throws {
        let response = try answer("service1", type: TestDNSClient.typeAAAA)
        #expect(response.rcode == 0 && response.addresses.isEmpty)
    }

    @Test func unknownNameIsNXDOMAIN() throws {
        let response = try answer("service3", type: TestDNSClient.typeA)
        #expect(response.rcode == 3 && response.addresses.isEmpty && response.questionCount == 1)
    }

    @Test func namesAreCaseInsensitive() throws {
        // The server lower-cases; the trailing dot is absent on the wire.
        #expect(try answer("SERVICE1", type: TestDNSClient.typeA).addresses.count == 2)
    }

    @Test func malformedMessages() throws {
        #expect(DNSResponder.response(to: ByteBuffer(bytes: [1, 2, 3]), ttl: 1) { _ in nil } == nil)
        var response = TestDNSClient.queryBytes(id: 7, name: "service1", type: 1)
        response.setInteger(UInt16(0x8100), at: 2)
        #expect(DNSResponder.response(to: response, ttl: 1) { _ in nil } == nil)

        var twoQuestions = TestDNSClient.queryBytes(id: 7, name: "service1", type: 1)
        twoQuestions.setInteger(UInt16(2), at: 4)
        let formatErrorBytes = try #require(DNSResponder.response(to: twoQuestions, ttl: 1) { _ in nil })
        let formatError = try TestDNSClient.parse(formatErrorBytes)
        #expect(formatError.rcode == 1 && formatError.id == 7)

        var status = TestDNSClient.queryBytes(id: 8, name: "service1", type: 1)
        status.setInteger(UInt16(0x1000), at: 2)  // opcode 2, STATUS
        let notImplementedBytes = try #require(DNSResponder.response(to: status, ttl: 1) { _ in nil })
        let notImplemented = try TestDNSClient.parse(notImplementedBytes)
        #expect(notImplemented.rcode == 4)
    }
}

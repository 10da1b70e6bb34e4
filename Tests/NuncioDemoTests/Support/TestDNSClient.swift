import NIOCore
import NIOPosix

/// A raw DNS answer as a test wants to see it.
struct TestDNSAnswer: Sendable {
    var id: UInt16
    var flags: UInt16
    var questionCount: Int
    var addresses: [String]
    var ttls: [UInt32]

    var rcode: Int { Int(flags & 0x000F) }
    var isAuthoritative: Bool { flags & 0x0400 != 0 }
}

enum TestDNSClient {
    static let typeA: UInt16 = 1
    static let typeAAAA: UInt16 = 28

    static func query(_ name: String, type: UInt16, host: String, port: Int) async throws -> TestDNSAnswer {
        let id = UInt16.random(in: 1...UInt16.max)
        let raw = try await exchange(queryBytes(id: id, name: name, type: type), host: host, port: port)
        return try parse(raw)
    }

    static func queryBytes(id: UInt16, name: String, type: UInt16) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(id)
        buffer.writeInteger(UInt16(0x0100))
        buffer.writeInteger(UInt16(1))
        buffer.writeInteger(UInt16(0))
        buffer.writeInteger(UInt16(0))
        buffer.writeInteger(UInt16(0))
        for label in name.split(separator: ".") {
            buffer.writeInteger(UInt8(label.utf8.count))
            buffer.writeString(String(label))
        }
        buffer.writeInteger(UInt8(0))
        buffer.writeInteger(type)
        buffer.writeInteger(UInt16(1))
        return buffer
    }

    /// Sends `message` and waits (at most 5 s) for one datagram back.
    static func exchange(_ message: ByteBuffer, host: String, port: Int) async throws -> ByteBuffer {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let promise = loop.makePromise(of: ByteBuffer.self)
        let channel = try await DatagramBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(FirstDatagram(promise: promise))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let timeout = loop.scheduleTask(in: .seconds(5)) { promise.fail(ChannelError.connectTimeout(.seconds(5))) }
        defer {
            timeout.cancel()
            channel.close(promise: nil)
        }
        let remote = try SocketAddress(ipAddress: host, port: port)
        try await channel.writeAndFlush(AddressedEnvelope(remoteAddress: remote, data: message))
        return try await promise.futureResult.get()
    }

    static func parse(_ message: ByteBuffer) throws -> TestDNSAnswer {
        var buffer = message
        guard let id = buffer.readInteger(as: UInt16.self), let flags = buffer.readInteger(as: UInt16.self),
            let questions = buffer.readInteger(as: UInt16.self), let answers = buffer.readInteger(as: UInt16.self),
            buffer.readSlice(length: 4) != nil
        else { throw ChannelError.eof }
        for _ in 0..<questions {
            try skipName(&buffer)
            guard buffer.readSlice(length: 4) != nil else { throw ChannelError.eof }
        }
        var addresses: [String] = []
        var ttls: [UInt32] = []
        for _ in 0..<answers {
            try skipName(&buffer)
            guard let type = buffer.readInteger(as: UInt16.self), buffer.readSlice(length: 2) != nil,
                let ttl = buffer.readInteger(as: UInt32.self), let length = buffer.readInteger(as: UInt16.self),
                let data = buffer.readBytes(length: Int(length))
            else { throw ChannelError.eof }
            if type == typeA && data.count == 4 {
                addresses.append(data.map(String.init).joined(separator: "."))
                ttls.append(ttl)
            }
        }
        return TestDNSAnswer(id: id, flags: flags, questionCount: Int(questions), addresses: addresses, ttls: ttls)
    }

    private static func skipName(_ buffer: inout ByteBuffer) throws {
        while true {
            guard let length = buffer.readInteger(as: UInt8.self) else { throw ChannelError.eof }
            if length == 0 { return }
            if length & 0xC0 == 0xC0 {
                guard buffer.readSlice(length: 1) != nil else { throw ChannelError.eof }
                return
            }
            guard buffer.readSlice(length: Int(length)) != nil else { throw ChannelError.eof }
        }
    }
}

private final class FirstDatagram: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>

    private let promise: EventLoopPromise<ByteBuffer>

    init(promise: EventLoopPromise<ByteBuffer>) {
        self.promise = promise
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        promise.succeed(unwrapInboundIn(data).data)
    }
}

import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A UDP DNS server on loopback answering A queries from a table the test changes as it goes.
public final class TestDNSServer: @unchecked Sendable {
    private let records = NIOLockedValueBox<[String: [String]]>([:])
    private let channel: Channel
    public let port: Int

    public init(group: EventLoopGroup) throws {
        let records = self.records
        channel = try DatagramBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Responder(records: records))
                }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress!.port!
    }

    public func set(_ name: String, _ addresses: [String]) {
        records.withLockedValue { $0[name] = addresses }
    }

    public func stop() {
        try? channel.close().wait()
    }

    private final class Responder: ChannelInboundHandler {
        typealias InboundIn = AddressedEnvelope<ByteBuffer>
        typealias OutboundOut = AddressedEnvelope<ByteBuffer>
        let records: NIOLockedValueBox<[String: [String]]>

        init(records: NIOLockedValueBox<[String: [String]]>) {
            self.records = records
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let envelope = unwrapInboundIn(data)
            var query = envelope.data
            guard let id = query.readInteger(as: UInt16.self) else { return }
            query.moveReaderIndex(forwardBy: 10)
            let questionStart = query.readerIndex
            var labels: [String] = []
            while let length = query.readInteger(as: UInt8.self), length > 0 {
                labels.append(query.readString(length: Int(length)) ?? "")
            }
            guard let type = query.readInteger(as: UInt16.self), query.readInteger(as: UInt16.self) != nil else { return }
            let question = envelope.data.getSlice(at: questionStart, length: query.readerIndex - questionStart)!
            let name = labels.joined(separator: ".")
            let addresses = records.withLockedValue { $0[name] }
            var answer = context.channel.allocator.buffer(capacity: 128)
            answer.writeInteger(id)
            answer.writeInteger(UInt16(addresses == nil ? 0x8183 : 0x8180))
            let answers = type == 1 ? (addresses ?? []) : []
            answer.writeInteger(UInt16(1))
            answer.writeInteger(UInt16(answers.count))
            answer.writeInteger(UInt16(0))
            answer.writeInteger(UInt16(0))
            var questionCopy = question
            answer.writeBuffer(&questionCopy)
            for address in answers {
                answer.writeInteger(UInt16(0xC00C))
                answer.writeInteger(UInt16(1))
                answer.writeInteger(UInt16(1))
                answer.writeInteger(UInt32(1))
                answer.writeInteger(UInt16(4))
                for part in address.split(separator: ".") { answer.writeInteger(UInt8(part)!) }
            }
            context.writeAndFlush(wrapOutboundOut(AddressedEnvelope(remoteAddress: envelope.remoteAddress,
                data: answer)), promise: nil)
        }
    }
}

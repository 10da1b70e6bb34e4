import NIOCore
import NIOHPACK
import NIOHTTP1
import NIOHTTP2

/// An HTTP/2 upstream stream's codec: request parts out as frame payloads, response payloads in as parts handed to
/// the stream's `UpstreamChannelHandler` by a direct call. It does what NIOHTTP2's
/// `HTTP2FramePayloadToHTTP1ClientCodec` did, with one difference: `x-request-id`, new on every request, goes out as
/// a literal HPACK does not index. Indexed, each one took a place in the encoder's dynamic table, whose linear
/// search then cost about 4,000 instructions a header (callgrind: 41,000 of a request's HPACK encoding).
/// Informational (1xx) responses are dropped, as on HTTP/1.1. Event-loop bound.
final class HTTP2ClientStreamCodec: ChannelDuplexHandler {
    typealias InboundIn = HTTP2Frame.FramePayload
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = HTTP2Frame.FramePayload

    struct MissingStatus: Error {}

    private let handler: UpstreamChannelHandler
    /// The request's method (for a response's framing) and its head, held until the next part or a flush so that a
    /// bodiless request goes out as one HEADERS frame that ends the stream.
    private var requestMethod = HTTPMethod.GET
    private var pendingHead: (block: HPACKHeaders, promise: EventLoopPromise<Void>?)?
    private var responseStarted = false

    init(handler: UpstreamChannelHandler) {
        self.handler = handler
    }

    // MARK: Responses

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .headers(let content):
            if responseStarted {
                handler.receive(.end(HTTPHeaders(HTTP2HeaderBlocks.regularFields(content.headers))))
                return
            }
            guard let head = responseHead(content.headers, endStream: content.endStream) else {
                context.fireErrorCaught(MissingStatus())
                return
            }
            guard head.status.code >= 200 || head.status.code == 101 else { return }
            responseStarted = true
            handler.receive(.head(head))
            if content.endStream { handler.receive(.end(nil)) }
        case .data(let content):
            guard case .byteBuffer(let body) = content.data else { return }
            if body.readableBytes > 0 { handler.receive(.body(body)) }
            if content.endStream { handler.receive(.end(nil)) }
        default:
            break
        }
    }

    /// `:status` and the regular fields; framing headers added as NIOHTTP2 adds them for an HTTP/1 reader.
    private func responseHead(_ block: HPACKHeaders, endStream: Bool) -> HTTPResponseHead? {
        var status: Int?
        var hasLength = false
        var fields: [(String, String)] = []
        fields.reserveCapacity(block.count + 1)
        for (name, value, _) in block {
            if name.utf8.first == UInt8(ascii: ":") {
                guard name == ":status", status == nil, value.utf8.count == 3, let code = Int(value) else {
                    return nil
                }
                status = code
            } else {
                if name.utf8.count == 14 && name == "content-length" { hasLength = true }
                fields.append((name, value))
            }
        }
        guard let status else { return nil }
        if status >= 200 && status != 204 && status != 304 && requestMethod != .HEAD && requestMethod != .CONNECT
            && !hasLength
        {
            fields.append(endStream ? ("content-length", "0") : ("transfer-encoding", "chunked"))
        }
        return HTTPResponseHead(
            version: .init(major: 2, minor: 0), status: HTTPResponseStatus(statusCode: status),
            headers: HTTPHeaders(fields))
    }

    // MARK: Requests

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            requestMethod = head.method
            pendingHead = (requestBlock(head), promise)
        case .body(let body):
            writePendingHead(context)
            context.write(wrapOutboundOut(.data(.init(data: body))), promise: promise)
        case .end(let trailers):
            if let trailers {
                writePendingHead(context)
                let block = HTTP2HeaderBlocks.trailers(trailers)
                context.write(wrapOutboundOut(.headers(.init(headers: block, endStream: true))), promise: promise)
            } else if let pending = pendingHead.take() {
                var combined = pending.promise
                if let promise {
                    if let earlier = combined { promise.futureResult.cascade(to: earlier) }
                    combined = promise
                }
                let headers = HTTP2Frame.FramePayload.Headers(headers: pending.block, endStream: true)
                context.write(wrapOutboundOut(.headers(headers)), promise: combined)
            } else {
                let empty = HTTP2Frame.FramePayload.Data(data: .byteBuffer(ByteBuffer()), endStream: true)
                context.write(wrapOutboundOut(.data(empty)), promise: promise)
            }
        }
    }

    func flush(context: ChannelHandlerContext) {
        writePendingHead(context)
        context.flush()
    }

    private func writePendingHead(_ context: ChannelHandlerContext) {
        guard let pending = pendingHead.take() else { return }
        context.write(wrapOutboundOut(.headers(.init(headers: pending.block))), promise: pending.promise)
    }

    /// The pseudo-headers, then the fields with lower-case names, without `host` (now `:authority`) and the
    /// connection-specific fields HTTP/2 forbids (RFC 9113 §8.2.2).
    private func requestBlock(_ head: HTTPRequestHead) -> HPACKHeaders {
        var block = HPACKHeaders()
        block.reserveCapacity(head.headers.count + 4)
        block.add(name: ":method", value: head.method.rawValue)
        block.add(name: ":scheme", value: "http")
        block.add(name: ":authority", value: head.headers.first(name: "host") ?? "")
        block.add(name: ":path", value: head.uri)
        for (name, value) in head.headers {
            switch name.utf8.count {
            case 2 where HeaderName.equals(name, "te"):
                if HeaderName.equals(value, "trailers") { block.add(name: "te", value: "trailers") }
                continue
            case 4 where HeaderName.equals(name, "host"):
                continue
            case 12 where HeaderName.equals(name, "x-request-id"):
                block.add(name: "x-request-id", value: value, indexing: .nonIndexable)
                continue
            default:
                if HopByHopHeaders.isHopByHop(name) { continue }
            }
            block.add(name: HeaderName.lowercased(name), value: value)
        }
        return block
    }
}

import NIOCore
import NIOHPACK
import NIOHTTP1
import NIOHTTP2

/// A downstream HTTP/2 stream's codec: request payloads in as parts handed to the stream's `DownstreamHandler` by a
/// direct call, response parts out as frame payloads. It reads requests as NIOHTTP2's
/// `HTTP2FramePayloadToHTTP1ServerCodec` did (pseudo-headers checked, `:authority` as `host`, framing headers added
/// for the HTTP/1 side), and writes fewer frames: the end of a response rides on its last DATA frame, or on its
/// HEADERS frame when it has no body, instead of an empty DATA frame of its own. Event-loop bound.
final class HTTP2ServerStreamCodec: ChannelDuplexHandler {
    typealias InboundIn = HTTP2Frame.FramePayload
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTP2Frame.FramePayload

    struct MalformedRequest: Error {}

    /// Where request parts go: the stream's `DownstreamHandler.receive`.
    private let deliver: (HTTPServerRequestPart) -> Void
    private var requestStarted = false
    /// The response's head and latest body part, held until the next part or a flush so that the end can ride on
    /// the last frame.
    private var pendingHead: (block: HPACKHeaders, promise: EventLoopPromise<Void>?)?
    private var pendingData: (data: ByteBuffer, promise: EventLoopPromise<Void>?)?

    private let underscores: HeadersWithUnderscores?

    /// A request reset here (its head, for the connection manager's stats and access log).
    private let rejected: ((HTTPRequestHead) -> Void)?

    init(
        deliver: @escaping (HTTPServerRequestPart) -> Void, underscores: HeadersWithUnderscores? = nil,
        rejected: ((HTTPRequestHead) -> Void)? = nil
    ) {
        self.rejected = rejected
        self.deliver = deliver
        self.underscores = underscores
    }

    // MARK: Requests

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .headers(let content):
            if requestStarted {
                deliver(.end(HTTPHeaders(HTTP2HeaderBlocks.regularFields(content.headers))))
                return
            }
            var block = content.headers
            if let underscores, !underscores.apply(to: &block) {
                // Envoy's HTTP/2 codec resets the stream rather than answer; the request still counts.
                if let rejected, let head = Self.requestHead(content.headers, endStream: content.endStream) {
                    rejected(head)
                }
                context.writeAndFlush(wrapOutboundOut(.rstStream(.internalError)), promise: nil)
                context.close(promise: nil)
                return
            }
            guard let head = Self.requestHead(block, endStream: content.endStream) else {
                context.fireErrorCaught(MalformedRequest())
                return
            }
            requestStarted = true
            deliver(.head(head))
            if content.endStream { deliver(.end(nil)) }
        case .data(let content):
            guard case .byteBuffer(let body) = content.data else { return }
            if body.readableBytes > 0 { deliver(.body(body)) }
            if content.endStream { deliver(.end(nil)) }
        default:
            break
        }
    }

    /// One each of `:method`, `:scheme`, `:authority` and `:path`, with no space or control byte in them (else nil);
    /// the regular fields after a `host` made from `:authority`, and the framing NIOHTTP2 adds for a request that
    /// may have a body: `content-length: 0` when the stream already ended, else `transfer-encoding: chunked`.
    private static func requestHead(_ block: HPACKHeaders, endStream: Bool) -> HTTPRequestHead? {
        var method: String?
        var path: String?
        var scheme: String?
        var authority: String?
        var hasHost = false
        var hasLength = false
        var fields: [(String, String)] = []
        fields.reserveCapacity(block.count)
        for (name, value, _) in block {
            guard name.utf8.first == UInt8(ascii: ":") else {
                switch name.utf8.count {
                case 4: hasHost = hasHost || name == "host"
                case 14: hasLength = hasLength || name == "content-length"
                default: break
                }
                fields.append((name, value))
                continue
            }
            guard !value.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return nil }
            switch name {
            case ":method" where method == nil: method = value
            case ":path" where path == nil: path = value
            case ":scheme" where scheme == nil: scheme = value
            case ":authority" where authority == nil: authority = value
            default: return nil
            }
        }
        guard let method, let path, scheme != nil, let authority else { return nil }
        var methodText = method
        let known = methodText.withUTF8 { HTTP1Methods.method(UnsafeRawBufferPointer($0)) }
        let parsedMethod = known ?? .RAW(value: method)
        if !hasHost { fields.insert(("host", authority), at: 0) }
        switch parsedMethod {
        case .GET, .HEAD, .DELETE, .CONNECT, .TRACE:
            break
        default:
            if !hasLength { fields.append(endStream ? ("content-length", "0") : ("transfer-encoding", "chunked")) }
        }
        return HTTPRequestHead(
            version: HTTPVersion(major: 2, minor: 0), method: parsedMethod, uri: path, headers: HTTPHeaders(fields))
    }

    // MARK: Responses

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            pendingHead = (Self.responseBlock(head), promise)
        case .body(let body):
            guard case .byteBuffer(let buffer) = body else { preconditionFailure("file regions are not proxied") }
            writePending(context)
            pendingData = (buffer, promise)
        case .end(let trailers):
            if let trailers {
                writePending(context)
                let block = HTTP2HeaderBlocks.trailers(trailers)
                context.write(wrapOutboundOut(.headers(.init(headers: block, endStream: true))), promise: promise)
            } else if let data = pendingData.take() {
                writeHead(context, endStream: false)
                let payload = HTTP2Frame.FramePayload.Data(data: .byteBuffer(data.data), endStream: true)
                context.write(wrapOutboundOut(.data(payload)), promise: Self.combine(data.promise, promise))
            } else if let head = pendingHead.take() {
                let payload = HTTP2Frame.FramePayload.Headers(headers: head.block, endStream: true)
                context.write(wrapOutboundOut(.headers(payload)), promise: Self.combine(head.promise, promise))
            } else {
                let empty = HTTP2Frame.FramePayload.Data(data: .byteBuffer(ByteBuffer()), endStream: true)
                context.write(wrapOutboundOut(.data(empty)), promise: promise)
            }
        }
    }

    func flush(context: ChannelHandlerContext) {
        writePending(context)
        context.flush()
    }

    private func writePending(_ context: ChannelHandlerContext) {
        writeHead(context, endStream: false)
        if let data = pendingData.take() {
            context.write(wrapOutboundOut(.data(.init(data: .byteBuffer(data.data)))), promise: data.promise)
        }
    }

    private func writeHead(_ context: ChannelHandlerContext, endStream: Bool) {
        guard let head = pendingHead.take() else { return }
        let payload = HTTP2Frame.FramePayload.Headers(headers: head.block, endStream: endStream)
        context.write(wrapOutboundOut(.headers(payload)), promise: head.promise)
    }

    /// One promise for a frame that carries two writes: the later one's, which completes the earlier one's.
    private static func combine(
        _ earlier: EventLoopPromise<Void>?, _ later: EventLoopPromise<Void>?
    ) -> EventLoopPromise<Void>? {
        guard let later else { return earlier }
        if let earlier { later.futureResult.cascade(to: earlier) }
        return later
    }

    /// `:status`, then the fields with lower-case names, without the connection-specific ones HTTP/2 forbids
    /// (RFC 9113 §8.2.2).
    private static func responseBlock(_ head: HTTPResponseHead) -> HPACKHeaders {
        var block = HPACKHeaders()
        block.reserveCapacity(head.headers.count + 1)
        block.add(name: ":status", value: String(head.status.code))
        for (name, value) in head.headers where !HopByHopHeaders.isHopByHop(name) {
            // Its value changes with every response: indexed, it only filled the encoder's dynamic table, whose
            // linear search then cost every later header thousands of instructions.
            if name.utf8.count == 29 && HeaderName.equals(name, "x-envoy-upstream-service-time") {
                block.add(name: "x-envoy-upstream-service-time", value: value, indexing: .nonIndexable)
                continue
            }
            block.add(name: HeaderName.lowercased(name), value: value)
        }
        return block
    }
}
